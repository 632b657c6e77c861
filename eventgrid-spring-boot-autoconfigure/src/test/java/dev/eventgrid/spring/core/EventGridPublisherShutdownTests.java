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
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import dev.eventgrid.emulator.model.ReceivedEvent;
import dev.eventgrid.spring.EventGridPartialSendException;
import dev.eventgrid.spring.EventGridShutdownException;
import dev.eventgrid.spring.event.CloudEvent;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Tests of {@link EventGridPublisher#stop(Duration)} against the emulator: new sends are
 * refused, running sends start no new request, requests in flight finish or are cancelled
 * at the deadline, and every event not accepted is reported.
 *
 * @author Event Grid for Spring Boot team
 */
class EventGridPublisherShutdownTests {

	@RegisterExtension
	static final EmulatorFixture fixture = new EmulatorFixture();

	@Test
	void aSendAfterShutdownBeganIsRefusedUntilThePublisherStartsAgain() {
		try (EventGridPublisher publisher = fixture.publisher(EmulatorFixture.CE).build()) {
			publisher.stop(Duration.ofSeconds(1)).block(Duration.ofSeconds(5));
			Throwable refused = catchThrowable(() -> publisher.send(List.of(event(0))).block());
			assertThat(refused).isInstanceOf(EventGridShutdownException.class)
				.hasMessageStartingWith("Publisher 'ce-topic' is shutting down and takes no new send");
			assertThat(((EventGridShutdownException) refused).getTakenEventCount()).isZero();
			assertThat(fixture.emulator.acceptedEventCount(EmulatorFixture.CE)).isZero();
			publisher.start();
			assertThat(publisher.send(List.of(event(1))).block()).extracting(SendResult::eventCount).isEqualTo(1);
		}
	}

	@Test
	void aStreamStoppedMidwayReportsExactlyTheEventsNotAccepted() throws Exception {
		int offered = 5_000;
		fixture.emulator.faults().delayNext(Integer.MAX_VALUE, Duration.ofMillis(50));
		try (EventGridPublisher publisher = fixture.publisher(EmulatorFixture.CE)
			.maxRequestSize(DataSize.ofKilobytes(8))
			.concurrency(2)
			.build()) {
			CompletableFuture<Object> outcome = outcome(publisher.send(Flux.range(0, offered).map(this::event)));
			fixture.emulator.awaitEvents(EmulatorFixture.CE, offered / 10, Duration.ofSeconds(10));
			publisher.stop(Duration.ofSeconds(5)).block(Duration.ofSeconds(10));
			assertThat(outcome).isDone();
			Object result = outcome.get();
			assertThat(result).isInstanceOf(EventGridPartialSendException.class);
			EventGridPartialSendException partial = (EventGridPartialSendException) result;
			assertThat(partial.getCause()).isInstanceOf(EventGridShutdownException.class);
			int taken = ((EventGridShutdownException) partial.getCause()).getTakenEventCount();
			BitSet accepted = received();
			assertThat(indexes(partial.getAcceptedIndexes())).isEqualTo(accepted);
			BitSet reported = indexes(partial.getFailedIndexes());
			reported.set(taken, offered);
			assertThat(reported.intersects(accepted)).isFalse();
			assertThat(accepted.cardinality() + reported.cardinality()).isEqualTo(offered);
			assertThat(taken).isLessThan(offered);
		}
	}

	@Test
	void requestsStillInFlightAtTheDeadlineAreCancelledAndTheirEventsReported() throws Exception {
		fixture.emulator.faults().delayNext(Integer.MAX_VALUE, Duration.ofSeconds(5));
		try (EventGridPublisher publisher = fixture.publisher(EmulatorFixture.CE)
			.maxRequestSize(DataSize.ofKilobytes(4))
			.concurrency(2)
			.build()) {
			List<CloudEvent> events = IntStream.range(0, 100).mapToObj(this::event).toList();
			CompletableFuture<Object> several = outcome(publisher.send(events));
			CompletableFuture<Object> one = outcome(publisher.send(List.of(event(100))));
			fixture.emulator.awaitEvents(EmulatorFixture.CE, 1, Duration.ofSeconds(10));
			long start = System.nanoTime();
			publisher.stop(Duration.ofMillis(300)).block(Duration.ofSeconds(5));
			assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(2_000);
			assertThat(several).isDone();
			assertThat(one).isDone();
			assertThat(several.get()).isInstanceOf(EventGridShutdownException.class)
				.extracting((ex) -> ((EventGridShutdownException) ex).getTakenEventCount())
				.isEqualTo(100);
			assertThat(one.get()).asInstanceOf(InstanceOfAssertFactories.THROWABLE)
				.isInstanceOf(EventGridShutdownException.class)
				.hasMessageContaining("cancelled the request of 1 event(s) still in flight at the deadline");
		}
	}

	private CloudEvent event(int index) {
		return CloudEvent.builder().id("e" + index).source("/shutdown").type("t").data(Map.of("n", index)).build();
	}

	private static CompletableFuture<Object> outcome(Mono<SendResult> send) {
		return send.cast(Object.class).onErrorResume(Mono::just).toFuture();
	}

	private static BitSet received() {
		BitSet received = new BitSet();
		for (ReceivedEvent event : fixture.emulator.receivedEvents(EmulatorFixture.CE)) {
			received.set(Integer.parseInt(event.text("id").substring(1)));
		}
		return received;
	}

	private static BitSet indexes(List<Integer> indexes) {
		BitSet set = new BitSet();
		indexes.forEach(set::set);
		return set;
	}

}
