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

package dev.eventgrid.spring.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import dev.eventgrid.spring.EventGridException;
import dev.eventgrid.spring.event.CloudEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.util.unit.DataSize;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * One template under load: many threads and reactive subscribers at once, a connection
 * pool that runs dry and recovers, a slow endpoint that must not make the template buffer
 * without bound, and no threads left behind after thousands of failed sends. A token
 * refreshed while sends are in flight: {@code TokenRefreshTests}.
 *
 * @author Event Grid for Spring Boot team
 */
class ConcurrencyAndResourcesTests {

	@RegisterExtension
	static final EmulatorFixture fixture = new EmulatorFixture();

	@Test
	void manyThreadsAndSubscribersShareOneTemplate() throws Exception {
		ReactiveEventGridTemplate reactive = new ReactiveEventGridTemplate(
				fixture.publisher(EmulatorFixture.CE).build());
		EventGridTemplate blocking = new EventGridTemplate(reactive);
		ExecutorService threads = Executors.newFixedThreadPool(16);
		List<Callable<SendResult>> calls = new ArrayList<>();
		for (int thread = 0; thread < 16; thread++) {
			int offset = thread * 50;
			calls.add(() -> blocking.send(events("t", offset, 50)));
		}
		List<Future<SendResult>> results = threads.invokeAll(calls);
		threads.shutdown();
		List<SendResult> reactiveResults = Flux.range(0, 32)
			.flatMap((subscriber) -> reactive.send(Flux.fromIterable(events("r", subscriber * 25, 25)))
				.subscribeOn(Schedulers.parallel()), 32)
			.collectList()
			.block();

		for (Future<SendResult> result : results) {
			assertThat(result.get().eventCount()).isEqualTo(50);
		}
		assertThat(reactiveResults).hasSize(32).allSatisfy((result) -> assertThat(result.eventCount()).isEqualTo(25));
		assertThat(fixture.emulator.receivedEvents(EmulatorFixture.CE)).hasSize(16 * 50 + 32 * 25)
			.extracting((event) -> event.text("id"))
			.doesNotHaveDuplicates();
	}

	@Test
	void recoversWhenTheConnectionPoolRunsDry() {
		ConnectionProvider pool = ConnectionProvider.builder("tiny")
			.maxConnections(2)
			.pendingAcquireMaxCount(2)
			.pendingAcquireTimeout(Duration.ofMillis(200))
			.build();
		WebClient webClient = WebClient.builder()
			.clientConnector(new ReactorClientHttpConnector(
					HttpClient.create(pool).secure((spec) -> spec.sslContext(sslContext()))))
			.build();
		ReactiveEventGridTemplate template = new ReactiveEventGridTemplate(
				fixture.publisher(EmulatorFixture.CE).webClient(webClient).maxAttempts(1).build());
		fixture.emulator.faults().delayNext(2, Duration.ofMillis(500));

		List<Throwable> failuresWhileDry = Flux.range(0, 10)
			.flatMap((i) -> template.send(events("p", i, 1)).then(Mono.<Throwable>empty()).onErrorResume(Mono::just),
					10)
			.collectList()
			.block(Duration.ofSeconds(30));
		List<SendResult> resultsAfterRecovery = Flux.range(0, 10)
			.concatMap((i) -> template.send(events("q", i, 1)))
			.collectList()
			.block(Duration.ofSeconds(30));

		assertThat(failuresWhileDry).isNotEmpty()
			.allSatisfy((ex) -> assertThat(ex).isInstanceOf(EventGridException.class)
				.hasMessageContaining("could not be sent after 1 attempt: PoolAcquire"));
		assertThat(resultsAfterRecovery).hasSize(10);
		pool.dispose();
	}

	@Test
	void aSlowEndpointHoldsBackTheStreamInsteadOfBufferingIt() {
		fixture.emulator.faults().delayNext(1000, Duration.ofMillis(500));
		ReactiveEventGridTemplate template = new ReactiveEventGridTemplate(fixture.publisher(EmulatorFixture.CE)
			.maxRequestSize(DataSize.ofKilobytes(4))
			.concurrency(2)
			.tryTimeout(Duration.ofSeconds(5))
			.build());
		AtomicLong eventsPulled = new AtomicLong();
		Flux<CloudEvent> endless = Flux.range(0, Integer.MAX_VALUE)
			.map((i) -> CloudEvent.builder().id("s" + i).source("/s").type("t").data(i).build())
			.doOnNext((event) -> eventsPulled.incrementAndGet());

		Disposable sending = template.send(endless).subscribe();
		try {
			sleep(Duration.ofSeconds(2));
			long pulledAfterTwoSeconds = eventsPulled.get();
			sleep(Duration.ofSeconds(1));

			// at most a few requests' worth of events in flight or waiting: ~28 fit in 4
			// KB
			assertThat(pulledAfterTwoSeconds).isLessThan(1_000);
			assertThat(eventsPulled.get() - pulledAfterTwoSeconds).isLessThan(500);
		}
		finally {
			sending.dispose();
		}
		long pulledWhenDisposed = eventsPulled.get();
		fixture.emulator.faults().clear();
		sleep(Duration.ofMillis(500));
		assertThat(eventsPulled.get() - pulledWhenDisposed).isLessThan(100);
	}

	@Test
	void aDeadEndpointEndsABlockingSendWithAClearError() {
		EventGridTemplate template = new EventGridTemplate(
				new ReactiveEventGridTemplate(EventGridPublisher.builder("http://127.0.0.1:9/api/events")
					.credential(fixture.accessKey(EmulatorFixture.CE))
					.maxAttempts(2)
					.initialBackoff(Duration.ofMillis(10))
					.build()));

		assertThatExceptionOfType(EventGridException.class).isThrownBy(() -> template.send(events("d", 0, 1)))
			.withMessageContaining("could not be sent after 2 attempts")
			.withMessageContaining("Connection refused");
	}

	@Test
	void leavesNoThreadsBehindAfterTenThousandFailedSends() {
		ReactiveEventGridTemplate template = new ReactiveEventGridTemplate(
				fixture.publisher(EmulatorFixture.CE).build());
		template.send(events("warm", 0, 1)).block();
		int threadsBefore = Thread.activeCount();
		fixture.emulator.faults().failNext(10_000, 400);

		long failedSends = Flux.range(0, 10_000)
			.flatMap((i) -> template.send(events("f", i, 1)).then(Mono.just(false)).onErrorReturn(true), 64)
			.filter((failed) -> failed)
			.count()
			.block(Duration.ofSeconds(120));

		assertThat(failedSends).isEqualTo(10_000);
		assertThat(fixture.emulator.requests()).hasSize(10_001);
		assertThat(Thread.activeCount()).isLessThanOrEqualTo(threadsBefore + 4);
		assertThat(template.send(events("after", 0, 1)).block()).isNotNull();
	}

	private static io.netty.handler.ssl.SslContext sslContext() {
		try {
			return io.netty.handler.ssl.SslContextBuilder.forClient()
				.trustManager(fixture.emulator.trustManagerFactory())
				.build();
		}
		catch (javax.net.ssl.SSLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static List<CloudEvent> events(String prefix, int offset, int count) {
		return IntStream.range(offset, offset + count)
			.mapToObj((i) -> CloudEvent.builder().id(prefix + i).source("/s").type("t").data(i).build())
			.toList();
	}

}
