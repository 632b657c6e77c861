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

package dev.eventgrid.emulator.namespace;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the body of a publish request as the namespace service does: one structured
 * CloudEvent ({@code application/cloudevents+json}) or an array of them
 * ({@code application/cloudevents-batch+json}), at most 1 MB per event and per request
 * and 1,000 events per request, each a CloudEvent 1.0 with {@code id}, {@code source},
 * {@code type} and {@code specversion}.
 *
 * @author Event Grid for Spring Boot team
 */
final class CloudEventReader {

	static final int MAX_SIZE = 1_048_576;

	static final int MAX_EVENTS = 1_000;

	private static final Set<String> ATTRIBUTES = Set.of("specversion", "id", "source", "type", "datacontenttype",
			"dataschema", "subject", "time", "data", "data_base64");

	private static final Pattern EXTENSION_NAME = Pattern.compile("[a-z0-9]+");

	private final JsonMapper mapper;

	CloudEventReader(JsonMapper mapper) {
		this.mapper = mapper;
	}

	List<JsonNode> read(BoundedBody body, @Nullable String contentType) {
		Boolean batch = isBatch(contentType);
		if (body.isTruncated()) {
			throw NamespaceRejection.tooLarge("The request body of " + body.size()
					+ " bytes is larger than the limit of 1 MB (" + MAX_SIZE + " bytes).");
		}
		JsonNode root = parse(body.bytes());
		boolean array = (batch != null) ? batch : root.isArray();
		if (array != root.isArray()) {
			throw NamespaceRejection.badRequest(array ? "A batch of CloudEvents must be a JSON array."
					: "A single CloudEvent must be a JSON object; publish arrays as application/cloudevents-batch+json.");
		}
		List<JsonNode> events = new ArrayList<>();
		if (array) {
			root.forEach(events::add);
		}
		else {
			events.add(root);
		}
		if (events.isEmpty()) {
			throw NamespaceRejection.badRequest("The request contains no events; publish at least one event.");
		}
		if (events.size() > MAX_EVENTS) {
			throw NamespaceRejection.tooLarge("The request contains " + events.size() + " events; at most " + MAX_EVENTS
					+ " events can be published in one request.");
		}
		for (int index = 0; index < events.size(); index++) {
			check(events.get(index), array ? "Event at index " + index + ": " : "");
		}
		return events;
	}

	private static @Nullable Boolean isBatch(@Nullable String contentType) {
		String mediaType = (contentType != null) ? contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT) : "";
		switch (mediaType) {
			case "application/cloudevents-batch+json":
				return Boolean.TRUE;
			case "application/cloudevents+json":
				return Boolean.FALSE;
			case "application/json":
				return null;
			default:
				throw new NamespaceRejection(415, "The Content-Type header must be application/cloudevents+json; "
						+ "charset=utf-8 for one event or application/cloudevents-batch+json; charset=utf-8 for a "
						+ "batch, not '" + ((contentType != null) ? contentType : "") + "'.");
		}
	}

	private JsonNode parse(byte[] body) {
		if (body.length == 0) {
			throw NamespaceRejection.badRequest("The request body is empty.");
		}
		try {
			return this.mapper.readTree(body);
		}
		catch (JacksonException ex) {
			throw NamespaceRejection.badRequest("The request body is not valid JSON: " + ex.getOriginalMessage());
		}
	}

	private void check(JsonNode event, String prefix) {
		if (!event.isObject()) {
			throw NamespaceRejection.badRequest(prefix + "an event must be a JSON object.");
		}
		int size = this.mapper.writeValueAsBytes(event).length;
		if (size > MAX_SIZE) {
			throw NamespaceRejection.tooLarge(prefix + "the event of " + size
					+ " bytes is larger than the limit of 1 MB (" + MAX_SIZE + " bytes).");
		}
		for (String name : List.of("id", "source", "type", "specversion")) {
			JsonNode value = event.get(name);
			if (value == null || !value.isString() || value.stringValue().isEmpty()) {
				throw NamespaceRejection.badRequest(prefix + "`" + name + "` must be non-empty string");
			}
		}
		if (!"1.0".equals(event.get("specversion").stringValue())) {
			throw NamespaceRejection.badRequest(prefix + "`specversion` must be \"1.0\"");
		}
		checkOptional(event, prefix);
	}

	private static void checkOptional(JsonNode event, String prefix) {
		for (String name : List.of("subject", "datacontenttype", "dataschema", "time", "data_base64")) {
			JsonNode value = event.get(name);
			if (value != null && !value.isNull() && !value.isString()) {
				throw NamespaceRejection.badRequest(prefix + "`" + name + "` must be a string");
			}
		}
		JsonNode time = event.get("time");
		if (time != null && time.isString() && !isTimestamp(time.stringValue())) {
			throw NamespaceRejection
				.badRequest(prefix + "`time` must be an RFC 3339 timestamp, not '" + time.stringValue() + "'");
		}
		JsonNode base64 = event.get("data_base64");
		if (base64 != null && base64.isString()) {
			if (event.has("data")) {
				throw NamespaceRejection.badRequest(prefix + "`data` and `data_base64` must not both be present");
			}
			try {
				Base64.getDecoder().decode(base64.stringValue());
			}
			catch (IllegalArgumentException ex) {
				throw NamespaceRejection.badRequest(prefix + "`data_base64` must be base64 text");
			}
		}
		for (String name : event.propertyNames()) {
			if (!ATTRIBUTES.contains(name) && !EXTENSION_NAME.matcher(name).matches()) {
				throw NamespaceRejection.badRequest(prefix + "the extension attribute name '" + name
						+ "' must consist of lower-case letters and digits only");
			}
		}
	}

	private static boolean isTimestamp(String text) {
		try {
			OffsetDateTime.parse(text);
			return true;
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

}
