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

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads the members of an event object for validation, rejecting the request with a
 * message that names the member and the event's index.
 *
 * @author Event Grid for Spring Boot team
 */
final class JsonFields {

	private final JsonNode event;

	private final int index;

	JsonFields(ParsedEvent event) {
		if (!event.node().isObject()) {
			throw PublishRejection.badRequest(event.index(), "an event must be a JSON object.");
		}
		this.event = event.node();
		this.index = event.index();
	}

	JsonNode node() {
		return this.event;
	}

	int index() {
		return this.index;
	}

	boolean isPresent(String name) {
		JsonNode value = this.event.get(name);
		return value != null && !value.isNull();
	}

	String required(String name) {
		String value = optional(name);
		if (value == null) {
			throw reject("required property '" + name + "' is missing.");
		}
		if (value.isEmpty()) {
			throw reject("required property '" + name + "' must not be empty.");
		}
		return value;
	}

	@Nullable String optional(String name) {
		JsonNode value = this.event.get(name);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isString()) {
			throw reject("property '" + name + "' must be a string.");
		}
		return value.stringValue();
	}

	void requireTimestamp(String name, String value) {
		try {
			OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
		}
		catch (DateTimeParseException ex) {
			throw reject("property '" + name + "' must be an RFC 3339 date-time with a time zone offset, such as "
					+ "'2017-06-26T18:41:00.9584103Z', but was '" + value + "'.");
		}
	}

	PublishRejection reject(String message) {
		return PublishRejection.badRequest(this.index, message);
	}

}
