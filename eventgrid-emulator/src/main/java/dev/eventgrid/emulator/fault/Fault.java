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
 * What the emulator does to a request instead of, or besides, handling it normally.
 *
 * @author Event Grid for Spring Boot team
 */
public sealed interface Fault permits Fault.Fail, Fault.Delay, Fault.DropBeforeResponse, Fault.DropAfterAccept {

	/**
	 * Answer with an error status without looking at the request.
	 *
	 * @param status the HTTP status to answer with
	 * @param retryAfter the delay to announce, or {@code null} for none
	 * @param retryAfterHeader the header that announces the delay
	 */
	record Fail(int status, @Nullable Duration retryAfter, RetryAfterHeader retryAfterHeader) implements Fault {

		/**
		 * Validate the status.
		 * @param status the HTTP status to answer with, 4xx or 5xx
		 * @param retryAfter the delay to announce, or {@code null} for none
		 * @param retryAfterHeader the header that announces the delay
		 * @throws IllegalArgumentException if the status is not 4xx or 5xx
		 */
		public Fail {
			if (status < 400 || status > 599) {
				throw new IllegalArgumentException("An injected failure needs a 4xx or 5xx status, not " + status);
			}
			Objects.requireNonNull(retryAfterHeader, "'retryAfterHeader' must not be null");
		}

	}

	/**
	 * Handle and record the request normally, but send the response only after a delay,
	 * so that a client may time out although its events were accepted, as happens with
	 * the service.
	 *
	 * @param delay how long to wait before handling the request
	 */
	record Delay(Duration delay) implements Fault {

		/**
		 * Validate the delay.
		 * @param delay how long to wait before handling the request, zero or more
		 * @throws IllegalArgumentException if the delay is negative
		 */
		public Delay {
			if (delay.isNegative()) {
				throw new IllegalArgumentException("The delay must not be negative");
			}
		}

	}

	/**
	 * Close the connection as soon as the request line and headers arrive, without
	 * reading the body or answering; nothing is recorded as accepted.
	 */
	record DropBeforeResponse() implements Fault {

	}

	/**
	 * Handle the request normally and record its events if it is valid, then close the
	 * connection without sending the response.
	 */
	record DropAfterAccept() implements Fault {

	}

}
