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

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import dev.eventgrid.spring.event.system.SystemEventData;
import dev.eventgrid.spring.event.system.SystemEventMappings;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.UTF8JsonGenerator;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON mechanics shared by the event types: the default mapper, exact copies of JSON
 * values, RFC 3339 times, and reading one event or an array of them.
 *
 * @author Event Grid for Spring Boot team
 */
final class EventJson {

	/**
	 * Mapper used when the caller gives none: tolerant of properties it does not know, as
	 * the service adds fields to its payloads over time.
	 */
	static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	/**
	 * The longest time {@link #formatTime(OffsetDateTime, byte[])} writes.
	 */
	private static final int MAX_TIME_LENGTH = 35;

	private EventJson() {
	}

	static <T> List<T> readOneOrMany(String json, String kind, EventReader<T> reader) {
		if (json == null || json.isBlank()) {
			throw new InvalidEventException(null,
					"Cannot read " + kind + " from empty text; expected a JSON object " + "or an array of objects");
		}
		try (JsonParser parser = MAPPER.createParser(json)) {
			JsonToken first = parser.nextToken();
			List<T> events;
			if (first == JsonToken.START_ARRAY) {
				events = new ArrayList<>();
				while (parser.nextToken() != JsonToken.END_ARRAY) {
					events.add(reader.read(parser, events.size()));
				}
			}
			else {
				events = List.of(reader.read(parser, -1));
			}
			if (parser.nextToken() != null) {
				throw new InvalidEventException(null, "Unexpected content after the " + kind + " JSON at "
						+ describe(parser) + "; expected one JSON object or one array");
			}
			return Collections.unmodifiableList(events);
		}
		catch (JacksonException ex) {
			throw new InvalidEventException(null, -1,
					"Cannot read " + kind + ": malformed JSON at " + describe(ex) + ": " + ex.getOriginalMessage(), ex);
		}
	}

	static void checkSingleValue(String json) {
		try (JsonParser parser = MAPPER.createParser(json)) {
			if (parser.nextToken() == null) {
				throw new InvalidEventException("data", "JSON data is empty; give one JSON value such as {} or null");
			}
			parser.skipChildren();
			if (parser.nextToken() != null) {
				throw new InvalidEventException("data",
						"JSON data holds more than one value (extra content at " + describe(parser) + ")");
			}
		}
		catch (JacksonException ex) {
			throw new InvalidEventException("data", -1,
					"JSON data is malformed at " + describe(ex) + ": " + ex.getOriginalMessage(), ex);
		}
	}

	/**
	 * Read the text of one JSON value as {@link JsonData}, in the form
	 * {@link #copyValue(JsonParser)} gives values read from an event.
	 * @param json the json
	 * @return the value
	 */
	static JsonData readValue(String json) {
		try (JsonParser parser = MAPPER.createParser(json)) {
			if (parser.nextToken() == null) {
				throw new InvalidEventException("data", "JSON data is empty; give one JSON value such as {} or null");
			}
			JsonData data = copyValue(parser);
			if (parser.nextToken() != null) {
				throw new InvalidEventException("data",
						"JSON data holds more than one value (extra content at " + describe(parser) + ")");
			}
			return data;
		}
		catch (JacksonException ex) {
			throw new InvalidEventException("data", -1,
					"JSON data is malformed at " + describe(ex) + ": " + ex.getOriginalMessage(), ex);
		}
	}

	/**
	 * Return text as the {@link JsonData} of a JSON string.
	 * @param text the text
	 * @return the JSON data
	 */
	static JsonData jsonString(String text) {
		return JsonData.trusted(MAPPER.writeValueAsString(text));
	}

	/**
	 * Copy the value at the parser's current token to text, keeping every number exactly
	 * as written.
	 * @param parser the parser, on the first token of the value; left on its last token
	 * @return the value as JSON text
	 */
	static JsonData copyValue(JsonParser parser) {
		StringWriter out = new StringWriter();
		try (JsonGenerator generator = MAPPER.createGenerator(out)) {
			copyTokens(parser, generator);
		}
		return JsonData.trusted(out.toString());
	}

	private static void copyTokens(JsonParser parser, JsonGenerator generator) {
		int depth = 0;
		do {
			JsonToken token = parser.currentToken();
			switch (token) {
				case START_OBJECT -> {
					generator.writeStartObject();
					depth++;
				}
				case START_ARRAY -> {
					generator.writeStartArray();
					depth++;
				}
				case END_OBJECT -> {
					generator.writeEndObject();
					depth--;
				}
				case END_ARRAY -> {
					generator.writeEndArray();
					depth--;
				}
				case PROPERTY_NAME -> generator.writeName(parser.currentName());
				case VALUE_STRING -> generator.writeString(parser.getString());
				case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> generator.writeNumber(parser.getText());
				case VALUE_TRUE -> generator.writeBoolean(true);
				case VALUE_FALSE -> generator.writeBoolean(false);
				case VALUE_NULL -> generator.writeNull();
				default -> throw new IllegalStateException("Unexpected JSON token " + token);
			}
		}
		while (depth > 0 && parser.nextToken() != null);
	}

