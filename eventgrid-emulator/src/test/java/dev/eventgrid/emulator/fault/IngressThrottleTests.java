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
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link IngressThrottle} and {@link IngressLimit}.
 *
 * @author Event Grid for Spring Boot team
 */
class IngressThrottleTests {

	private final AtomicLong now = new AtomicLong(1_000_000_000L);

	@Test
	void acceptsOneSecondOfEventsAtOnceThenRefusesUntilTheBucketRefills() {
		IngressThrottle throttle = new IngressThrottle(IngressLimit.of(10, 1_000_000), Map.of(), this.now::get);
		assertThat(throttle.tryAcquire("orders", 6, 100)).isNull();
		assertThat(throttle.tryAcquire("orders", 4, 100)).isNull();
		assertThat(throttle.tryAcquire("orders", 1, 100)).isEqualTo(IngressLimit.of(10, 1_000_000));
		advance(Duration.ofMillis(100));
		assertThat(throttle.tryAcquire("orders", 1, 100)).isNull();
		assertThat(throttle.tryAcquire("orders", 1, 100)).isNotNull();
	}

	@Test
	void refusesOnBytesWhenTheyRunOutBeforeEvents() {
		IngressThrottle throttle = new IngressThrottle(IngressLimit.EVENT_GRID, Map.of(), this.now::get);
		assertThat(throttle.tryAcquire("orders", 100, 1_000_000)).isNull();
		assertThat(throttle.tryAcquire("orders", 100, 100_000)).isNotNull();
		advance(Duration.ofMillis(100));
		assertThat(throttle.tryAcquire("orders", 100, 100_000)).isNull();
	}

	@Test
	void refusedRequestsTakeNothingFromTheBuckets() {
		IngressThrottle throttle = new IngressThrottle(IngressLimit.of(10, 1_000), Map.of(), this.now::get);
		assertThat(throttle.tryAcquire("orders", 8, 10)).isNull();
		assertThat(throttle.tryAcquire("orders", 5, 10)).isNotNull();
		assertThat(throttle.tryAcquire("orders", 2, 10)).isNull();
	}

	@Test
	void neverHoldsMoreThanOneSecondOfTokens() {
		IngressThrottle throttle = new IngressThrottle(IngressLimit.of(10, 1_000_000), Map.of(), this.now::get);
		assertThat(throttle.tryAcquire("orders", 10, 1)).isNull();
		advance(Duration.ofSeconds(60));
		assertThat(throttle.tryAcquire("orders", 10, 1)).isNull();
		assertThat(throttle.tryAcquire("orders", 1, 1)).isNotNull();
	}

	@Test
	void letsARequestLargerThanTheBucketPassWhenTheBucketIsFullAndPaysItBack() {
		IngressThrottle throttle = new IngressThrottle(IngressLimit.of(5_000, 1_000), Map.of(), this.now::get);
		assertThat(throttle.tryAcquire("orders", 1, 1_500)).isNull();
		advance(Duration.ofMillis(400));
		assertThat(throttle.tryAcquire("orders", 1, 1)).isNotNull();
		advance(Duration.ofMillis(200));
		assertThat(throttle.tryAcquire("orders", 1, 1)).isNull();
	}

	@Test
	void limitsEachTopicApartAndOnlyTopicsWithALimit() {
		IngressThrottle throttle = new IngressThrottle(null, Map.of("Orders", IngressLimit.of(1, 1_000)),
				this.now::get);
		assertThat(throttle.tryAcquire("orders", 1, 10)).isNull();
		assertThat(throttle.tryAcquire("orders", 1, 10)).isNotNull();
		for (int i = 0; i < 100; i++) {
			assertThat(throttle.tryAcquire("billing", 1_000, 1_000_000)).isNull();
		}
		assertThat(throttle.limit("billing")).isNull();
		assertThat(IngressThrottle.none().tryAcquire("orders", 1_000_000, 1_000_000_000)).isNull();
	}

	@Test
	void aTopicLimitReplacesTheLimitOfAll() {
		IngressThrottle throttle = new IngressThrottle(IngressLimit.of(1, 1_000),
				Map.of("orders", IngressLimit.of(3, 1_000)), this.now::get);
		assertThat(throttle.limit("ORDERS")).isEqualTo(IngressLimit.of(3, 1_000));
		assertThat(throttle.limit("billing")).isEqualTo(IngressLimit.of(1, 1_000));
	}

	@Test
	void documentedLimitIsFiveThousandEventsOrOneMegabytePerSecondWithoutARetryDelay() {
		assertThat(IngressLimit.EVENT_GRID.eventsPerSecond()).isEqualTo(5_000);
		assertThat(IngressLimit.EVENT_GRID.bytesPerSecond()).isEqualTo(1_048_576);
		assertThat(IngressLimit.EVENT_GRID.retryAfter()).isNull();
		assertThat(IngressLimit.EVENT_GRID.withRetryAfter(Duration.ofSeconds(1), RetryAfterHeader.RETRY_AFTER_MS)
			.retryAfter()).isEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void refusesALimitOfNothing() {
		assertThatIllegalArgumentException().isThrownBy(() -> IngressLimit.of(0, 1_000))
			.withMessageContaining("at least one event and one byte per second");
	}

	private void advance(Duration duration) {
		this.now.addAndGet(duration.toNanos());
	}

}
