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

import java.util.Base64;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads a {@link CloudEvent} from the CloudEvents JSON format, keeping {@code data} and
 * {@code time} exactly as written. Members that are not context attributes become
 * extension attributes; members with a {@code null} value are treated as absent. As
 * tolerant as the Azure SDKs' readers: empty attributes, numbers where text is expected,
 * a missing or camel-cased {@code specversion} and names or URIs that the builder refuses
 * when publishing are read; other spec versions, malformed times or base64, and both
 * {@code data} and {@code data_base64} are refused, as reading them would lose or corrupt
 * the event.
 *
 * @author Event Grid for Spring Boot team
 */
final class CloudEventJsonDeserializer extends ValueDeserializer<CloudEvent> {

	// why strict through Jackson: publishing reads Maps and JsonNodes with it, and keeps
	// every rule; fromJson and EventGridPayloadReader read deliveries, leniently

	@Override
	public CloudEvent deserialize(JsonParser parser, DeserializationContext context) {
		return read(parser, -1, false);
	}

	static CloudEvent read(JsonParser parser, int index) {
		return read(parser, index, true);
	}

	private static CloudEvent read(JsonParser parser, int index, boolean lenient) {
		EventJson.expectObject(parser, index, CloudEvent.KIND);
		CloudEvent.Builder builder = CloudEvent.builder().time(null).uncheckedUris();
		if (lenient) {
			builder.lenient();
		}
		String specVersion = null;
		String misspelledSpecVersion = null;
		boolean hasId = false;
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = parser.currentName();
			JsonToken value = parser.nextToken();
			if (value == JsonToken.VALUE_NULL && !"data".equals(name)) {
				continue;
			}
			switch (name) {
				case "id" -> {
					builder.idUnchecked(lenient ? EventJson.readText(parser, name, index)
							: EventJson.requireText(parser, name, index));
					hasId = true;
				}
				case "source" -> builder.source(EventJson.text(parser, name, index, lenient));
				case "type" -> builder.type(EventJson.text(parser, name, index, lenient));
				case "specversion" -> specVersion = EventJson.text(parser, name, index, lenient);
				case "subject" -> builder.subject(EventJson.text(parser, name, index, lenient));
				case "dataschema" -> builder.dataSchema(EventJson.text(parser, name, index, lenient));
				case "datacontenttype" -> builder.dataContentType(EventJson.text(parser, name, index, lenient));
				case "time" -> time(builder, EventJson.requireString(parser, name, index), index, lenient);
				case "data" -> builder.data(EventJson.copyValue(parser));
				case "data_base64" -> builder.dataBase64(decode(parser, index));
				default -> {
					if (lenient && "specversion".equalsIgnoreCase(name)) {
						// official samples spell it specVersion; the Java SDK reads them
						specVersion = EventJson.readText(parser, name, index);
					}
					else {
						if ("specversion".equalsIgnoreCase(name)) {
							misspelledSpecVersion = name;
						}
						builder.extensionUnchecked(name, extensionValue(parser));
					}
				}
			}
		}
		if (!hasId) {
			throw EventJson.missing("id", index, CloudEvent.KIND);
		}
		if (specVersion == null && !lenient) {
			String hint = (misspelledSpecVersion != null)
					? " (found '" + misspelledSpecVersion + "'; CloudEvents attribute names are lower-case)" : "";
			throw new InvalidEventException("specversion", index,
					"Required attribute 'specversion' of the CloudEvent is missing" + hint, null);
		}
		checkSpecVersion((specVersion != null) ? specVersion : CloudEvent.SPEC_VERSION, index);
		try {
			return builder.build();
		}
		catch (InvalidEventException ex) {
			throw ex.atIndex(index);
		}
	}

	/**
	 * Read the time; when lenient, an empty one carries no time and is read as none, as
	 * the JS SDK reads it.
	 * @param builder the builder of the event
	 * @param text the time as written
	 * @param index the index of the event in its array, or {@code -1} for a single event
	 * @param lenient whether an empty time is read as none rather than refused
	 */
	private static void time(CloudEvent.Builder builder, String text, int index, boolean lenient) {
		if (!lenient || !text.isEmpty()) {
			builder.timeText(text, EventJson.parseTime(text, "time", index));
		}
	}

	static void checkSpecVersion(String specVersion, int index) {
		if (!CloudEvent.SPEC_VERSION.equals(specVersion)) {
			throw new InvalidEventException("specversion", index,
					"CloudEvent 'specversion' must be \"1.0\" but was '" + specVersion + "'", null);
		}
	}

	private static byte[] decode(JsonParser parser, int index) {
		String text = EventJson.requireString(parser, "data_base64", index);
		try {
			return Base64.getDecoder().decode(text);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidEventException("data_base64", index,
					"'data_base64' is not valid base64: " + ex.getMessage(), ex);
		}
	}

	private static Object extensionValue(JsonParser parser) {
		JsonToken token = parser.currentToken();
		if (token == JsonToken.VALUE_STRING) {
			return parser.getString();
		}
		if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
			return token == JsonToken.VALUE_TRUE;
		}
		if (token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT) {
			return parser.getIntValue();
		}
		return EventJson.copyValue(parser);
	}

}