	/**
	 * Format a time as {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} does, without its
	 * allocations for the common case: a four-digit year and a whole-minute offset.
	 * @param time the time to format
	 * @return the time as RFC 3339 text
	 */
	static String formatTime(OffsetDateTime time) {
		byte[] text = new byte[MAX_TIME_LENGTH];
		int length = formatTime(time, text);
		return (length > 0) ? new String(text, 0, length, StandardCharsets.ISO_8859_1)
				: DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
	}

	/**
	 * Write a time as a JSON string in the form of {@link #formatTime(OffsetDateTime)}: a
	 * generator that writes UTF-8 takes its ASCII bytes as they are, with no
	 * {@code String} in between.
	 * @param generator the generator to write to
	 * @param time the time to write
	 */
	static void writeTime(JsonGenerator generator, OffsetDateTime time) {
		if (generator instanceof UTF8JsonGenerator) {
			byte[] text = new byte[MAX_TIME_LENGTH];
			int length = formatTime(time, text);
			if (length > 0) {
				// Digits and '-', ':', '.', 'T', 'Z', '+': nothing a JSON string escapes.
				generator.writeRawUTF8String(text, 0, length);
				return;
			}
		}
		generator.writeString(formatTime(time));
	}

	/**
	 * Format a time into {@code text} and return its length, or 0 if it is not of the
	 * common case.
	 * @param time the time to format
	 * @param text where to write the time, at least {@link #MAX_TIME_LENGTH} bytes long
	 * @return the number of bytes written, or 0 if the time is not of the common case
	 */
	private static int formatTime(OffsetDateTime time, byte[] text) {
		int year = time.getYear();
		int offset = time.getOffset().getTotalSeconds();
		if (year < 0 || year > 9999 || offset % 60 != 0) {
			return 0;
		}
		put4(text, 0, year);
		text[4] = '-';
		put2(text, 5, time.getMonthValue());
		text[7] = '-';
		put2(text, 8, time.getDayOfMonth());
		text[10] = 'T';
		put2(text, 11, time.getHour());
		text[13] = ':';
		put2(text, 14, time.getMinute());
		text[16] = ':';
		put2(text, 17, time.getSecond());
		int length = 19;
		int nano = time.getNano();
		if (nano != 0) {
			text[length++] = '.';
			int digits = 9;
			while (nano % 10 == 0) {
				nano /= 10;
				digits--;
			}
			for (int i = digits - 1; i >= 0; i--) {
				text[length + i] = (byte) ('0' + nano % 10);
				nano /= 10;
			}
			length += digits;
		}
		if (offset == 0) {
			text[length++] = 'Z';
		}
		else {
			text[length++] = (byte) ((offset < 0) ? '-' : '+');
			int minutes = Math.abs(offset) / 60;
			put2(text, length, minutes / 60);
			text[length + 2] = ':';
			put2(text, length + 3, minutes % 60);
			length += 5;
		}
		return length;
	}

	private static void put2(byte[] text, int at, int value) {
		text[at] = (byte) ('0' + value / 10);
		text[at + 1] = (byte) ('0' + value % 10);
	}

	private static void put4(byte[] text, int at, int value) {
		put2(text, at, value / 100);
		put2(text, at + 2, value % 100);
	}

