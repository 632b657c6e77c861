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

package dev.eventgrid.emulator.delivery;

import java.time.Duration;
import java.util.List;

/**
 * Event Grid's retry rules: the schedule (10 s, 30 s, 1 min, 5 min, 10 min, 30 min, 1 h,
 * 3 h, 6 h, then every 12 h), the minimum delays per status, the statuses that are not
 * retried, all compressed by the time scale. Unlike the service it adds no jitter.
 *
 * @author Event Grid for Spring Boot team
 */
final class RetryPolicy {

	private static final List<Duration> SCHEDULE = List.of(Duration.ofSeconds(10), Duration.ofSeconds(30),
			Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(10), Duration.ofMinutes(30),
			Duration.ofHours(1), Duration.ofHours(3), Duration.ofHours(6), Duration.ofHours(12));

	private final TimeScale scale;

	RetryPolicy(TimeScale scale) {
		this.scale = scale;
	}

	/**
	 * Return whether a failed attempt may be retried: 400, 403 and 413 never are, and
	 * neither is 401 from a webhook.
	 * @param status the status of the failed attempt
	 * @param endpointType the type of the endpoint that answered it
	 * @return whether the attempt may be retried
	 */
	boolean isRetriable(int status, EndpointType endpointType) {
		return switch (status) {
			case 400, 403, 413 -> false;
			case 401 -> endpointType != EndpointType.WEBHOOK;
			default -> true;
		};
	}

	/**
	 * Return the scaled wait before the next attempt.
	 * @param attempts the attempts made so far, at least one
	 * @param status the status of the last answer, {@code 0} if there was none
	 * @return the wait, scaled
	 */
	Duration delayAfter(int attempts, int status) {
		Duration scheduled = SCHEDULE.get(Math.min(attempts, SCHEDULE.size()) - 1);
		Duration minimum = minimumDelay(status);
		return this.scale.scale((scheduled.compareTo(minimum) >= 0) ? scheduled : minimum);
	}

	private static Duration minimumDelay(int status) {
		return switch (status) {
			case 408 -> Duration.ofMinutes(2);
			case 503 -> Duration.ofSeconds(30);
			default -> Duration.ofSeconds(10);
		};
	}

	Duration scale(Duration duration) {
		return this.scale.scale(duration);
	}

}
