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
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link RetryPolicy}.
 *
 * @author Event Grid for Spring Boot team
 */
class RetryPolicyTests {

	private final RetryPolicy policy = new RetryPolicy(new TimeScale(1));

	@Test
	void followsEventGridsScheduleThenEveryTwelveHours() {
		assertThat(IntStream.rangeClosed(1, 12).mapToObj((attempts) -> this.policy.delayAfter(attempts, 500)))
			.containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMinutes(1),
					Duration.ofMinutes(5), Duration.ofMinutes(10), Duration.ofMinutes(30), Duration.ofHours(1),
					Duration.ofHours(3), Duration.ofHours(6), Duration.ofHours(12), Duration.ofHours(12),
					Duration.ofHours(12));
	}

	@Test
	void waitsAtLeastTheMinimumDelayOfTheStatus() {
		assertThat(this.policy.delayAfter(1, 503)).isEqualTo(Duration.ofSeconds(30));
		assertThat(this.policy.delayAfter(1, 408)).isEqualTo(Duration.ofMinutes(2));
		assertThat(this.policy.delayAfter(3, 408)).isEqualTo(Duration.ofMinutes(2));
		assertThat(this.policy.delayAfter(4, 408)).isEqualTo(Duration.ofMinutes(5));
		assertThat(this.policy.delayAfter(1, 0)).isEqualTo(Duration.ofSeconds(10));
	}

	@Test
	void neverRetriesBadRequestsForbiddenAndTooLargeNorUnauthorizedWebhooks() {
		assertThat(this.policy.isRetriable(400, EndpointType.WEBHOOK)).isFalse();
		assertThat(this.policy.isRetriable(403, EndpointType.WEBHOOK)).isFalse();
		assertThat(this.policy.isRetriable(413, EndpointType.STORAGE_QUEUE)).isFalse();
		assertThat(this.policy.isRetriable(401, EndpointType.WEBHOOK)).isFalse();
		assertThat(this.policy.isRetriable(401, EndpointType.SERVICE_BUS_QUEUE)).isTrue();
		assertThat(this.policy.isRetriable(404, EndpointType.WEBHOOK)).isTrue();
		assertThat(this.policy.isRetriable(0, EndpointType.WEBHOOK)).isTrue();
	}

	@Test
	void dividesEveryDelayByTheTimeScale() {
		RetryPolicy fast = new RetryPolicy(new TimeScale(1000));
		assertThat(fast.delayAfter(1, 500)).isEqualTo(Duration.ofMillis(10));
		assertThat(fast.delayAfter(1, 503)).isEqualTo(Duration.ofMillis(30));
		assertThat(fast.scale(Duration.ofMinutes(1440))).isEqualTo(Duration.ofMillis(86_400));
		assertThatIllegalArgumentException().isThrownBy(() -> new TimeScale(-1));
	}

	@Test
	void classifiesStatusesAsTheServiceNamesThem() {
		assertThat(DeliveryOutcome.forStatus(204)).isEqualTo(DeliveryOutcome.DELIVERED);
		assertThat(DeliveryOutcome.forStatus(205)).isEqualTo(DeliveryOutcome.GENERIC_ERROR);
		assertThat(DeliveryOutcome.forStatus(429)).isEqualTo(DeliveryOutcome.BUSY);
		assertThat(DeliveryOutcome.forStatus(408).serviceName()).isEqualTo("TimedOut");
		assertThat(DeliveryOutcome.forStatus(404).serviceName()).isEqualTo("NotFound");
	}

}
