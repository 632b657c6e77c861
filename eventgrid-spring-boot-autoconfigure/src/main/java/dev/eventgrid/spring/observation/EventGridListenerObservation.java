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

package dev.eventgrid.spring.observation;

import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.docs.ObservationDocumentation;

/**
 * Documentation of the observation of Event Grid listener calls.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public enum EventGridListenerObservation implements ObservationDocumentation {

	/**
	 * Observation of one call of a listener: one event, or one delivery for a listener
	 * that takes a list.
	 */
	LISTENER_OBSERVATION {

		@Override
		public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
			return DefaultEventGridListenerObservationConvention.class;
		}

		@Override
		public KeyName[] getLowCardinalityKeyNames() {
			return ListenerLowCardinalityTags.values();
		}

		@Override
		public KeyName[] getHighCardinalityKeyNames() {
			return ListenerHighCardinalityTags.values();
		}

	};

	/**
	 * Low cardinality tags: bounded, safe for metrics.
	 */
	public enum ListenerLowCardinalityTags implements KeyName {

		/**
		 * Messaging system: always eventgrid.
		 */
		MESSAGING_SYSTEM("messaging.system"),

		/**
		 * Messaging operation: always process.
		 */
		MESSAGING_OPERATION("messaging.operation"),

		/**
		 * Id of the listener.
		 */
		LISTENER_ID("eventgrid.listener.id"),

		/**
		 * Type of the (first) event.
		 */
		EVENT_TYPE("eventgrid.event.type"),

		/**
		 * Schema of the delivery: event-grid-event or cloud-event.
		 */
		SCHEMA("eventgrid.schema"),

		/**
		 * Event subscription that delivered, or none.
		 */
		SUBSCRIPTION_NAME("messaging.destination.subscription.name"),

		/**
		 * Simple class name of the error the listener ended with, or none.
		 */
		ERROR_TYPE("error.type"),

		/**
		 * How a pull listener's events were settled: acknowledged, released, rejected, or
		 * manual when the listener settles by hand; none for webhooks.
		 */
		OUTCOME("eventgrid.delivery.outcome");

		private final String key;

		ListenerLowCardinalityTags(String key) {
			this.key = key;
		}

		@Override
		public String asString() {
			return this.key;
		}

	}

	/**
	 * High cardinality tags: per-call values, for traces.
	 */
	public enum ListenerHighCardinalityTags implements KeyName {

		/**
		 * Id of the (first) event.
		 */
		MESSAGE_ID("messaging.message.id"),

		/**
		 * Attempts that came before this delivery.
		 */
		DELIVERY_COUNT("eventgrid.delivery.count"),

		/**
		 * Number of events handed to the listener.
		 */
		BATCH_MESSAGE_COUNT("messaging.batch.message_count"),

		/**
		 * Path of the webhook.
		 */
		PATH("url.path");

		private final String key;

		ListenerHighCardinalityTags(String key) {
			this.key = key;
		}

		@Override
		public String asString() {
			return this.key;
		}

	}

}
