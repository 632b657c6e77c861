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

/**
 * Thrown when Event Grid refuses the credential (401 or 403), or when a credential cannot
 * be used at all: an expired SAS token, a token credential that fails, or a key that
 * would travel over plain HTTP.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public class EventGridAuthenticationException extends EventGridException {

	/**
	 * Create an exception for a credential that could not be used.
	 * @param message the message
	 * @param cause the cause
	 */
	public EventGridAuthenticationException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

	/**
	 * Create an exception for a 401 or 403 response.
	 * @param message the message
	 * @param statusCode the HTTP status
	 * @param errorCode the service's error code
	 * @param errorMessage the service's error message
	 * @param requestId the request id
	 */
	public EventGridAuthenticationException(String message, int statusCode, @Nullable String errorCode,
			@Nullable String errorMessage, @Nullable String requestId) {
		super(message, null, statusCode, errorCode, errorMessage, requestId);
	}

}
