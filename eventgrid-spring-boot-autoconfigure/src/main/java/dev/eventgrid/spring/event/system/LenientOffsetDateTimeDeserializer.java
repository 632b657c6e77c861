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

package dev.eventgrid.spring.event.system;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Reads a date and time written in ISO 8601 with an offset, in ISO 8601 without one
 * (taken as UTC), or in the .NET form {@code 3/28/2007 7:13:50 PM +00:00} that some
 * services and official samples use. An empty string is read as {@code null}.
 *
 * @author Event Grid for Spring Boot team
 */
final class LenientOffsetDateTimeDeserializer extends ValueDeserializer<OffsetDateTime> {

	private static final List<DateTimeFormatter> OTHER_FORMS = List.of(
			DateTimeFormatter.ofPattern("M/d/yyyy h:mm:ss a xxx", Locale.US),
			DateTimeFormatter.ofPattern("M/d/yyyy H:mm:ss xxx", Locale.US));

	@Override
	public @Nullable OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) {
		if (parser.currentToken() != JsonToken.VALUE_STRING) {
			return (OffsetDateTime) context.handleUnexpectedToken(OffsetDateTime.class, parser);
		}
		String text = parser.getString().trim();
		if (text.isEmpty()) {
			return null;
		}
		OffsetDateTime value = parse(text);
		if (value == null) {
			throw InvalidFormatException.from(parser, "'" + text + "' is not a date and time", text,
					OffsetDateTime.class);
		}
		return value;
	}

	private static @Nullable OffsetDateTime parse(String text) {
		try {
			return OffsetDateTime.parse(text);
		}
		catch (DateTimeParseException ex) {
			// try the other forms
		}
		try {
			return LocalDateTime.parse(text).atOffset(ZoneOffset.UTC);
		}
		catch (DateTimeParseException ex) {
			// try the other forms
		}
		for (DateTimeFormatter form : OTHER_FORMS) {
			try {
				return OffsetDateTime.parse(text, form);
			}
			catch (DateTimeParseException ex) {
				// try the next form
			}
		}
		return null;
	}

}
