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

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Splits a request body into events in one streaming pass, keeping each event's exact
 * text. The service reads a JSON array; a CloudEvents topic given a single structured
 * event reads one object. An empty array is rejected with 400, as the service answered a
 * publish of no events with BadRequest (fbeltrao/AzureFunctionExtensions#6).
 *
 * @author Event Grid for Spring Boot team
 */
final class EventBatchReader {

	private final JsonMapper mapper;

	EventBatchReader(JsonMapper mapper) {
		this.mapper = mapper;
	}

	List<ParsedEvent> read(byte[] body, BodyShape shape) {
		try (JsonParser parser = this.mapper.createParser(body)) {
			JsonToken first = parser.nextToken();
			if (first == null) {
				throw PublishRejection.badRequest("The request body is empty; it must be a JSON array of events.");
			}
			List<ParsedEvent> events = (shape == BodyShape.ARRAY) ? readArray(parser, body, first)
					: List.of(readObject(parser, body, first));
			if (parser.nextToken() != null) {
				throw PublishRejection.badRequest("Additional text encountered after finished reading JSON content.");
			}
			return events;
		}
		catch (JacksonException ex) {
			TokenStreamLocation location = ex.getLocation();
			String position = (location != null) ? " (at byte " + location.getByteOffset() + ")" : "";
			throw PublishRejection.badRequest(
					"The request body is not valid JSON: " + firstLine(ex.getOriginalMessage()) + position + ".");
		}
	}

	private List<ParsedEvent> readArray(JsonParser parser, byte[] body, JsonToken first) {
		if (first != JsonToken.START_ARRAY) {
			throw PublishRejection.badRequest(
					"Unexpected token when reading JSON. Expected: StartArray, actual: " + tokenName(first) + ".");
		}
		List<ParsedEvent> events = new ArrayList<>();
		while (parser.nextToken() != JsonToken.END_ARRAY) {
			events.add(readEvent(parser, body, events.size()));
		}
		if (events.isEmpty()) {
			throw PublishRejection.badRequest("The request contains no events; publish at least one event.");
		}
		return events;
	}

	private ParsedEvent readObject(JsonParser parser, byte[] body, JsonToken first) {
		if (first != JsonToken.START_OBJECT) {
			throw PublishRejection.badRequest("This resource is configured to receive event in 'CloudEventV10' schema. "
					+ "The JSON received does not conform to the expected schema. Token Expected: StartObject, "
					+ "Actual Token Received: " + tokenName(first) + ".");
		}
		return readEvent(parser, body, 0);
	}

	private ParsedEvent readEvent(JsonParser parser, byte[] body, int index) {
		int start = (int) parser.currentTokenLocation().getByteOffset();
		JsonNode node = parser.readValueAsTree();
		int end = (int) parser.currentLocation().getByteOffset();
		return new ParsedEvent(index, new String(body, start, end - start, StandardCharsets.UTF_8), end - start, node);
	}

	private static String tokenName(JsonToken token) {
		switch (token) {
			case START_ARRAY:
				return "StartArray";
			case START_OBJECT:
				return "StartObject";
			case VALUE_STRING:
				return "String";
			case VALUE_NUMBER_INT:
				return "Integer";
			case VALUE_NUMBER_FLOAT:
				return "Float";
			case VALUE_TRUE:
			case VALUE_FALSE:
				return "Boolean";
			case VALUE_NULL:
				return "Null";
			default:
				return token.name();
		}
	}

	private static String firstLine(String message) {
		int newline = message.indexOf('\n');
		return (newline >= 0) ? message.substring(0, newline) : message;
	}

	/**
	 * The JSON value a request body must hold.
	 */
	enum BodyShape {

		/**
		 * An array of events.
		 */
		ARRAY,

		/**
		 * A single event object.
		 */
		OBJECT

	}

}
