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

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads a {@link CloudEvent} from the CloudEvents JSON format, keeping {@code data} and
 * {@code time} exactly as written. Members that are not context attributes become
 * extension attributes; members with a {@code null} value are treated as absent.
 *
 * @author Event Grid for Spring Boot team
 */
final class CloudEventJsonDeserializer extends ValueDeserializer<CloudEvent> {

	@Override
	public CloudEvent deserialize(JsonParser parser, DeserializationContext context) {
		return read(parser, -1);
	}

	static CloudEvent read(JsonParser parser, int index) {
		EventJson.expectObject(parser, index, CloudEvent.KIND);
		CloudEvent.Builder builder = CloudEvent.builder().time(null).uncheckedUris();
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
					builder.id(EventJson.requireText(parser, name, index));
					hasId = true;
				}
				case "source" -> builder.source(EventJson.requireString(parser, name, index));
				case "type" -> builder.type(EventJson.requireString(parser, name, index));
				case "specversion" -> specVersion = EventJson.requireString(parser, name, index);
				case "subject" -> builder.subject(EventJson.requireString(parser, name, index));
				case "dataschema" -> builder.dataSchema(EventJson.requireString(parser, name, index));
				case "datacontenttype" -> builder.dataContentType(EventJson.requireString(parser, name, index));
				case "time" -> {
					String text = EventJson.requireString(parser, name, index);
					builder.timeText(text, EventJson.parseTime(text, name, index));
				}
				case "data" -> builder.data(EventJson.copyValue(parser));
				case "data_base64" -> builder.dataBase64(decode(parser, index));
				default -> {
					if ("specversion".equalsIgnoreCase(name)) {
						misspelledSpecVersion = name;
					}
					builder.extensionUnchecked(name, extensionValue(parser));
				}
			}
		}
		if (!hasId) {
			throw EventJson.missing("id", index, CloudEvent.KIND);
		}
		checkSpecVersion(specVersion, misspelledSpecVersion, index);
		try {
			return builder.build();
		}
		catch (InvalidEventException ex) {
			throw ex.atIndex(index);
		}
	}

	static void checkSpecVersion(@Nullable String specVersion, @Nullable String misspelled, int index) {
		if (specVersion == null) {
			String hint = (misspelled != null)
					? " (found '" + misspelled + "'; CloudEvents attribute names are lower-case)" : "";
			throw new InvalidEventException("specversion", index,
					"Required attribute 'specversion' of the CloudEvent is missing" + hint, null);
		}
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
