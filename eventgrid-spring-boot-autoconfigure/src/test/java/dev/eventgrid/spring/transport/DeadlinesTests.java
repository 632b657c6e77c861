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
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link Deadlines}.
 *
 * @author Event Grid for Spring Boot team
 */
class DeadlinesTests {

	private final Deadlines deadlines = new Deadlines();

	@Test
	void passesOnWhatSignalsInTime() {
		StepVerifier.create(this.deadlines.within(Mono.just(42), Duration.ofSeconds(5), IllegalStateException::new))
			.expectNext(42)
			.verifyComplete();
	}

	@Test
	void passesOnWhatSignalsLaterButInTime() {
		StepVerifier.create(this.deadlines.within(Mono.delay(Duration.ofMillis(20)).thenReturn(42),
				Duration.ofSeconds(5), IllegalStateException::new))
			.expectNext(42)
			.verifyComplete();
	}

	@Test
	void cancelsItsSourceWhenCancelled() {
		AtomicBoolean cancelled = new AtomicBoolean();
		Mono<Integer> never = Mono.<Integer>never().doOnCancel(() -> cancelled.set(true));
		StepVerifier.create(this.deadlines.within(never, Duration.ofSeconds(5), IllegalStateException::new))
			.thenCancel()
			.verify(Duration.ofSeconds(5));
		assertThat(cancelled).isTrue();
	}

	@Test
	void failsWithTheGivenErrorAndCancelsWhatDoesNotSignalInTime() {
		AtomicBoolean cancelled = new AtomicBoolean();
		Mono<Integer> never = Mono.<Integer>never().doOnCancel(() -> cancelled.set(true));
		long start = System.nanoTime();
		StepVerifier
			.create(this.deadlines.within(never, Duration.ofMillis(50), () -> new TimeoutException("no response")))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(TimeoutException.class).hasMessage("no response"))
			.verify(Duration.ofSeconds(5));
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(50));
		assertThat(cancelled).isTrue();
	}

	@Test
	void passesOnAnErrorSignalledInTime() {
		StepVerifier.create(this.deadlines.within(Mono.error(new IllegalArgumentException("refused")),
				Duration.ofSeconds(5), IllegalStateException::new))
			.verifyError(IllegalArgumentException.class);
	}

	@Test
	void firesAgainAfterIdling() throws InterruptedException {
		StepVerifier.create(this.deadlines.within(Mono.never(), Duration.ofMillis(20), IllegalStateException::new))
			.verifyError(IllegalStateException.class);
		Thread.sleep(50);
		StepVerifier.create(this.deadlines.within(Mono.never(), Duration.ofMillis(20), IllegalStateException::new))
			.expectError(IllegalStateException.class)
			.verify(Duration.ofSeconds(5));
	}

}
