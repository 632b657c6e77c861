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

import java.time.Duration;
import java.util.List;

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.model.ReceivedEvent;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ListAssert;

/**
 * AssertJ assertions on what an {@link EventGridEmulator} received, such as
 * {@code assertThat(emulator).topic("orders").hasReceived(2).extracting(ReceivedEvent::json)}.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public class EventGridEmulatorAssert extends AbstractAssert<EventGridEmulatorAssert, EventGridEmulator> {

	EventGridEmulatorAssert(EventGridEmulator emulator) {
		super(emulator, EventGridEmulatorAssert.class);
	}

	/**
	 * Create assertions on an emulator.
	 * @param emulator the emulator
	 * @return the assertions
	 */
	public static EventGridEmulatorAssert assertThat(EventGridEmulator emulator) {
		return new EventGridEmulatorAssert(emulator);
	}

	/**
	 * Continue with assertions on one topic or domain of the emulator.
	 * @param name the topic or domain name
	 * @return the assertions on the topic
	 */
	public TopicAssert topic(String name) {
		isNotNull();
		return new TopicAssert(this.actual, name);
	}

	/**
	 * Assertions on the events one topic or domain received.
	 */
	public static class TopicAssert extends AbstractAssert<TopicAssert, String> {

		private final EventGridEmulator emulator;

		TopicAssert(EventGridEmulator emulator, String name) {
			super(name, TopicAssert.class);
			this.emulator = emulator;
		}

		/**
		 * Verify that the topic received exactly this many events, waiting up to three
		 * seconds for them.
		 * @param count the expected count
		 * @return assertions on the received events, in order
		 */
		public ListAssert<ReceivedEvent> hasReceived(int count) {
			List<ReceivedEvent> events = await(count);
			if (events.size() != count) {
				failWithMessage("Expected topic <%s> to have received %d events but it received %d: %s", this.actual,
						count, events.size(), events);
			}
			return Assertions.assertThat(events);
		}

		/**
		 * Verify that the topic received nothing.
		 * @return this
		 */
		public TopicAssert hasReceivedNothing() {
			List<ReceivedEvent> events = this.emulator.receivedEvents(this.actual);
			if (!events.isEmpty()) {
				failWithMessage("Expected topic <%s> to have received nothing but it received %s", this.actual, events);
			}
			return this;
		}

		/**
		 * Continue with assertions on every event the topic received so far.
		 * @return assertions on the received events, in order
		 */
		public ListAssert<ReceivedEvent> events() {
			return Assertions.assertThat(this.emulator.receivedEvents(this.actual));
		}

		private List<ReceivedEvent> await(int count) {
			try {
				this.emulator.awaitEvents(this.actual, count, Duration.ofSeconds(3));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			catch (IllegalStateException ex) {
				// fewer arrived: reported below with what did
			}
			return this.emulator.receivedEvents(this.actual);
		}

	}

}
