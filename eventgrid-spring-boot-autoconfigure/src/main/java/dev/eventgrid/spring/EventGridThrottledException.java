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

package dev.eventgrid.spring;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when Event Grid still answers 429 (too many events) after every retry. The
 * topic's ingress limit is 5,000 events or 1 MB per second.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public class EventGridThrottledException extends EventGridException {

	private final @Nullable Duration retryAfter;

	/**
	 * Create an exception for a 429 response.
	 * @param message the message
	 * @param retryAfter how long the service asked to wait, if it said
	 * @param errorCode the service's error code
	 * @param errorMessage the service's error message
	 * @param requestId the request id
	 */
	public EventGridThrottledException(String message, @Nullable Duration retryAfter, @Nullable String errorCode,
			@Nullable String errorMessage, @Nullable String requestId) {
		super(message, null, 429, errorCode, errorMessage, requestId);
		this.retryAfter = retryAfter;
	}

	/**
	 * Return how long the service asked to wait before trying again.
	 * @return the delay, or {@code null} if the service did not say
	 */
	public @Nullable Duration getRetryAfter() {
		return this.retryAfter;
	}

}
