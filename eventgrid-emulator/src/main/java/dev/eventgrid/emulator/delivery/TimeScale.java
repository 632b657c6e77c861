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

/**
 * Compresses Event Grid's delivery delays: every documented duration is divided by the
 * factor, so that a factor of 1000 turns the 10 second first retry into 10 milliseconds.
 *
 * @param factor how many times faster than the service the emulator runs
 * @author Event Grid for Spring Boot team
 */
record TimeScale(double factor) {

	TimeScale {
		if (!(factor > 0) || Double.isInfinite(factor)) {
			throw new IllegalArgumentException("The delivery time scale must be a positive number, not " + factor);
		}
	}

	Duration scale(Duration duration) {
		return Duration.ofNanos(Math.max(1, Math.round(duration.toNanos() / this.factor)));
	}

}
