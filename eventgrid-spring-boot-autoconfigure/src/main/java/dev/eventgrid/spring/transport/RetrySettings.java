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

import java.time.Duration;

/**
 * How a publisher retries a request and how long it waits.
 *
 * @param maxAttempts attempts per request, the first included
 * @param initialBackoff delay before the first retry, doubled for each further one
 * @param maxBackoff upper bound of a computed delay
 * @param tryTimeout how long one attempt may take
 * @param timeout how long a request may take, retries included
 * @author Event Grid for Spring Boot team
 */
public record RetrySettings(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration tryTimeout,
		Duration timeout) {

	/**
	 * The settings of a publisher that is given none: 4 attempts, a backoff from 800 ms
	 * up to 8 s, 10 s per attempt and 30 s per request.
	 */
	public static final RetrySettings DEFAULTS = new RetrySettings(4, Duration.ofMillis(800), Duration.ofSeconds(8),
			Duration.ofSeconds(10), Duration.ofSeconds(30));

	// Plain checks rather than Assert with message suppliers: publishers are built at
	// startup, where each lambda is a class spun the first time.
	public RetrySettings {
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("'maxAttempts' must be at least 1 but was " + maxAttempts);
		}
		positive(initialBackoff, "initialBackoff");
		positive(maxBackoff, "maxBackoff");
		positive(tryTimeout, "tryTimeout");
		positive(timeout, "timeout");
	}

	private static void positive(Duration duration, String name) {
		if (duration == null) {
			throw new IllegalArgumentException("'" + name + "' must not be null");
		}
		if (duration.isNegative() || duration.isZero()) {
			throw new IllegalArgumentException("'" + name + "' must be positive but was " + duration);
		}
	}

	/**
	 * Return the delay before retry number {@code retry} (from 0): exponential, with up
	 * to 20% jitter either way, at most {@link #maxBackoff()}.
	 */
	Duration backoff(long retry, double random) {
		double exponential = this.initialBackoff.toMillis() * Math.pow(2, Math.min(retry, 30));
		double jittered = exponential * (0.8 + 0.4 * random);
		return Duration.ofMillis((long) Math.min(jittered, this.maxBackoff.toMillis()));
	}

}
