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

/**
 * The header an injected failure uses to tell the client when to retry; the Azure SDKs
 * honour all three.
 *
 * @author Event Grid for Spring Boot team
 */
public enum RetryAfterHeader {

	/**
	 * {@code Retry-After} in whole seconds, rounded up.
	 */
	RETRY_AFTER("Retry-After"),

	/**
	 * {@code retry-after-ms} in milliseconds.
	 */
	RETRY_AFTER_MS("retry-after-ms"),

	/**
	 * {@code x-ms-retry-after-ms} in milliseconds.
	 */
	X_MS_RETRY_AFTER_MS("x-ms-retry-after-ms");

	private final String headerName;

	RetryAfterHeader(String headerName) {
		this.headerName = headerName;
	}

	/**
	 * Return the header name.
	 * @return the header name
	 */
	public String headerName() {
		return this.headerName;
	}

	/**
	 * Return the header value for a delay.
	 * @param delay the delay before the client should retry
	 * @return the header value
	 */
	public String value(Duration delay) {
		if (this == RETRY_AFTER) {
			long millis = delay.toMillis();
			return Long.toString((millis + 999) / 1000);
		}
		return Long.toString(delay.toMillis());
	}

}
