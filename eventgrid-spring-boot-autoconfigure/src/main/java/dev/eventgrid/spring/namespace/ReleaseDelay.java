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

package dev.eventgrid.spring.namespace;

import java.time.Duration;
import java.util.Arrays;

/**
 * How long a released event waits before it can be received again: the values Event Grid
 * namespaces accept for {@code releaseDelayInSeconds}.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.2.0
 */
public enum ReleaseDelay {

	/**
	 * Available again at once.
	 */
	NONE(0),

	/**
	 * Available again after 10 seconds.
	 */
	TEN_SECONDS(10),

	/**
	 * Available again after one minute.
	 */
	ONE_MINUTE(60),

	/**
	 * Available again after ten minutes.
	 */
	TEN_MINUTES(600),

	/**
	 * Available again after one hour.
	 */
	ONE_HOUR(3600);

	private final int seconds;

	ReleaseDelay(int seconds) {
		this.seconds = seconds;
	}

	/**
	 * Return the delay in seconds, as the service takes it.
	 * @return the seconds
	 */
	public int getSeconds() {
		return this.seconds;
	}

	/**
	 * Return the delay as a duration.
	 * @return the duration
	 */
	public Duration toDuration() {
		return Duration.ofSeconds(this.seconds);
	}

	/**
	 * Return the release delay equal to a duration.
	 * @param delay the delay: 0, 10 s, 1 min, 10 min or 1 h
	 * @return the release delay
	 * @throws IllegalArgumentException if the service does not accept that delay
	 */
	public static ReleaseDelay of(Duration delay) {
		if (delay == null) {
			throw new IllegalArgumentException("The release delay must not be null; use one of " + allowed());
		}
		for (ReleaseDelay candidate : values()) {
			if (candidate.toDuration().equals(delay)) {
				return candidate;
			}
		}
		throw new IllegalArgumentException("Event Grid namespaces release with a delay of " + allowed() + " only, not "
				+ delay + "; choose one of those (ReleaseDelay)");
	}

	/**
	 * Return the release delay that waits at least as long as a duration, the longest if
	 * none does.
	 * @param delay the wanted delay, not negative
	 * @return the release delay
	 */
	public static ReleaseDelay atLeast(Duration delay) {
		for (ReleaseDelay candidate : values()) {
			if (candidate.toDuration().compareTo(delay) >= 0) {
				return candidate;
			}
		}
		return ONE_HOUR;
	}

	private static String allowed() {
		return Arrays.stream(values()).map((value) -> value.seconds + "s").toList().toString();
	}

}
