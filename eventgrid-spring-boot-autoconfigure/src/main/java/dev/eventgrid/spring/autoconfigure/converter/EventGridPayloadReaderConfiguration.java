/*
 * Copyright 2026-present the original author or authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

package dev.eventgrid.spring.autoconfigure.converter;

import dev.eventgrid.spring.event.EventGridPayloadReader;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The {@link EventGridPayloadReader} that the converters share, imported by the
 * auto-configuration of each.
 *
 * @author Event Grid for Spring Boot team
 */
@Configuration(proxyBeanMethods = false)
class EventGridPayloadReaderConfiguration {

	// Lazy: built with the first converter that needs it.
	@Bean
	@Lazy
	@ConditionalOnMissingBean(EventGridPayloadReader.class)
	EventGridPayloadReader eventGridPayloadReader() {
		return new EventGridPayloadReader();
	}

}
