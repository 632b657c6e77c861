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

package dev.eventgrid.emulator.model;

import java.util.Locale;

/**
 * The input schema of an emulated topic or domain, which decides the content types and
 * the validation rules of a publish request.
 *
 * @author Event Grid for Spring Boot team
 */
public enum InputSchema {

	/**
	 * The Event Grid event schema ({@code EventGridSchema}), the service's default.
	 */
	EVENT_GRID_EVENT("EventGridSchema"),

	/**
	 * The CloudEvents 1.0 JSON schema ({@code CloudEventSchemaV1_0}).
	 */
	CLOUD_EVENT_V1_0("CloudEventSchemaV1_0"),

	/**
	 * A custom input schema ({@code CustomEventSchema}): any JSON object is accepted.
	 */
	CUSTOM("CustomEventSchema");

	private final String serviceName;

	InputSchema(String serviceName) {
		this.serviceName = serviceName;
	}

	/**
	 * Return the name the service uses for this schema, such as {@code EventGridSchema}.
	 * @return the service name of the schema
	 */
	public String serviceName() {
		return this.serviceName;
	}

	/**
	 * Resolve a schema from a lenient name: the constant name, the service name or a
	 * kebab-case form such as {@code cloud-event}, ignoring case and punctuation.
	 * @param name the name to resolve
	 * @return the schema
	 * @throws IllegalArgumentException if the name matches no schema
	 */
	public static InputSchema fromName(String name) {
		String normalized = name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
		switch (normalized) {
			case "EVENTGRIDEVENT":
			case "EVENTGRIDSCHEMA":
			case "EVENTGRID":
				return EVENT_GRID_EVENT;
			case "CLOUDEVENTV10":
			case "CLOUDEVENT":
			case "CLOUDEVENTS":
			case "CLOUDEVENTSCHEMAV10":
				return CLOUD_EVENT_V1_0;
			case "CUSTOM":
			case "CUSTOMEVENT":
			case "CUSTOMEVENTSCHEMA":
			case "CUSTOMINPUTSCHEMA":
				return CUSTOM;
			default:
				throw new IllegalArgumentException("Unknown event schema '" + name
						+ "'; expected one of event-grid-event, cloud-event-v1-0 or custom");
		}
	}

}
