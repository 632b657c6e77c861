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

package dev.eventgrid.emulator.fault;

import java.time.Duration;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * How many events and bytes per second a topic or domain accepts before it answers
 * {@code 429}, as Event Grid limits the ingress of each topic: 5,000 events or 1 MB per
 * second, whichever comes first ({@link #EVENT_GRID}). Each limit is a token bucket that
 * holds one second of its rate. The service documents no retry delay for a throttled
 * publish request, so none is sent unless one is given with
 * {@link #withRetryAfter(Duration, RetryAfterHeader)}.
 *
 * @param eventsPerSecond the events accepted per second
 * @param bytesPerSecond the request body bytes accepted per second
 * @param retryAfter the delay announced with each {@code 429}, or {@code null} for none
 * @param retryAfterHeader the header that announces it
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public record IngressLimit(long eventsPerSecond, long bytesPerSecond, @Nullable Duration retryAfter,
		RetryAfterHeader retryAfterHeader) {

	/**
	 * Event Grid's documented ingress limit of a topic or domain: 5,000 events or 1 MB
	 * (1,048,576 bytes) per second, without a retry delay.
	 */
	public static final IngressLimit EVENT_GRID = of(5_000, 1_048_576);

	/**
	 * Create a limit, checking it.
	 * @param eventsPerSecond the events accepted per second
	 * @param bytesPerSecond the request body bytes accepted per second
	 * @param retryAfter the delay announced with each {@code 429}, or {@code null}
	 * @param retryAfterHeader the header that announces it
	 */
	public IngressLimit {
		if (eventsPerSecond < 1 || bytesPerSecond < 1) {
			throw new IllegalArgumentException("An ingress limit takes at least one event and one byte per second, "
					+ "not " + eventsPerSecond + " events and " + bytesPerSecond + " bytes");
		}
		if (retryAfter != null && retryAfter.isNegative()) {
			throw new IllegalArgumentException("The retry delay of an ingress limit must not be negative");
		}
		Objects.requireNonNull(retryAfterHeader, "'retryAfterHeader' must not be null");
	}

	/**
	 * Return a limit of events and bytes per second, without a retry delay.
	 * @param eventsPerSecond the events accepted per second
	 * @param bytesPerSecond the request body bytes accepted per second
	 * @return the limit
	 */
	public static IngressLimit of(long eventsPerSecond, long bytesPerSecond) {
		return new IngressLimit(eventsPerSecond, bytesPerSecond, null, RetryAfterHeader.RETRY_AFTER);
	}

	/**
	 * Return this limit announcing a retry delay with each {@code 429}.
	 * @param delay the delay
	 * @param header the header that announces it
	 * @return the limit with the delay
	 */
	public IngressLimit withRetryAfter(Duration delay, RetryAfterHeader header) {
		return new IngressLimit(this.eventsPerSecond, this.bytesPerSecond, delay, header);
	}

}
