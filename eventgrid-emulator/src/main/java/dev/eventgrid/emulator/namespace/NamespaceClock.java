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

package dev.eventgrid.emulator.namespace;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The time of the namespaces of an emulator: the clock, the timer that wakes the queues,
 * and the time scale that divides every duration of the service (lock duration,
 * time-to-live, release delay, receive wait, the renewal window) so that tests run fast.
 *
 * @author Event Grid for Spring Boot team
 */
final class NamespaceClock {

	private final Clock clock;

	private final double timeScale;

	private final ScheduledExecutorService timer;

	NamespaceClock(Clock clock, double timeScale, ScheduledExecutorService timer) {
		if (!(timeScale > 0) || Double.isInfinite(timeScale)) {
			throw new IllegalArgumentException("The namespace time scale must be a positive number, not " + timeScale);
		}
		this.clock = clock;
		this.timeScale = timeScale;
		this.timer = timer;
	}

	Instant now() {
		return this.clock.instant();
	}

	Duration scaled(Duration serviceDuration) {
		return Duration.ofNanos(Math.max(1, Math.round(serviceDuration.toNanos() / this.timeScale)));
	}

	Instant after(Duration serviceDuration) {
		return now().plus(scaled(serviceDuration));
	}

	ScheduledFuture<?> at(Instant when, Runnable task) {
		long delay = Math.max(0, Duration.between(now(), when).toNanos());
		return this.timer.schedule(task, delay, TimeUnit.NANOSECONDS);
	}

	ScheduledFuture<?> after(Duration serviceDuration, Runnable task) {
		return this.timer.schedule(task, scaled(serviceDuration).toNanos(), TimeUnit.NANOSECONDS);
	}

}
