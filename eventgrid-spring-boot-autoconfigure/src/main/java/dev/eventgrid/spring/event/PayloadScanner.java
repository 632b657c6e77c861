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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.eventgrid.spring.event.InvalidPayloadException.Problem;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads a payload's JSON once, token by token and within the reader's limits, to check
 * that it is well-formed and to find the schema of each event from its top-level members.
 *
 * @author Event Grid for Spring Boot team
 */
final class PayloadScanner {

	private static final int MAX_NAMES_SHOWN = 10;

	private static final int MAX_NAME_LENGTH_SHOWN = 40;

	private final JsonFactory factory;

	private final int maxNestingDepth;

	PayloadScanner(int maxSize, int maxNestingDepth) {
		StreamReadConstraints constraints = StreamReadConstraints.builder()
			.maxNestingDepth(maxNestingDepth)
			.maxDocumentLength(maxSize)
			.maxStringLength(maxSize)
			.build();
		this.factory = JsonFactory.builder().streamReadConstraints(constraints).build();
		this.maxNestingDepth = maxNestingDepth;
	}

	/**
	 * Scan the JSON of a payload.
	 * @param json the JSON text
	 * @return whether it is an array, and the schema each event looks like
	 * @throws InvalidPayloadException if the JSON is malformed, over a limit, or not an
	 * event object or a non-empty array of objects
	 */
	Scan scan(String json) {
		Cursor cursor = new Cursor();
		try (JsonParser parser = this.factory.createParser(ObjectReadContext.empty(), json)) {
			Scan scan = scanRoot(parser, cursor);
			cursor.index = -1;
			if (parser.nextToken() != null) {
				throw new InvalidPayloadException(
						Problem.MALFORMED_JSON, null, -1, "Payload has content after its JSON value, at "
								+ EventJson.describe(parser) + "; expected one event object or one array of events",
						null);
			}
			return scan;
		}
		catch (StreamConstraintsException ex) {
			throw overLimit(ex, cursor.index);
		}
		catch (JacksonException ex) {
			throw new InvalidPayloadException(Problem.MALFORMED_JSON, null, cursor.index,
					"Payload is not well-formed JSON: " + firstLine(ex.getOriginalMessage()) + " (at "
							+ EventJson.describe(ex) + ")",
					ex);
		}
	}

	private InvalidPayloadException overLimit(StreamConstraintsException ex, int index) {
		String limit = String.valueOf(ex.getOriginalMessage());
		if (limit.contains("nesting depth")) {
			return new InvalidPayloadException(Problem.TOO_DEEPLY_NESTED, null, index,
					"Payload JSON is nested deeper than the limit of " + this.maxNestingDepth + " levels", ex);
		}
		// why: only the document and string lengths are sizes; a number or a name over
		// its limit is a bad payload of any size
		String described = limit.replaceAll(", from `[^`]*`", "");
		if (limit.startsWith("Document length") || limit.startsWith("String value length")) {
			return new InvalidPayloadException(Problem.TOO_LARGE, null, index,
					"Payload JSON exceeds a size limit: " + described, ex);
		}
		return new InvalidPayloadException(Problem.VALUE_TOO_LONG, null, index,
				"Payload JSON has a value over a limit of the JSON reader: " + described, ex);
	}

	private Scan scanRoot(JsonParser parser, Cursor cursor) {
		JsonToken first = parser.nextToken();
		if (first == JsonToken.START_OBJECT) {
			return new Scan(false, List.of(inspect(parser)));
		}
		if (first != JsonToken.START_ARRAY) {
			throw new InvalidPayloadException(Problem.NOT_AN_EVENT, null, -1, "Payload is " + describe(first)
					+ ", not an event; expected one event object or an array of event objects", null);
		}
		List<Element> elements = new ArrayList<>();
		while (true) {
			cursor.index = elements.size();
			JsonToken token = parser.nextToken();
			if (token == JsonToken.END_ARRAY) {
				break;
			}
			if (token != JsonToken.START_OBJECT) {
				throw new InvalidPayloadException(Problem.NOT_AN_EVENT, null, cursor.index,
						"Expected an event object but found " + describe(token), null);
			}
			elements.add(inspect(parser));
		}
		if (elements.isEmpty()) {
			throw new InvalidPayloadException(Problem.NOT_AN_EVENT, null, -1,
					"Payload is an empty array; it holds no event", null);
		}
		return new Scan(true, elements);
	}

	private Element inspect(JsonParser parser) {
		Set<String> names = new LinkedHashSet<>();
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			names.add(parser.currentName());
			parser.nextToken();
			parser.skipChildren();
		}
		return Element.of(names);
	}

	private static String describe(@Nullable JsonToken token) {
		if (token == null) {
			return "nothing";
		}
		return switch (token) {
			case START_ARRAY -> "an array";
			case VALUE_STRING -> "a JSON string";
			case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a JSON number";
			case VALUE_TRUE, VALUE_FALSE -> "a JSON boolean";
			case VALUE_NULL -> "JSON null";
			default -> token.name();
		};
	}

	private static String firstLine(@Nullable String message) {
		if (message == null) {
			return "unknown error";
		}
		int end = message.indexOf('\n');
		return (end >= 0) ? message.substring(0, end) : message;
	}

	/**
	 * What a scan found.
	 *
	 * @param array whether the JSON was an array
	 * @param elements what each event looks like, in order
	 */
	record Scan(boolean array, List<Element> elements) {

	}

	/**
	 * What one event looks like.
	 *
	 * @param schema the schema its members show, or {@code null} if they show neither
	 * @param evidence the member that shows the schema, or the members found
	 */
	record Element(@Nullable EventSchema schema, String evidence) {

		static Element of(Set<String> names) {
			for (String name : names) {
				if ("specversion".equalsIgnoreCase(name)) {
					return new Element(EventSchema.CLOUD_EVENT, "it has '" + name + "'");
				}
			}
			for (String name : List.of("eventType", "eventTime", "dataVersion", "metadataVersion")) {
				if (names.contains(name)) {
					return new Element(EventSchema.EVENT_GRID_EVENT, "it has '" + name + "'");
				}
			}
			if (names.contains("type") && names.contains("source")) {
				return new Element(EventSchema.CLOUD_EVENT, "it has 'type' and 'source'");
			}
			return new Element(null, "its members are " + shown(names));
		}

		private static String shown(Set<String> names) {
			if (names.isEmpty()) {
				return "none";
			}
			List<String> shown = new ArrayList<>();
			for (String name : names) {
				if (shown.size() == MAX_NAMES_SHOWN) {
					shown.add("... (" + names.size() + " in all)");
					break;
				}
				shown.add("'" + ((name.length() > MAX_NAME_LENGTH_SHOWN)
						? name.substring(0, MAX_NAME_LENGTH_SHOWN) + "..." : name) + "'");
			}
			return String.join(", ", shown);
		}

	}

	private static final class Cursor {

		private int index = -1;

	}

}
