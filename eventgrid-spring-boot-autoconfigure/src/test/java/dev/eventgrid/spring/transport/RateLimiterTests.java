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
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * Tests for {@link RateLimiter}, on a clock the tests move.
 *
 * @author Event Grid for Spring Boot team
 */
class RateLimiterTests {

	private final AtomicLong now = new AtomicLong(5_000_000_000L);

	private final RateLimiter limiter = new RateLimiter(RateLimitSettings.DEFAULTS, this.now::get);

	@Test
	void letsEveryRequestGoUntilTheTopicAnswersTooManyRequests() {
		for (int i = 0; i < 1_000; i++) {
			assertThat(this.limiter.reserve(100, 100_000)).isZero();
			this.limiter.accepted(100, 100_000);
		}
		assertThat(this.limiter.isLimiting()).isFalse();
		assertThat(this.limiter.eventsPerSecond()).isInfinite();
	}

	@Test
	void startsPacingAtWhatTheTopicAcceptedOverTheLastSecondLessTenPercent() {
		acceptOverOneSecond(20, 100, 125_000);
		this.limiter.throttled(100, 125_000);

		assertThat(this.limiter.isLimiting()).isTrue();
		assertThat(this.limiter.eventsPerSecond()).isCloseTo(1_800, within(0.1));
		assertThat(this.limiter.bytesPerSecond()).isCloseTo(2_250_000, within(1.0));
		// The refused request's own interval first, for the topic to have room.
		long wait = this.limiter.reserve(100, 125_000);
		assertThat(Duration.ofNanos(wait)).isBetween(Duration.ofMillis(55), Duration.ofMillis(56));
		assertThat(this.limiter.reserve(100, 125_000)).isEqualTo(2 * wait);
		assertThat(this.limiter.reserve(100, 125_000)).isEqualTo(3 * wait);
	}

	@Test
	void pacesOnWhicheverRateTheRequestReachesFirst() {
		acceptOverOneSecond(10, 100, 1_000);
		this.limiter.throttled(100, 125_000);
		this.limiter.reserve(1, 1);

		long manyBytes = this.limiter.reserve(1, 9_000);
		assertThat(Duration.ofNanos(this.limiter.reserve(1, 1) - manyBytes)).isBetween(Duration.ofMillis(999),
				Duration.ofMillis(1_001));
	}

	@Test
	void ignoresFurtherTooManyRequestsWithinASecondThenSlowsToWhatWasAccepted() {
		acceptOverOneSecond(20, 100, 100_000);
		this.limiter.throttled(100, 125_000);
		double first = this.limiter.eventsPerSecond();
		this.limiter.throttled(100, 125_000);
		assertThat(this.limiter.eventsPerSecond()).isEqualTo(first);

		advance(Duration.ofMillis(1_100));
		for (int i = 0; i < 10; i++) {
			this.limiter.accepted(100, 100_000);
		}
		this.limiter.throttled(100, 125_000);
		assertThat(this.limiter.eventsPerSecond()).isCloseTo(1_000 * 0.95, within(0.1));
	}

	@Test
	void neverSlowsByMoreThanHalfAtOnce() {
		acceptOverOneSecond(20, 100, 100_000);
		this.limiter.throttled(100, 125_000);
		advance(Duration.ofSeconds(2));
		this.limiter.throttled(100, 125_000);
		assertThat(this.limiter.eventsPerSecond()).isCloseTo(900, within(0.1));
	}

	@Test
	void doesNotStartPacingWhenNothingOfItsOwnWasAccepted() {
		this.limiter.throttled(100, 125_000);
		assertThat(this.limiter.isLimiting()).isFalse();
		assertThat(this.limiter.reserve(100, 100_000)).isZero();
	}

	@Test
	void speedsUpByTwoPercentForEachSecondThatRequestsWaitedWithoutRefusal() {
		acceptOverOneSecond(10, 100, 100_000);
		this.limiter.throttled(100, 125_000);
		double start = this.limiter.eventsPerSecond();
		for (int second = 0; second < 5; second++) {
			for (int i = 0; i < 20; i++) {
				this.limiter.reserve(100, 100_000);
				advance(Duration.ofMillis(50));
			}
		}
		assertThat(this.limiter.eventsPerSecond()).isBetween(start * 1.02 * 1.02 * 1.02, start * Math.pow(1.02, 5));
	}

	@Test
	void letsGoAfterTenSecondsWithoutWaitingOrRefusal() {
		acceptOverOneSecond(10, 100, 100_000);
		this.limiter.throttled(100, 125_000);
		advance(Duration.ofSeconds(11));
		assertThat(this.limiter.reserve(100, 100_000)).isZero();
		assertThat(this.limiter.isLimiting()).isFalse();
	}

	@Test
	void holdsAConfiguredRateWithoutAnyRefusal() {
		RateLimiter fixed = new RateLimiter(new RateLimitSettings(true, 1_000, 0), this.now::get);
		assertThat(fixed.isLimiting()).isTrue();
		assertThat(fixed.reserve(100, 1_000_000)).isZero();
		assertThat(Duration.ofNanos(fixed.reserve(100, 1_000_000))).isEqualTo(Duration.ofMillis(100));
		advance(Duration.ofSeconds(30));
		assertThat(fixed.isLimiting()).isTrue();
		assertThat(fixed.eventsPerSecond()).isEqualTo(1_000);
	}

	@Test
	void slowsBelowTheConfiguredRateWhenRefusedButNeverSpeedsUpAboveIt() {
		RateLimiter fixed = new RateLimiter(new RateLimitSettings(true, 0, 10_000), this.now::get);
		acceptOverOneSecond(fixed, 10, 10, 1_000);
		fixed.throttled(10, 1_000);
		assertThat(fixed.bytesPerSecond()).isEqualTo(9_500);
		for (int i = 0; i < 100; i++) {
			fixed.reserve(10, 1_000);
			advance(Duration.ofMillis(50));
		}
		assertThat(fixed.bytesPerSecond()).isEqualTo(10_000);
	}

	@Test
	void ignoresTooManyRequestsWhenNotAdaptive() {
		RateLimiter fixed = new RateLimiter(new RateLimitSettings(false, 0, 0), this.now::get);
		acceptOverOneSecond(fixed, 10, 100, 100_000);
		fixed.throttled(100, 125_000);
		assertThat(fixed.isLimiting()).isFalse();
		assertThat(RateLimiter.none().isLimiting()).isFalse();
	}

	@Test
	void refusesNegativeRates() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RateLimitSettings(true, -1, 0))
			.withMessageContaining("'maxEventsPerSecond' must not be negative");
	}

	private void acceptOverOneSecond(int requests, int events, long bytes) {
		acceptOverOneSecond(this.limiter, requests, events, bytes);
	}

	private void acceptOverOneSecond(RateLimiter target, int requests, int events, long bytes) {
		for (int i = 0; i < requests; i++) {
			target.accepted(events, bytes);
			advance(Duration.ofNanos(900_000_000L / requests));
		}
	}

	private void advance(Duration duration) {
		this.now.addAndGet(duration.toNanos());
	}

}
