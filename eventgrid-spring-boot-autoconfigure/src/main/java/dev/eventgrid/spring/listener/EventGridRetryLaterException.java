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

package dev.eventgrid.spring.listener;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Thrown by a listener that cannot process an event now but expects to later, such as
 * when a downstream service is unavailable. The delivery is answered 503 (Event Grid
 * waits at least 30 seconds before the next attempt) with a {@code Retry-After} header
 * when a delay is given; the service documents no use of that header, so the delay is a
 * hint only.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public class EventGridRetryLaterException extends EventGridDeliveryException {

	private final @Nullable Duration retryAfter;

	/**
	 * Create an exception.
	 * @param message why the event cannot be processed now
	 */
	public EventGridRetryLaterException(String message) {
		this(message, null, null);
	}

	/**
	 * Create an exception with a delay and a cause.
	 * @param message why the event cannot be processed now
	 * @param retryAfter the delay to suggest, or {@code null}
	 * @param cause the cause, or {@code null}
	 */
	public EventGridRetryLaterException(String message, @Nullable Duration retryAfter, @Nullable Throwable cause) {
		super(message, cause);
		this.retryAfter = retryAfter;
	}

	/**
	 * Return the delay suggested to Event Grid.
	 * @return the delay, or {@code null}
	 */
	public @Nullable Duration getRetryAfter() {
		return this.retryAfter;
	}

}
