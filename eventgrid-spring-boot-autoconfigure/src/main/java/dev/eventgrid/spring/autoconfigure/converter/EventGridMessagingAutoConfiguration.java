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

import dev.eventgrid.spring.converter.EventGridMessageConverter;
import dev.eventgrid.spring.event.EventGridPayloadReader;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Lazy;
import org.springframework.messaging.converter.MessageConverter;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for reading delivered events through
 * spring-messaging: an {@link EventGridPayloadReader} and an
 * {@link EventGridMessageConverter}, which Spring Cloud Stream and Spring Cloud Azure's
 * Service Bus and Storage Queue listeners pick up. Independent of publishing: an
 * application that only consumes needs no endpoint.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@AutoConfiguration(afterName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@ConditionalOnClass(MessageConverter.class)
@Import(EventGridPayloadReaderConfiguration.class)
public final class EventGridMessagingAutoConfiguration {

	// Lazy: built when something injects it (such as a messaging template or a
	// binder), not in every application that has spring-messaging.
	@Bean
	@Lazy
	@ConditionalOnMissingBean(EventGridMessageConverter.class)
	EventGridMessageConverter eventGridMessageConverter(EventGridPayloadReader eventGridPayloadReader,
			ObjectProvider<JsonMapper> jsonMapper) {
		return new EventGridMessageConverter(eventGridPayloadReader,
				jsonMapper.getIfUnique(() -> JsonMapper.builder().build()));
	}

}
