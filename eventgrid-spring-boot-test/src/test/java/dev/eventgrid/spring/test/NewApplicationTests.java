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
import dev.eventgrid.spring.core.EventGridOperations;
import dev.eventgrid.spring.event.CloudEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What a new user does: an application with only the starter and three lines of YAML
 * (application-newuser.yml) injects {@link EventGridOperations} and sends.
 *
 * @author Event Grid for Spring Boot team
 */
@SpringBootTest
@ActiveProfiles("newuser")
class NewApplicationTests {

	@RegisterExtension
	static final EventGridEmulatorExtension eventGrid = new EventGridEmulatorExtension();

	@DynamicPropertySource
	static void emulator(DynamicPropertyRegistry registry) {
		EventGridEmulator emulator = eventGrid.getEmulator();
		registry.add("orders.endpoint", () -> emulator.httpEndpoint(EventGridEmulatorExtension.CLOUD_EVENT_TOPIC));
		registry.add("orders.key", () -> emulator.key(EventGridEmulatorExtension.CLOUD_EVENT_TOPIC));
	}

	@Autowired
	private EventGridOperations eventGridOperations;

	@Test
	void injectsTheTemplateAndSends() {
		this.eventGridOperations.send(CloudEvent.builder().source("/orders").type("OrderPlaced").data("{}").build());

		EventGridEmulatorAssert.assertThat(eventGrid.getEmulator())
			.topic(EventGridEmulatorExtension.CLOUD_EVENT_TOPIC)
			.hasReceived(1);
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class Application {

	}

}
