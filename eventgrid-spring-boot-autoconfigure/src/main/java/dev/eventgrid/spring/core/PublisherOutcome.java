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

package dev.eventgrid.spring.core;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * How a publisher's endpoint answered its last request that ended, and since when it has
 * answered so: what a health check reports. Read it with
 * {@link EventGridPublisher#getLastOutcome()}.
 *
 * @param kind how the last request ended
 * @param since when the publisher's requests began to end this way, or {@code null} if
 * none has ended yet
 * @param statusCode the HTTP status of the last failure, or {@code 0} if there was no
 * response or no failure
 * @param errorCode the service's error code of the last failure, or {@code null}
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public record PublisherOutcome(Kind kind, @Nullable Instant since, int statusCode, @Nullable String errorCode) {

	/**
	 * The outcome of a publisher whose requests have not ended yet.
	 */
	public static final PublisherOutcome NONE = new PublisherOutcome(Kind.NONE, null, 0, null);

	/**
	 * How a request ended.
	 */
	public enum Kind {

		/**
		 * No request has ended yet.
		 */
		NONE,

		/**
		 * Event Grid accepted the request.
		 */
		ACCEPTED,

		/**
		 * The credential was refused (401, 403) or could not be used (an expired SAS
		 * token, a token credential that failed).
		 */
		AUTHENTICATION_FAILED,

		/**
		 * The request failed for another reason, after its retries.
		 */
		FAILED

	}

}
