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
import dev.eventgrid.spring.core.EventGridPublisher;
import dev.eventgrid.spring.core.EventGridTemplate;
import dev.eventgrid.spring.core.ReactiveEventGridTemplate;
import dev.eventgrid.spring.credential.EventGridCredential;
import dev.eventgrid.spring.event.EventSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link EventGridEmulatorExtension}, without Spring.
 *
 * @author Event Grid for Spring Boot team
 */
@ExtendWith(EventGridEmulatorExtension.class)
class EventGridEmulatorExtensionTests {

	@Test
	void injectsARunningEmulatorWithATopicPerSchema(EventGridEmulator emulator) {
		EventGridTemplate template = new EventGridTemplate(new ReactiveEventGridTemplate(
				EventGridPublisher.builder(emulator.httpEndpoint(EventGridEmulatorExtension.CUSTOM_TOPIC))
					.schema(EventSchema.CUSTOM)
					.credential(EventGridCredential.accessKey(emulator.key(EventGridEmulatorExtension.CUSTOM_TOPIC)))
					.build()));

		template.send(java.util.Map.of("orderId", 1));

		EventGridEmulatorAssert.assertThat(emulator).topic(EventGridEmulatorExtension.CUSTOM_TOPIC).hasReceived(1);
		EventGridEmulatorAssert.assertThat(emulator)
			.topic(EventGridEmulatorExtension.EVENT_GRID_TOPIC)
			.hasReceivedNothing();
	}

	@Test
	void reportsWhatATopicReceivedWhenTheCountIsWrong(EventGridEmulator emulator) {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> EventGridEmulatorAssert.assertThat(emulator)
				.topic(EventGridEmulatorExtension.CLOUD_EVENT_TOPIC)
				.hasReceived(1))
			.withMessageContaining("to have received 1 events but it received 0");
	}

}
