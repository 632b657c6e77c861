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

package dev.eventgrid.spring.transport;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;

/**
 * A response other than 2xx, before it is turned into an exception for the caller.
 *
 * @author Event Grid for Spring Boot team
 */
final class HttpFailure extends RuntimeException {

	private final int status;

	private final HttpHeaders headers;

	private final String body;

	HttpFailure(int status, HttpHeaders headers, String body) {
		super("HTTP " + status, null, false, false);
		this.status = status;
		this.headers = headers;
		this.body = body;
	}

	int status() {
		return this.status;
	}

	String body() {
		return this.body;
	}

	@Nullable String requestId() {
		return this.headers.getFirst("x-ms-request-id");
	}

	boolean isRetryable() {
		return switch (this.status) {
			case 408, 429, 500, 502, 503, 504 -> true;
			default -> false;
		};
	}

	/**
	 * Return the delay the service asked for, from {@code x-ms-retry-after-ms},
	 * {@code retry-after-ms} or {@code Retry-After} (seconds or an HTTP date).
	 * @return the delay, or {@code null} if the service asked for none that can be read
	 */
	@Nullable Duration retryAfter() {
		Duration millis = millis(this.headers.getFirst("x-ms-retry-after-ms"));
		if (millis == null) {
			millis = millis(this.headers.getFirst("retry-after-ms"));
		}
		if (millis != null) {
			return millis;
		}
		String retryAfter = this.headers.getFirst(HttpHeaders.RETRY_AFTER);
		if (retryAfter == null || retryAfter.isBlank()) {
			return null;
		}
		try {
			return Duration.ofSeconds(Math.max(0, Long.parseLong(retryAfter.trim())));
		}
		catch (NumberFormatException ex) {
			return untilDate(retryAfter.trim());
		}
	}

	private static @Nullable Duration millis(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Duration.ofMillis(Math.max(0, Long.parseLong(value.trim())));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static @Nullable Duration untilDate(String value) {
		try {
			Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
			Duration until = Duration.between(Instant.now(), at);
			return until.isNegative() ? Duration.ZERO : until;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
