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

package dev.eventgrid.emulator.auth;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Reads the expiry ({@code e}) of a SAS token as the service reads it: a date in .NET's
 * en-US form ({@code 6/15/2017 6:20:5 PM} from the Java SDK, {@code 6/15/2017 6:20:05 PM}
 * from the JavaScript SDK and the .NET sample, or with a 24-hour clock) or ISO-8601, such
 * as Python's {@code str(datetime)} ({@code 2020-06-15 18:20:15+00:00}). Times without an
 * offset are UTC. The reading does not depend on the JVM's default locale: a Java SDK
 * token made in a locale whose AM/PM markers are not English is refused, as the service
 * expects en-US.
 *
 * @author Event Grid for Spring Boot team
 */
final class SasExpiry {

	private static final List<DateTimeFormatter> US_FORMATS = List.of(usFormat("M/d/uuuu h:m:s a"),
			usFormat("M/d/uuuu H:m:s"));

	private SasExpiry() {
	}

	private static DateTimeFormatter usFormat(String pattern) {
		return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.US);
	}

	/**
	 * Parse an expiry.
	 * @param text the decoded expiry
	 * @return the instant, or {@code null} if no known form matches
	 */
	static @Nullable Instant parse(String text) {
		String value = text.trim();
		if (value.isEmpty()) {
			return null;
		}
		if (value.indexOf('/') > 0) {
			return parseUs(value);
		}
		return parseIso(value);
	}

	private static @Nullable Instant parseUs(String value) {
		for (DateTimeFormatter format : US_FORMATS) {
			try {
				return LocalDateTime.parse(value, format).toInstant(ZoneOffset.UTC);
			}
			catch (DateTimeParseException ex) {
				// try the next form
			}
		}
		return null;
	}

	private static @Nullable Instant parseIso(String value) {
		String iso = (value.length() > 10 && value.charAt(10) == ' ')
				? value.substring(0, 10) + "T" + value.substring(11) : value;
		try {
			return OffsetDateTime.parse(iso, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
		}
		catch (DateTimeParseException ex) {
			// no offset: read it as UTC
		}
		try {
			return LocalDateTime.parse(iso, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toInstant(ZoneOffset.UTC);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
