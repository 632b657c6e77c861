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

import org.jspecify.annotations.Nullable;

import org.springframework.core.NestedRuntimeException;

/**
 * Root of the exceptions thrown when Event Grid refuses a request or cannot be reached.
 * Carries what the service said: the HTTP status, its error code and message, and the
 * request id to quote to support.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public class EventGridException extends NestedRuntimeException {

	private final int statusCode;

	private final @Nullable String errorCode;

	private final @Nullable String errorMessage;

	private final @Nullable String requestId;

	/**
	 * Create an exception with a message.
	 * @param message the message
	 */
	public EventGridException(String message) {
		this(message, null);
	}

	/**
	 * Create an exception with a message and a cause.
	 * @param message the message
	 * @param cause the cause
	 */
	public EventGridException(String message, @Nullable Throwable cause) {
		this(message, cause, 0, null, null, null);
	}

	/**
	 * Create an exception for a response from the service.
	 * @param message the message
	 * @param cause the cause
	 * @param statusCode the HTTP status, or {@code 0} if no response was received
	 * @param errorCode the service's error code
	 * @param errorMessage the service's error message
	 * @param requestId the request id the service returned
	 */
	public EventGridException(String message, @Nullable Throwable cause, int statusCode, @Nullable String errorCode,
			@Nullable String errorMessage, @Nullable String requestId) {
		super(message, cause);
		this.statusCode = statusCode;
		this.errorCode = errorCode;
		this.errorMessage = errorMessage;
		this.requestId = requestId;
	}

	/**
	 * Return the HTTP status of the service's response.
	 * @return the status, or {@code 0} if no response was received
	 */
	public int getStatusCode() {
		return this.statusCode;
	}

	/**
	 * Return the error code from the service's error body, such as {@code BadRequest}.
	 * @return the error code, or {@code null}
	 */
	public @Nullable String getErrorCode() {
		return this.errorCode;
	}

	/**
	 * Return the error message from the service's error body.
	 * @return the message, or {@code null}
	 */
	public @Nullable String getErrorMessage() {
		return this.errorMessage;
	}

	/**
	 * Return the request id the service returned ({@code x-ms-request-id}).
	 * @return the request id, or {@code null}
	 */
	public @Nullable String getRequestId() {
		return this.requestId;
	}

	/**
	 * Return the {@link EventGridException} that a throwable is or wraps, if any.
	 * @param throwable the throwable
	 * @return the Event Grid exception, or {@code null} if there is none in the chain
	 */
	public static @Nullable EventGridException unwrap(@Nullable Throwable throwable) {
		Throwable current = throwable;
		while (current != null) {
			if (current instanceof EventGridException eventGridException) {
				return eventGridException;
			}
			current = (current.getCause() != current) ? current.getCause() : null;
		}
		return null;
	}

}
