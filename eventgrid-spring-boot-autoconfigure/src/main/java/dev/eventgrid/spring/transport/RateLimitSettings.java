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

package dev.eventgrid.spring.transport;

/**
 * How a publisher keeps within its topic's ingress limit.
 *
 * @param adaptive whether to slow down when the service answers {@code 429} and speed up
 * again while it does not
 * @param maxEventsPerSecond the most events a second to send, 0 for no fixed limit
 * @param maxBytesPerSecond the most request body bytes a second to send, 0 for no fixed
 * limit
 * @author Event Grid for Spring Boot team
 */
public record RateLimitSettings(boolean adaptive, double maxEventsPerSecond, double maxBytesPerSecond) {

	/**
	 * The defaults: adaptive, without a fixed limit.
	 */
	public static final RateLimitSettings DEFAULTS = new RateLimitSettings(true, 0, 0);

	/**
	 * No limit at all.
	 */
	public static final RateLimitSettings NONE = new RateLimitSettings(false, 0, 0);

	public RateLimitSettings {
		RateLimiter.checkRate(maxEventsPerSecond, "maxEventsPerSecond");
		RateLimiter.checkRate(maxBytesPerSecond, "maxBytesPerSecond");
	}

}
