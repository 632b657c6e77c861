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

package dev.eventgrid.emulator.model;

import java.time.Instant;

import dev.eventgrid.emulator.fault.Fault;
import org.jspecify.annotations.Nullable;

/**
 * A request the emulator received, whatever became of it. Tests use it to count attempts
 * and to see which fault was applied.
 *
 * @param sequence the sequence number of the request, starting at 1
 * @param requestId the {@code x-ms-request-id} of the response
 * @param receivedAt when the request was received
 * @param method the HTTP method
 * @param path the request path, without the query
 * @param query the raw query string with any access key redacted, empty if none
 * @param headers the request headers
 * @param secure whether the request came over HTTPS
 * @param topic the name of the topic or domain the path named, or {@code null} if the
 * path named none
 * @param bodySize the size of the request body in bytes, or {@code -1} if it was not read
 * @param status the response status, or {@code 0} if the connection was dropped before a
 * response
 * @param errorCode the error code of the response body, or {@code null} on success
 * @param errorMessage the error message of the response body, or {@code null} on success
 * @param fault the fault applied to the request, or {@code null}
 * @param acceptedEvents the number of events accepted and recorded
 * @param response how the answer ended: flushed to the connection, lost with it, or
 * dropped by a fault; it ends a moment after the request is recorded
 * @author Event Grid for Spring Boot team
 */
public record RecordedRequest(long sequence, String requestId, Instant receivedAt, String method, String path,
		String query, RequestHeaders headers, boolean secure, @Nullable String topic, long bodySize, int status,
		@Nullable String errorCode, @Nullable String errorMessage, @Nullable Fault fault, int acceptedEvents,
		ResponseWrite response) {

	/**
	 * Return whether the events of this request were accepted.
	 * @return {@code true} if the events were recorded
	 */
	public boolean accepted() {
		return this.acceptedEvents > 0;
	}

}
