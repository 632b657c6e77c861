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

package dev.eventgrid.spring.event;

import java.util.List;

/**
 * The events read from one payload, with the schema they were found to have and the form
 * they came in.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public sealed interface EventGridPayload permits EventGridPayload.EventGridEvents, EventGridPayload.CloudEvents {

	/**
	 * Return the schema of the events.
	 * @return {@link EventSchema#EVENT_GRID_EVENT} or {@link EventSchema#CLOUD_EVENT}
	 */
	EventSchema schema();

	/**
	 * Return the events, in order; never empty.
	 * @return an unmodifiable list of {@link EventGridEvent} or {@link CloudEvent}
	 */
	List<?> events();

	/**
	 * Return whether the JSON was an array, as webhook deliveries are, rather than one
	 * object, as Storage Queue and Service Bus deliveries are.
	 * @return whether the payload was an array
	 */
	boolean array();

	/**
	 * Return whether the JSON was base64-encoded, as current Storage Queue deliveries
	 * are.
	 * @return whether the payload was base64
	 */
	boolean base64Encoded();

	/**
	 * Events in Event Grid's own schema.
	 *
	 * @param events the events
	 * @param array whether the JSON was an array
	 * @param base64Encoded whether the JSON was base64-encoded
	 */
	record EventGridEvents(List<EventGridEvent> events, boolean array,
			boolean base64Encoded) implements EventGridPayload {

		@Override
		public EventSchema schema() {
			return EventSchema.EVENT_GRID_EVENT;
		}

	}

	/**
	 * Events in the CloudEvents 1.0 schema.
	 *
	 * @param events the events
	 * @param array whether the JSON was an array
	 * @param base64Encoded whether the JSON was base64-encoded
	 */
	record CloudEvents(List<CloudEvent> events, boolean array, boolean base64Encoded) implements EventGridPayload {

		@Override
		public EventSchema schema() {
			return EventSchema.CLOUD_EVENT;
		}

	}

}
