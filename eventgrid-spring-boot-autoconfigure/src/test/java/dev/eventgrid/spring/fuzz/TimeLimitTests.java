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

package dev.eventgrid.spring.fuzz;

import java.time.Duration;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.TryExecutionResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link TimeLimit} bounds each try: a try that outlasts its limit fails, and the
 * properties of an annotated class run under the hook.
 *
 * @author Event Grid for Spring Boot team
 */
@TimeLimit(perTry = 5, perProperty = 30)
class TimeLimitTests {

	@Property(tries = 3)
	void runsEachTryOnAThreadThatCanBeAbandoned(@ForAll int any) {
		assertThat(Thread.currentThread().getName()).startsWith(TimeLimitHook.THREAD_PREFIX);
	}

	@Example
	void failsATryThatOutlastsItsLimit() {
		long start = System.nanoTime();
		TryExecutionResult result = TimeLimitHook.within(Duration.ofMillis(200), () -> {
			sleep(Duration.ofSeconds(30));
			return TryExecutionResult.satisfied();
		});
		assertThat(result.isFalsified()).isTrue();
		assertThat(result.throwable()).get().asString().contains("The try took longer than PT0.2S");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
	}

	@Example
	void passesOnWhatATryReturnsInTime() {
		assertThat(TimeLimitHook.within(Duration.ofSeconds(5), TryExecutionResult::satisfied).isSatisfied()).isTrue();
		IllegalStateException failure = new IllegalStateException("refused");
		assertThat(TimeLimitHook.within(Duration.ofSeconds(5), () -> {
			throw failure;
		}).throwable()).contains(failure);
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
