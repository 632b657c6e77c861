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

package dev.eventgrid.emulator.publish;

import dev.eventgrid.emulator.model.EmulatedTopic;
import dev.eventgrid.emulator.model.InputSchema;
import org.jspecify.annotations.Nullable;

/**
 * Checks one event against the input schema of its topic or domain.
 *
 * @author Event Grid for Spring Boot team
 */
interface EventValidator {

	/**
	 * Validate an event, rejecting the request if it is invalid.
	 * @param event the event
	 * @param topic the topic or domain it was published to
	 * @return the domain topic the event is routed to, or {@code null} for a plain topic
	 */
	@Nullable String validate(ParsedEvent event, EmulatedTopic topic);

	static EventValidator forSchema(InputSchema schema) {
		switch (schema) {
			case EVENT_GRID_EVENT:
				return new EventGridEventValidator();
			case CLOUD_EVENT_V1_0:
				return new CloudEventValidator();
			default:
				return new CustomEventValidator();
		}
	}

}
