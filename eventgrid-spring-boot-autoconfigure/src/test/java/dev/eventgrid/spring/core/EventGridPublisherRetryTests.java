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
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import dev.eventgrid.emulator.fault.Fault;
import dev.eventgrid.emulator.fault.FaultRule;
import dev.eventgrid.emulator.fault.RetryAfterHeader;
import dev.eventgrid.emulator.model.RecordedRequest;
import dev.eventgrid.spring.EventGridAuthenticationException;
import dev.eventgrid.spring.EventGridException;
import dev.eventgrid.spring.EventGridPartialSendException;
import dev.eventgrid.spring.EventGridPayloadTooLargeException;
import dev.eventgrid.spring.EventGridThrottledException;
import dev.eventgrid.spring.event.CloudEvent;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests of what a publisher retries, how long it waits, and what it reports when a
 * request fails, using the emulator's fault injection.
 *
 * @author Event Grid for Spring Boot team
 */
class EventGridPublisherRetryTests {

	@RegisterExtension
	static final EmulatorFixture fixture = new EmulatorFixture();

	@ParameterizedTest
	@ValueSource(ints = { 408, 429, 500, 502, 503, 504 })
	void retriesTransientStatusesUntilAccepted(int status) {
		fixture.emulator.faults().failNext(2, status);

		SendResult result = template(publisher()).send(events(3));

		assertThat(result.attempts()).isEqualTo(3);
		assertThat(result.eventCount()).isEqualTo(3);
		assertThat(statuses()).containsExactly(status, status, 200);
		assertThat(fixture.emulator.receivedEvents(EmulatorFixture.CE)).hasSize(3);
	}

