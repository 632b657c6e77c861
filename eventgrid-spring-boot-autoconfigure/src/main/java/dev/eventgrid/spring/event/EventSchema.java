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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The input schemas of an Event Grid topic, with the media type a publish request of each
 * carries. In configuration each is written by its id ({@code cloud-event}) or by the
 * name the service and the emulator give it ({@code CloudEventSchemaV1_0},
 * {@code cloud-event-v1-0}); see {@link #fromId(String)}.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public enum EventSchema {

	/**
	 * Event Grid's own schema ({@link EventGridEvent}).
	 */
	EVENT_GRID_EVENT("event-grid-event", "application/json", "EventGridSchema"),

	/**
	 * CloudEvents 1.0 in its JSON format ({@link CloudEvent}).
	 */
	CLOUD_EVENT("cloud-event", "application/cloudevents-batch+json; charset=utf-8", "cloud-event-v1-0",
			"CloudEventSchemaV1_0"),

	/**
	 * Any JSON object, mapped by the topic's input schema mapping.
	 */
	CUSTOM("custom", "application/json", "CustomEventSchema");

	private final String id;

	private final String contentType;

	private final List<String> names;

	EventSchema(String id, String contentType, String... aliases) {
		this.id = id;
		this.contentType = contentType;
		List<String> names = new ArrayList<>();
		names.add(normalize(id));
		Arrays.stream(aliases).map(EventSchema::normalize).forEach(names::add);
		this.names = List.copyOf(names);
	}

	/**
	 * Return the name of this schema as written in configuration, such as
	 * {@code cloud-event}.
	 * @return the configuration name
	 */
	public String getId() {
		return this.id;
	}

	/**
	 * Return the {@code Content-Type} of a publish request carrying events of this
	 * schema.
	 * @return the content type
	 */
	public String getContentType() {
		return this.contentType;
	}

	/**
	 * Return the schema for a configuration name, ignoring case, dashes and underscores:
	 * its id ({@code cloud-event}, {@code CLOUD_EVENT}, {@code CloudEvent}), the
	 * emulator's name ({@code cloud-event-v1-0}) or the service's
	 * ({@code CloudEventSchemaV1_0}, {@code EventGridSchema}, {@code CustomEventSchema}).
	 * @param name the name
	 * @return the schema
	 * @throws IllegalArgumentException if no schema has that name
	 */
	public static EventSchema fromId(@Nullable String name) {
		String normalized = (name != null) ? normalize(name) : "";
		for (EventSchema schema : values()) {
			if (schema.names.contains(normalized)) {
				return schema;
			}
		}
		throw new IllegalArgumentException("Unknown event schema '" + name + "'; use one of event-grid-event, "
				+ "cloud-event or custom (or the service's EventGridSchema, CloudEventSchemaV1_0 or CustomEventSchema)");
	}

	private static String normalize(String name) {
		return name.trim().replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
	}

}
