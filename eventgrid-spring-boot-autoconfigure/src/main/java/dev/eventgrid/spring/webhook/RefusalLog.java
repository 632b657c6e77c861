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

package dev.eventgrid.spring.webhook;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;

import org.springframework.util.Assert;

/**
 * Logs refused requests at WARN, at most once per reason and interval: a client that
 * sends thousands of bad requests writes one line per interval, which counts the ones
 * left out.
 *
 * @author Event Grid for Spring Boot team
 */
final class RefusalLog {

	static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(10);

	/**
	 * Reasons remembered at most; more are forgotten all at once, which at worst logs a
	 * line early.
	 */
	private static final int MAX_REASONS = 256;

	private final Log logger;

	private final Map<String, Window> windows = new ConcurrentHashMap<>();

	private volatile Duration interval = DEFAULT_INTERVAL;

	RefusalLog(Log logger) {
		this.logger = logger;
	}

	void setInterval(Duration interval) {
		Assert.isTrue(!interval.isNegative() && !interval.isZero(), "'interval' must be positive");
		this.interval = interval;
	}

	/**
	 * Log a refusal, unless one of the same reason was logged within the interval.
	 * @param reason what kind of refusal it is, never text of the request
	 * @param message the line to log, built only when it is logged
	 */
	void warn(String reason, Supplier<String> message) {
		if (!this.logger.isWarnEnabled()) {
			return;
		}
		if (this.windows.size() >= MAX_REASONS && !this.windows.containsKey(reason)) {
			this.windows.clear();
		}
		Duration interval = this.interval;
		long suppressed = this.windows.computeIfAbsent(reason, (key) -> new Window()).open(interval.toNanos());
		if (suppressed >= 0) {
			this.logger.warn(LogText.escape(message.get()) + ((suppressed > 0) ? " [" + suppressed
					+ " more refusals of this kind in the last " + describe(interval) + " were not logged]" : ""));
		}
	}

	private static String describe(Duration interval) {
		return (interval.toMillis() % 1000 == 0) ? interval.toSeconds() + " s" : interval.toMillis() + " ms";
	}

	/**
	 * When a reason was last logged and how many refusals were left out since.
	 */
	private static final class Window {

		private long loggedAt;

		private boolean logged;

		private long suppressed;

		/**
		 * Open a new window if the last one is over.
		 * @param intervalNanos the interval
		 * @return how many refusals the last window left out, or -1 to leave this one out
		 */
		synchronized long open(long intervalNanos) {
			long now = System.nanoTime();
			if (this.logged && now - this.loggedAt < intervalNanos) {
				this.suppressed++;
				return -1;
			}
			long suppressed = this.suppressed;
			this.logged = true;
			this.loggedAt = now;
			this.suppressed = 0;
			return suppressed;
		}

	}

}
