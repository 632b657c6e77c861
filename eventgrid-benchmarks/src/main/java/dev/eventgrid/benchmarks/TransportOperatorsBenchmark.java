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

package dev.eventgrid.benchmarks;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.eventgrid.spring.transport.Deadlines;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.util.retry.Retry;

/**
 * JMH: what the transport's own operators cost on the path every request takes (a source
 * that signals after it was subscribed, within its deadline, at the first attempt),
 * against Reactor's operators for the same job. Decides whether the hand-written
 * {@link Deadlines} and the {@code onErrorResume} retry are kept.
 *
 * @author Event Grid for Spring Boot team
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class TransportOperatorsBenchmark {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private static final Retry RETRY = Retry.from((signals) -> signals.concatMap((signal) -> Mono.delay(TIMEOUT)));

	private Deadlines deadlines = Deadlines.acquire();

	/**
	 * Hold the shared deadlines.
	 */
	@Setup
	public void setUp() {
		this.deadlines = Deadlines.acquire();
	}

	/**
	 * Give them back.
	 */
	@TearDown
	public void tearDown() {
		this.deadlines.release();
	}

	/**
	 * Our deadline around a source that signals after it was subscribed.
	 * @return the value, consumed by JMH
	 */
	@Benchmark
	public Object deadlines() {
		Sinks.One<Integer> source = Sinks.one();
		Mono<Integer> timed = this.deadlines.within(source.asMono(), TIMEOUT, TimeoutException::new);
		return subscribeThenEmit(timed, source);
	}

	/**
	 * Reactor's {@code timeout(Duration)} around the same source.
	 * @return the value, consumed by JMH
	 */
	@Benchmark
	public Object reactorTimeout() {
		Sinks.One<Integer> source = Sinks.one();
		return subscribeThenEmit(source.asMono().timeout(TIMEOUT), source);
	}

	/**
	 * Our retry: the next attempt on error, composed with {@code onErrorResume}.
	 * @return the value, consumed by JMH
	 */
	@Benchmark
	public Object onErrorResumeRetry() {
		Sinks.One<Integer> source = Sinks.one();
		Mono<Integer> retried = Mono.defer(source::asMono).onErrorResume((ex) -> Mono.delay(TIMEOUT).thenReturn(0));
		return subscribeThenEmit(retried, source);
	}

	/**
	 * Reactor's {@code retryWhen} around the same source.
	 * @return the value, consumed by JMH
	 */
	@Benchmark
	public Object reactorRetryWhen() {
		Sinks.One<Integer> source = Sinks.one();
		return subscribeThenEmit(Mono.defer(source::asMono).retryWhen(RETRY), source);
	}

	/**
	 * The source alone, the floor of the four.
	 * @return the value, consumed by JMH
	 */
	@Benchmark
	public Object bare() {
		Sinks.One<Integer> source = Sinks.one();
		return subscribeThenEmit(source.asMono(), source);
	}

	private static Object subscribeThenEmit(Mono<Integer> mono, Sinks.One<Integer> source) {
		Integer[] result = new Integer[1];
		mono.subscribe((value) -> result[0] = value);
		source.tryEmitValue(42);
		return result;
	}

}
