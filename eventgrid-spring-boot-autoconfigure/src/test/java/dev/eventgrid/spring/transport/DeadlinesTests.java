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
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Hooks;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Operators;
import reactor.core.publisher.Sinks;
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
	void firesAgainAfterItsThreadEnded() {
		StepVerifier.create(this.deadlines.within(Mono.never(), Duration.ofMillis(20), IllegalStateException::new))
			.verifyError(IllegalStateException.class);
		Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> !this.deadlines.isRunning());
		StepVerifier.create(this.deadlines.within(Mono.never(), Duration.ofMillis(20), IllegalStateException::new))
			.expectError(IllegalStateException.class)
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void waitsForRequestsBeforeItPassesAValueOn() {
		StepVerifier.create(this.deadlines.within(Mono.just(42), Duration.ofSeconds(5), IllegalStateException::new), 0)
			.expectSubscription()
			.expectNoEvent(Duration.ofMillis(50))
			.thenRequest(1)
			.expectNext(42)
			.verifyComplete();
	}

	@Test
	void dropsAnErrorThatComesAfterCancellation() {
		Sinks.One<Integer> source = Sinks.one();
		List<Throwable> dropped = new CopyOnWriteArrayList<>();
		Hooks.onErrorDropped(dropped::add);
		try {
			StepVerifier
				.create(this.deadlines.within(source.asMono(), Duration.ofSeconds(5), IllegalStateException::new))
				.thenCancel()
				.verify(Duration.ofSeconds(5));
			source.tryEmitError(new IllegalArgumentException("late"));
			assertThat(dropped).isEmpty();
		}
		finally {
			Hooks.resetOnErrorDropped();
		}
	}

	@Test
	void dropsWhatTheSourceSignalsAfterTheDeadline() {
		AtomicReference<CoreSubscriber<? super Integer>> sourceSubscriber = new AtomicReference<>();
		Mono<Integer> source = new Mono<>() {

			@Override
			public void subscribe(CoreSubscriber<? super Integer> actual) {
				sourceSubscriber.set(actual);
				actual.onSubscribe(Operators.emptySubscription());
			}

		};
		List<Object> droppedValues = new CopyOnWriteArrayList<>();
		List<Throwable> droppedErrors = new CopyOnWriteArrayList<>();
		Hooks.onNextDropped(droppedValues::add);
		Hooks.onErrorDropped(droppedErrors::add);
		try {
			StepVerifier.create(this.deadlines.within(source, Duration.ofMillis(20), IllegalStateException::new))
				.verifyError(IllegalStateException.class);
			sourceSubscriber.get().onNext(42);
			sourceSubscriber.get().onError(new IllegalArgumentException("late"));
			assertThat(droppedValues).containsExactly(42);
			assertThat(droppedErrors).singleElement().isInstanceOf(IllegalArgumentException.class);
		}
		finally {
			Hooks.resetOnNextDropped();
			Hooks.resetOnErrorDropped();
		}
	}

	@Test
	void signalsOnceWhenTheSourceAndTheDeadlineRace() throws InterruptedException {
		for (int i = 0; i < 200; i++) {
			Sinks.One<Integer> source = Sinks.one();
			Mono<Integer> raced = this.deadlines.within(source.asMono(), Duration.ofMillis(10),
					IllegalStateException::new);
			AtomicInteger signals = new AtomicInteger();
			CountDownLatch signalled = new CountDownLatch(1);
			raced.doFinally((signal) -> signalled.countDown())
				.subscribe((value) -> signals.incrementAndGet(), (ex) -> signals.incrementAndGet());
			LockSupport.parkNanos(Duration.ofMillis(9 + (i % 3)).toNanos());
			source.tryEmitValue(i);
			assertThat(signalled.await(5, TimeUnit.SECONDS)).isTrue();
			assertThat(signals).hasValue(1);
		}
	}

	@Test
	void endsItsThreadWhenTheLastHolderReleasesIt() {
		this.deadlines.hold();
		this.deadlines.hold();
		StepVerifier
			.create(this.deadlines.within(Mono.delay(Duration.ofMillis(30)), Duration.ofSeconds(5),
					IllegalStateException::new))
			.expectNextCount(1)
			.verifyComplete();
		assertThat(this.deadlines.isRunning()).isTrue();
		this.deadlines.release();
		assertThat(this.deadlines.isRunning()).isTrue();
		this.deadlines.release();
		assertThat(this.deadlines.isRunning()).isFalse();
	}

	@Test
	void sharesOneInstanceBetweenHolders() {
		Deadlines first = Deadlines.acquire();
		Deadlines second = Deadlines.acquire();
		try {
			assertThat(second).isSameAs(first);
		}
		finally {
			first.release();
			second.release();
		}
	}

}
