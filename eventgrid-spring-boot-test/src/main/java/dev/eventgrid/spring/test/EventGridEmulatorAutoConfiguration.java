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

package dev.eventgrid.spring.test;

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.spring.autoconfigure.EventGridAutoConfiguration;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * {@link EnableAutoConfiguration Auto-configuration} of an embedded Event Grid emulator
 * for tests, imported by {@link AutoConfigureEventGridEmulator}.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@AutoConfiguration(before = EventGridAutoConfiguration.class)
public final class EventGridEmulatorAutoConfiguration {

	@Bean
	EmulatedTopics eventGridEmulatedTopics(Environment environment) {
		return EmulatedTopics.from(Binder.get(environment));
	}

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	EventGridEmulator eventGridEmulator(EmulatedTopics topics) {
		return topics.start();
	}

	@Bean
	EmulatorEventGridConnectionDetails eventGridConnectionDetails(EventGridEmulator eventGridEmulator,
			EmulatedTopics topics) {
		return new EmulatorEventGridConnectionDetails(eventGridEmulator, topics.byPublisher());
	}

}
