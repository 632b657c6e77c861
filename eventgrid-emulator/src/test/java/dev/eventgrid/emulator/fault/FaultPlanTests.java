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
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The fault plan asks its rules in order, drops used-up rules and scopes rules to topics.
 *
 * @author Event Grid for Spring Boot team
 */
class FaultPlanTests {

	private final FaultPlan plan = new FaultPlan();

	@Test
	void givesEachCountedFaultExactlyCountTimesInOrder() {
		this.plan.failNext(2, 503).delayNext(1, Duration.ofSeconds(1));
		assertThat(faults("orders", 4)).containsExactly(new Fault.Fail(503, null, RetryAfterHeader.RETRY_AFTER),
				new Fault.Fail(503, null, RetryAfterHeader.RETRY_AFTER), new Fault.Delay(Duration.ofSeconds(1)), null);
		assertThat(this.plan.rules()).isEmpty();
	}

	@Test
	void appliesScopedRulesOnlyToTheirTopic() {
		this.plan.forTopic("Billing").dropConnectionBeforeResponse(1);
		this.plan.dropConnectionAfterAccept(1);
		assertThat(this.plan.next("orders")).isEqualTo(new Fault.DropAfterAccept());
		assertThat(this.plan.next("orders")).isNull();
		assertThat(this.plan.next("billing")).isEqualTo(new Fault.DropBeforeResponse());
	}

	@Test
	void clearsAllRulesOrOnlyThoseOfAScope() {
		this.plan.failNext(1, 500).forTopic("billing").failNext(1, 502);
		this.plan.forTopic("billing").clear();
		assertThat(this.plan.rules()).hasSize(1);
		this.plan.clear();
		assertThat(this.plan.rules()).isEmpty();
	}

	@Test
	void acceptsCustomRulesSuchAsASeededRandomFailure() {
		this.plan.add(new RandomFailure(new Random(42), 0.3, new Fault.Fail(503, null, RetryAfterHeader.RETRY_AFTER)));
		long failures = faults("orders", 1000).stream().filter((fault) -> fault != null).count();
		assertThat(failures).isBetween(250L, 350L);
	}

	@Test
	void rejectsNonErrorStatusesAndEmptyCounts() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.plan.failNext(1, 200));
		assertThatIllegalArgumentException().isThrownBy(() -> this.plan.failNext(0, 503));
	}

	private List<@Nullable Fault> faults(String topic, int requests) {
		List<@Nullable Fault> faults = new ArrayList<>();
		for (int i = 0; i < requests; i++) {
			faults.add(this.plan.next(topic));
		}
		return faults;
	}

	private static final class RandomFailure implements FaultRule {

		private final Random random;

		private final double probability;

		private final Fault fault;

		RandomFailure(Random random, double probability, Fault fault) {
			this.random = random;
			this.probability = probability;
			this.fault = fault;
		}

		@Override
		public synchronized @Nullable Fault select(String topic) {
			return (this.random.nextDouble() < this.probability) ? this.fault : null;
		}

	}

}
