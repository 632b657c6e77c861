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
 * Thrown when an event or a request is larger than Event Grid accepts: found before
 * sending for an event over the configured maximum, or reported by the service as 413.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public class EventGridPayloadTooLargeException extends EventGridException {

	private final long size;

	private final long limit;

	/**
	 * Create an exception for an event found too large before sending.
	 * @param message the message
	 * @param size the event's size in bytes
	 * @param limit the limit in bytes
	 */
	public EventGridPayloadTooLargeException(String message, long size, long limit) {
		super(message);
		this.size = size;
		this.limit = limit;
	}

	/**
	 * Create an exception for a 413 response.
	 * @param message the message
	 * @param size the request's size in bytes
	 * @param errorCode the service's error code
	 * @param errorMessage the service's error message
	 * @param requestId the request id
	 */
	public EventGridPayloadTooLargeException(String message, long size, @Nullable String errorCode,
			@Nullable String errorMessage, @Nullable String requestId) {
		super(message, null, 413, errorCode, errorMessage, requestId);
		this.size = size;
		this.limit = -1;
	}

	/**
	 * Return the size of the event or request, in bytes.
	 * @return the size
	 */
	public long getSize() {
		return this.size;
	}

	/**
	 * Return the limit that was exceeded, in bytes.
	 * @return the limit, or {@code -1} if the service did not say
	 */
	public long getLimit() {
		return this.limit;
	}

}