	@ParameterizedTest
	@ValueSource(ints = { 400, 401, 403, 404, 413, 501, 505 })
	void doesNotRetryStatusesThatCannotSucceed(int status) {
		fixture.emulator.faults().failNext(1, status);

		assertThatExceptionOfType(EventGridException.class).isThrownBy(() -> template(publisher()).send(events(2)))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(status);
				assertThat(ex.getMessage()).contains("after 1 attempt").contains("with " + status);
				assertThat(ex.getRequestId()).isNotBlank();
			});
		assertThat(statuses()).containsExactly(status);
	}

	@Test
	void mapsRefusalsToActionableExceptions() {
		fixture.emulator.faults().failNext(1, 401).failNext(1, 403).failNext(1, 413).failNext(4, 429);
		EventGridTemplate template = template(publisher().maxAttempts(4));

		assertThatExceptionOfType(EventGridAuthenticationException.class).isThrownBy(() -> template.send(events(1)))
			.withMessageContaining("check the access key for this topic");
		assertThatExceptionOfType(EventGridAuthenticationException.class).isThrownBy(() -> template.send(events(1)))
			.withMessageContaining("network rules or role assignments");
		assertThatExceptionOfType(EventGridPayloadTooLargeException.class).isThrownBy(() -> template.send(events(1)))
			.withMessageContaining("lower eventgrid.batch.max-request-size");
		assertThatExceptionOfType(EventGridThrottledException.class).isThrownBy(() -> template.send(events(1)))
			.withMessageContaining("after 4 attempts");
	}

	@ParameterizedTest
	@EnumSource(RetryAfterHeader.class)
	void waitsAsLongAsTheServiceAsks(RetryAfterHeader header) {
		fixture.emulator.faults().failNext(1, 429, Duration.ofMillis(1000), header);
		long start = System.nanoTime();

		template(publisher()).send(events(1));

		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
		assertThat(statuses()).containsExactly(429, 200);
	}

	@Test
	void backsOffExponentiallyWithoutRetryAfter() {
		fixture.emulator.faults().failNext(3, 503);
		long start = System.nanoTime();

		template(publisher().initialBackoff(Duration.ofMillis(100)).maxBackoff(Duration.ofSeconds(1))).send(events(1));

		// 100, 200 and 400 ms, each within 20% jitter
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(560));
		List<RecordedRequest> requests = fixture.emulator.requests();
		assertThat(gap(requests, 2, 3)).isGreaterThan(gap(requests, 0, 1));
	}

	@Test
	void givesUpAfterTheConfiguredAttempts() {
		fixture.emulator.faults().failNext(10, 503);

		assertThatExceptionOfType(EventGridException.class)
			.isThrownBy(() -> template(publisher().maxAttempts(3)).send(events(2)))
			.withMessageStartingWith("Publisher 'ce-topic' request 1 (2 events at indexes 0..1, ")
			.withMessageContaining("was refused after 3 attempts with 503");
		assertThat(statuses()).containsExactly(503, 503, 503);
	}

	@Test
	void retriesAnAttemptThatTimesOut() {
		fixture.emulator.faults().delayNext(1, Duration.ofSeconds(2));

		SendResult result = template(publisher().tryTimeout(Duration.ofMillis(300))).send(events(1));

		assertThat(result.attempts()).isEqualTo(2);
	}

	@Test
	void failsWhenTheWholeRequestTakesTooLong() {
		fixture.emulator.faults().delayNext(10, Duration.ofSeconds(2));

		assertThatExceptionOfType(EventGridException.class)
			.isThrownBy(() -> template(publisher().tryTimeout(Duration.ofMillis(200)).timeout(Duration.ofMillis(700)))
				.send(events(1)))
			.withMessageContaining("did not complete within PT0.7S")
			.withMessageContaining("last failure: TimeoutException");
	}

	@Test
	void retriesAConnectionDroppedBeforeAResponse() {
		fixture.emulator.faults().dropConnectionBeforeResponse(1);

		SendResult result = template(publisher()).send(events(2));

		assertThat(result.attempts()).isEqualTo(2);
		assertThat(fixture.emulator.receivedEvents(EmulatorFixture.CE)).hasSize(2);
	}

	@Test
	void resendsEventsAcceptedBeforeTheConnectionDropped() {
		fixture.emulator.faults().dropConnectionAfterAccept(1);

		SendResult result = template(publisher()).send(events(2));

		assertThat(result.attempts()).isEqualTo(2);
		// at-least-once: the first attempt was accepted, then its answer was lost
		assertThat(fixture.emulator.receivedEvents(EmulatorFixture.CE)).hasSize(4);
	}

	@Test
	void reportsExactlyWhichEventsWereAcceptedWhenALaterRequestFails() {
		fixture.emulator.faults().add(new FailRequests(2, 400));
		List<CloudEvent> events = events(30);
		EventGridTemplate template = template(publisher().maxRequestSize(DataSize.ofBytes(1200)));

		EventGridPartialSendException ex = assertThatExceptionOfType(EventGridPartialSendException.class)
			.isThrownBy(() -> template.send(events))
			.actual();

		int firstRequest = fixture.emulator.receivedEvents(EmulatorFixture.CE).size();
		assertThat(firstRequest).isBetween(1, 29);
		assertThat(ex.getAcceptedIndexes())
			.containsExactlyElementsOf(IntStream.range(0, firstRequest).boxed().toList());
		assertThat(ex.getFailedIndexes()).containsExactlyElementsOf(IntStream.range(firstRequest, 30).boxed().toList());
		assertThat(ex.getFailedEvents()).containsExactlyElementsOf(events.subList(firstRequest, 30));
		assertThat(ex.getStatusCode()).isEqualTo(400);
		assertThat(ex.getCause()).isInstanceOf(EventGridException.class);
		assertThat(ex.getMessage()).contains(firstRequest + " accepted",
				(30 - firstRequest) + " not known to be accepted");

		template.send(ex.getFailedEvents());
		assertThat(fixture.emulator.receivedEvents(EmulatorFixture.CE)).extracting((event) -> event.text("id"))
			.containsExactlyElementsOf(events.stream().map(CloudEvent::getId).toList());
	}

	@Test
	void reportsEventsWhoseAnswersWereLostAsNotKnownToBeAcceptedThoughTheyWere() {
		AtomicInteger seen = new AtomicInteger();
		// Request 2 is accepted twice, and both answers are lost: its retries run out.
		fixture.emulator.faults()
			.add((topic) -> (seen.incrementAndGet() == 2 || seen.get() == 3) ? new Fault.DropAfterAccept() : null);
		List<CloudEvent> events = events(30);
		EventGridTemplate template = template(publisher().maxRequestSize(DataSize.ofBytes(1200)).maxAttempts(2));

		EventGridPartialSendException ex = assertThatExceptionOfType(EventGridPartialSendException.class)
			.isThrownBy(() -> template.send(events))
			.actual();

		Map<String, Long> received = fixture.emulator.receivedEvents(EmulatorFixture.CE)
			.stream()
			.collect(Collectors.groupingBy((event) -> event.text("id"), Collectors.counting()));
		List<String> reportedButAccepted = ex.getFailedEvents()
			.stream()
			.map((event) -> ((CloudEvent) event).getId())
			.filter(received::containsKey)
			.toList();
		assertThat(reportedButAccepted).isNotEmpty()
			.allSatisfy((id) -> assertThat(received.get(id)).isEqualTo(2))
			.containsExactlyElementsOf(events
				.subList(ex.getAcceptedIndexes().size(), ex.getAcceptedIndexes().size() + reportedButAccepted.size())
				.stream()
				.map(CloudEvent::getId)
				.toList());
		assertThat(ex.getMessage()).contains("not known to be accepted", "may duplicate any whose answer was lost");

		template.send(ex.getFailedEvents());
		assertThat(fixture.emulator.receivedEvents(EmulatorFixture.CE)).extracting((event) -> event.text("id"))
			.containsAll(events.stream().map(CloudEvent::getId).toList())
			.filteredOn(reportedButAccepted::contains)
			.hasSize(3 * reportedButAccepted.size());
	}

	@Test
	void reportsTheFailureItselfWhenNothingWasAccepted() {
		fixture.emulator.faults().failNext(1, 400);

		assertThatExceptionOfType(EventGridException.class)
			.isThrownBy(() -> template(publisher().maxRequestSize(DataSize.ofBytes(1200))).send(events(30)))
			.isNotInstanceOf(EventGridPartialSendException.class)
			.withMessageContaining("request 1");
		assertThat(fixture.emulator.requests()).hasSize(1);
	}

	@Test
	void keepsRequestsInFlightToTheEndWhenOneFailsUnderConcurrency() {
		fixture.emulator.faults().add(new FailRequests(3, 400));
		List<CloudEvent> events = events(60);
		EventGridTemplate template = template(publisher().maxRequestSize(DataSize.ofBytes(1200)).concurrency(4));

		EventGridPartialSendException ex = assertThatExceptionOfType(EventGridPartialSendException.class)
			.isThrownBy(() -> template.send(events))
			.actual();

		List<String> received = fixture.emulator.receivedEvents(EmulatorFixture.CE)
			.stream()
			.map((event) -> event.text("id"))
			.toList();
		assertThat(ex.getAcceptedIndexes()).extracting((index) -> events.get(index).getId())
			.containsExactlyInAnyOrderElementsOf(received);
		assertThat(ex.getAcceptedIndexes().size() + ex.getFailedIndexes().size()).isEqualTo(60);
	}

	private static long gap(List<RecordedRequest> requests, int first, int second) {
		return Duration.between(requests.get(first).receivedAt(), requests.get(second).receivedAt()).toMillis();
	}

	private static List<Integer> statuses() {
		return fixture.emulator.requests().stream().map(RecordedRequest::status).toList();
	}

	private static EventGridPublisher.Builder publisher() {
		return fixture.publisher(EmulatorFixture.CE);
	}

	private static EventGridTemplate template(EventGridPublisher.Builder publisher) {
		return new EventGridTemplate(new ReactiveEventGridTemplate(publisher.build()));
	}

	static List<CloudEvent> events(int count) {
		return IntStream.range(0, count)
			.mapToObj((i) -> CloudEvent.builder().id("event-" + i).source("/s").type("t").data("payload " + i).build())
			.toList();
	}

	/**
	 * Fails the n-th request it sees (from 1), and passes the others.
	 */
	static final class FailRequests implements FaultRule {

		private final AtomicInteger seen = new AtomicInteger();

		private final int failing;

		private final int status;

		FailRequests(int failing, int status) {
			this.failing = failing;
			this.status = status;
		}

		@Override
		public @Nullable Fault select(String topic) {
			return (this.seen.incrementAndGet() == this.failing)
					? new Fault.Fail(this.status, null, RetryAfterHeader.RETRY_AFTER) : null;
		}

	}

}
