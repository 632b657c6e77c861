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

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * What the emulator does to a request instead of, or besides, handling it normally.
 *
 * @author Event Grid for Spring Boot team
 */
public sealed interface Fault
		permits Fault.Fail, Fault.Delay, Fault.DropBeforeResponse, Fault.DropAfterAccept, Fault.EchoCredential {

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

	/**
	 * Answer with an error status whose message repeats the credential the request
	 * carried, as sent and URL-decoded, the way the service repeats a malformed SAS token
	 * ("Input sas string: ..."): to test that a client masks what comes back.
	 *
	 * @param status the HTTP status to answer with
	 */
	record EchoCredential(int status) implements Fault {

		private static final List<String> CREDENTIAL_HEADERS = List.of("aeg-sas-key", "aeg-sas-token", "Authorization");

		/**
		 * Validate the status.
		 * @param status the HTTP status to answer with, 4xx or 5xx
		 * @throws IllegalArgumentException if the status is not 4xx or 5xx
		 */
		public EchoCredential {
			if (status < 400 || status > 599) {
				throw new IllegalArgumentException("An echoed credential needs a 4xx or 5xx status, not " + status);
			}
		}

		/**
		 * Return the error message: each credential the request carried, as sent and
		 * URL-decoded.
		 * @param credential gives the value of a credential header ({@code aeg-sas-key},
		 * {@code aeg-sas-token}, {@code Authorization}), or {@code null} if it is absent
		 * @return the message
		 */
		public String message(Function<String, @Nullable String> credential) {
			StringBuilder message = new StringBuilder("The emulator repeats the credential on purpose (injected fault ")
				.append(this.status)
				.append(").");
			for (String name : CREDENTIAL_HEADERS) {
				String value = credential.apply(name);
				if (value != null) {
					message.append(" Input ").append(name).append(": ").append(value).append("; decoded: ");
					message.append(decoded(value)).append('.');
				}
			}
			return message.toString();
		}

		private static String decoded(String value) {
			try {
				return URLDecoder.decode(value, StandardCharsets.UTF_8);
			}
			catch (IllegalArgumentException ex) {
				return value;
			}
		}

	}

}