	/**
	 * Parse an RFC 3339 date-time. One without a zone offset, which some of the service's
	 * published samples carry, is read as UTC, as the Azure SDKs read it.
	 * @param text the text to parse
	 * @param field the field the text is the value of, for the error message
	 * @param index the index of the event in its array, or {@code -1} for a single event
	 * @return the date-time
	 * @throws InvalidEventException if the text is not an RFC 3339 date-time
	 */
	static OffsetDateTime parseTime(String text, String field, int index) {
		try {
			return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
		}
		catch (DateTimeParseException ex) {
			try {
				return LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME).atOffset(ZoneOffset.UTC);
			}
			catch (DateTimeParseException notLocal) {
				throw new InvalidEventException(field, index, "'" + field + "' must be an RFC 3339 date-time, such "
						+ "as 2017-06-26T18:41:00.9584103Z, but was '" + text + "'", ex);
			}
		}
	}

	static <T> @Nullable T convert(@Nullable Object data, Class<T> type, ObjectMapper mapper) {
		if (data == null || (data instanceof JsonData json && json.isNull())) {
			return null;
		}
		if (data instanceof JsonData json && type != JsonData.class) {
			return mapper.readValue(json.toString(), type);
		}
		if (type.isInstance(data)) {
			return type.cast(data);
		}
		return mapper.convertValue(data, type);
	}

	static <T> @Nullable T convert(@Nullable Object data, TypeReference<T> type, ObjectMapper mapper) {
		if (data == null || (data instanceof JsonData json && json.isNull())) {
			return null;
		}
		if (data instanceof JsonData json) {
			return mapper.readValue(json.toString(), type);
		}
		return mapper.convertValue(data, type);
	}

	static String requireString(JsonParser parser, String field, int index) {
		JsonToken token = parser.currentToken();
		if (token != JsonToken.VALUE_STRING) {
			throw new InvalidEventException(field, index,
					"'" + field + "' must be a JSON string but was " + describe(token), null);
		}
		return parser.getString();
	}

	/**
	 * Read a string that must have text: blank as the builders see it, whitespace alone
	 * is no value either.
	 * @param parser the parser, on the value of the field
	 * @param field the field to read, for the error message
	 * @param index the index of the event in its array, or {@code -1} for a single event
	 * @return the text
	 * @throws InvalidEventException if the value is not a string, or is blank
	 */
	static String requireText(JsonParser parser, String field, int index) {
		String value = requireString(parser, field, index);
		if (value.isBlank()) {
			throw new InvalidEventException(field, index, "'" + field + "' must not be empty or blank", null);
		}
		return value;
	}

	/**
	 * Read a string attribute, as tolerantly as the Azure SDKs when reading deliveries,
	 * strictly otherwise.
	 * @param parser the parser, on the value
	 * @param field the field's name
	 * @param index the event's index in its array, or {@code -1}
	 * @param lenient whether to read as the SDKs do
	 * @return the text
	 */
	static String text(JsonParser parser, String field, int index, boolean lenient) {
		return lenient ? readText(parser, field, index) : requireString(parser, field, index);
	}

	/**
	 * Read a string attribute as tolerantly as the Azure SDK for Java: a JSON number or
	 * boolean is read as its text, as the SDK does; an object, an array or {@code null}
	 * is refused, since no text could stand for it without losing it.
	 * @param parser the parser
	 * @param field the field
	 * @param index the index
	 * @return the text
	 */
	static String readText(JsonParser parser, String field, int index) {
		JsonToken token = parser.currentToken();
		if (token == JsonToken.VALUE_STRING) {
			return parser.getString();
		}
		if (token != null && token.isScalarValue() && token != JsonToken.VALUE_NULL) {
			return parser.getText();
		}
		throw new InvalidEventException(field, index,
				"'" + field + "' must be a JSON string but was " + describe(token), null);
	}

	static InvalidEventException missing(String field, int index, String kind) {
		return new InvalidEventException(field, index, "Required field '" + field + "' of the " + kind + " is missing",
				null);
	}

	static void expectObject(JsonParser parser, int index, String kind) {
		if (parser.currentToken() != JsonToken.START_OBJECT) {
			throw new InvalidEventException(null, index,
					"Each " + kind + " must be a JSON object but found " + describe(parser.currentToken()), null);
		}
	}

	static String describe(@Nullable JsonToken token) {
		if (token == null) {
			return "end of input";
		}
		return switch (token) {
			case START_ARRAY -> "an array";
			case START_OBJECT -> "an object";
			case VALUE_STRING -> "a string";
			case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
			case VALUE_TRUE, VALUE_FALSE -> "a boolean";
			case VALUE_NULL -> "null";
			default -> token.name();
		};
	}

	static String describe(JsonParser parser) {
		return "line " + parser.currentLocation().getLineNr() + ", column " + parser.currentLocation().getColumnNr();
	}

	static String describe(JacksonException ex) {
		return (ex.getLocation() != null)
				? "line " + ex.getLocation().getLineNr() + ", column " + ex.getLocation().getColumnNr()
				: "an unknown position";
	}

	/**
	 * Read the data of an event as the system event data class its type maps to.
	 * @param eventType the event type
	 * @param reader how the event converts its data to a class
	 * @return the typed data, or empty if the type is not mapped or the data is JSON
	 * {@code null}
	 * @throws InvalidEventException if the data cannot be read as the mapped class
	 */
	static Optional<SystemEventData> systemEventData(@Nullable String eventType,
			Function<Class<? extends SystemEventData>, @Nullable Object> reader) {
		Class<? extends SystemEventData> type = SystemEventMappings.dataType(eventType).orElse(null);
		if (type == null) {
			return Optional.empty();
		}
		try {
			return Optional.ofNullable(reader.apply(type)).map(type::cast);
		}
		catch (JacksonException ex) {
			throw new InvalidEventException("data", -1, "The data of the " + eventType + " event cannot be read as "
					+ type.getSimpleName() + ": " + ex.getOriginalMessage(), ex);
		}
	}

	/**
	 * Reads one event from a parser positioned on its first token.
	 *
	 * @param <T> the event type
	 */
	@FunctionalInterface
	interface EventReader<T> {

		T read(JsonParser parser, int index);

	}

}
