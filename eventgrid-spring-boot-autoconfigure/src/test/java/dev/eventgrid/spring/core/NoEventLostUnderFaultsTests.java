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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import dev.eventgrid.emulator.fault.Fault;
import dev.eventgrid.emulator.fault.FaultRule;
import dev.eventgrid.emulator.fault.RetryAfterHeader;
import dev.eventgrid.emulator.model.ReceivedEvent;
import dev.eventgrid.emulator.model.RecordedRequest;
import dev.eventgrid.spring.EventGridException;
import dev.eventgrid.spring.EventGridPartialSendException;
import dev.eventgrid.spring.event.CloudEvent;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reliability guarantee, measured: 10,000 events sent through the template while 30%
 * of requests fail at random (503, 429 with a retry delay, 500, a connection dropped
 * before the response, a connection dropped after the events were accepted, a response
 * slower than the attempt timeout). Every event is accepted or reported not accepted,
 * nothing is lost; an event is sent again only after an acceptance whose answer the
 * client did not get (the emulator records whether each answer was flushed), and only
 * such events are reported not accepted although they were. Resending what was reported
 * gets everything accepted. The figures are printed and written to
 * {@code target/reliability/fault-injection.md}, the table README.md shows.
 *
 * @author Event Grid for Spring Boot team
 */
class NoEventLostUnderFaultsTests {

	static final Path FIGURES = Path.of("target", "reliability", "fault-injection.md");

	private static final int EVENTS = 10_000;

	private static final long SEED = 20261127;

	@RegisterExtension
	static final EmulatorFixture fixture = new EmulatorFixture();

	@Test
	void everyEventIsAcceptedOrReportedAndOnlyLostAnswersAreSentAgain() throws IOException {
		fixture.emulator.faults().add(new RandomFaults(new Random(SEED), 0.3));
		EventGridTemplate template = new EventGridTemplate(
				new ReactiveEventGridTemplate(fixture.publisher(EmulatorFixture.CE)
					.maxRequestSize(DataSize.ofKilobytes(4))
					.concurrency(4)
					.maxAttempts(4)
					.tryTimeout(Duration.ofMillis(500))
					// The 429s here come at random, not from a rate limit that slowing
					// down would satisfy (ThrottledPublishingTests covers that).
					.adaptiveRateLimit(false)
					.build()));
		List<CloudEvent> events = IntStream.range(0, EVENTS)
			.mapToObj((i) -> CloudEvent.builder().id("e" + i).source("/faults").type("t").data(Map.of("n", i)).build())
			.toList();

		Set<String> reported = new HashSet<>();
		int exceptions = send(template, events, reported);
		LostAnswers lostAnswers = lostAnswers();
		Figures oneSend = figures("one send", reported, exceptions, lostAnswers);
		assertThat(oneSend.lost()).isZero();
		assertThat(oneSend.accepted() + oneSend.reported() - oneSend.reportedButAccepted()).isEqualTo(EVENTS);
		assertThat((double) oneSend.faulted() / oneSend.requests()).isBetween(0.2, 0.4);
		assertThat(lostAnswers.unexplainedRepeats()).isEmpty();
		assertThat(lostAnswers.answeredAmong(reported)).isEmpty();

		int rounds = 0;
		List<CloudEvent> remaining = events.stream().filter((event) -> reported.contains(event.getId())).toList();
		while (!remaining.isEmpty() && rounds++ < 20) {
			Set<String> reportedAgain = new HashSet<>();
			exceptions += send(template, remaining, reportedAgain);
			remaining = remaining.stream().filter((event) -> reportedAgain.contains(event.getId())).toList();
		}
		Set<String> stillReported = new HashSet<>();
		remaining.forEach((event) -> stillReported.add(event.getId()));
		lostAnswers = lostAnswers();
		String resending = "resending what was reported until accepted (" + rounds
				+ ((rounds == 1) ? " round)" : " rounds)");
		Figures resent = figures(resending, stillReported, exceptions, lostAnswers);
		assertThat(resent.accepted()).isEqualTo(EVENTS);
		assertThat(resent.reported()).isZero();
		assertThat(lostAnswers.unexplainedRepeats()).isEmpty();
		write(oneSend, resent);
	}

	@Test
	void aRepeatAfterAnAnswerTheClientReceivedIsNotExplained() {
		String body = "{\"specversion\":\"1.0\",\"id\":\"twice\",\"source\":\"/s\",\"type\":\"t\"}";
		for (int attempt = 0; attempt < 2; attempt++) {
			fixture.webClient.post()
				.uri(fixture.emulator.httpsEndpoint(EmulatorFixture.CE) + "?api-version=2018-01-01")
				.header("aeg-sas-key", fixture.emulator.key(EmulatorFixture.CE))
				.header("x-ms-client-request-id", "the-same-request")
				.header("Content-Type", "application/cloudevents+json; charset=utf-8")
				.bodyValue(body)
				.retrieve()
				.toBodilessEntity()
				.block(Duration.ofSeconds(30));
		}
		assertThat(lostAnswers().unexplainedRepeats()).containsExactly("twice");
	}

	private static LostAnswers lostAnswers() {
		return LostAnswers.of(fixture.emulator.requests(), fixture.emulator.receivedEvents(EmulatorFixture.CE));
	}

	private static int send(EventGridTemplate template, List<CloudEvent> events, Set<String> reported) {
		try {
			template.send(events);
			return 0;
		}
		catch (EventGridPartialSendException ex) {
			ex.getFailedEvents().forEach((event) -> reported.add(((CloudEvent) event).getId()));
		}
		catch (EventGridException ex) {
			events.forEach((event) -> reported.add(event.getId()));
		}
		return 1;
	}

	private static Figures figures(String run, Set<String> reported, int exceptions, LostAnswers lostAnswers) {
		Map<String, Integer> received = new HashMap<>();
		for (ReceivedEvent event : fixture.emulator.receivedEvents(EmulatorFixture.CE)) {
			received.merge(event.text("id"), 1, Integer::sum);
		}
		List<RecordedRequest> requests = fixture.emulator.requests();
		int duplicates = received.values().stream().mapToInt((count) -> count - 1).sum();
		int reportedButAccepted = (int) reported.stream().filter(received::containsKey).count();
		int lost = (int) IntStream.range(0, EVENTS)
			.mapToObj((i) -> "e" + i)
			.filter((id) -> !received.containsKey(id) && !reported.contains(id))
			.count();
		Figures figures = new Figures(run, requests.size(),
				(int) requests.stream().filter((request) -> request.fault() != null).count(), lostAnswers.count(),
				received.size(), duplicates, reported.size(), reportedButAccepted, exceptions, lost);
		System.out.println("fault injection, " + figures.describe());
		return figures;
	}

	private static void write(Figures... runs) throws IOException {
		StringBuilder table = new StringBuilder(Figures.HEADER);
		for (Figures run : runs) {
			table.append(run.row());
		}
		table.append(String.format(Locale.US, "%n%,d CloudEvents, seed %d, %s (NoEventLostUnderFaultsTests)%n", EVENTS,
				SEED, Instant.now().truncatedTo(ChronoUnit.MINUTES)));
		Files.createDirectories(FIGURES.getParent());
		Files.writeString(FIGURES, table, StandardCharsets.UTF_8);
		System.out.println(table);
	}

	/**
	 * The figures of one run, as README.md shows them.
	 *
	 * @param run what was sent
	 * @param requests how many requests the emulator received, retries included
	 * @param faulted how many of them met an injected fault
	 * @param answersLost how many accepted requests the client did not get the answer of
	 * @param accepted how many distinct events were accepted
	 * @param duplicates how many times an event was accepted again
	 * @param reported how many events the exceptions reported not accepted
	 * @param reportedButAccepted how many of those were accepted all the same
	 * @param exceptions how many exceptions the sends threw
	 * @param lost how many events were neither accepted nor reported
	 */
	record Figures(String run, int requests, int faulted, int answersLost, int accepted, int duplicates, int reported,
			int reportedButAccepted, int exceptions, int lost) {

		static final String HEADER = "| Run | Requests (faulted) | Answers lost | Accepted | Duplicates "
				+ "| Reported not accepted (accepted all the same) | Lost |\n|---|---|---|---|---|---|---|\n";

		String row() {
			return String.format(Locale.US, "| %s | %,d (%,d, %.1f%%) | %,d | %,d | %,d | %,d (%,d) | **%,d** |%n",
					this.run, this.requests, this.faulted, 100.0 * this.faulted / this.requests, this.answersLost,
					this.accepted, this.duplicates, this.reported, this.reportedButAccepted, this.lost);
		}

		String describe() {
			return String.format(Locale.US,
					"%s: %,d events, %,d requests (%,d faulted), %,d answers lost, %,d accepted, %,d duplicates, "
							+ "%,d reported not accepted in %d exception(s) (%,d of them accepted), %,d lost",
					this.run, EVENTS, this.requests, this.faulted, this.answersLost, this.accepted, this.duplicates,
					this.reported, this.exceptions, this.reportedButAccepted, this.lost);
		}

	}

	/**
	 * Applies a random fault to a share of the requests, with a fixed seed.
	 */
	static final class RandomFaults implements FaultRule {

		private static final List<Fault> FAULTS = List.of(new Fault.Fail(503, null, RetryAfterHeader.RETRY_AFTER),
				new Fault.Fail(429, Duration.ofMillis(20), RetryAfterHeader.RETRY_AFTER_MS),
				new Fault.Fail(500, null, RetryAfterHeader.RETRY_AFTER), new Fault.DropBeforeResponse(),
				new Fault.DropAfterAccept(), new Fault.Delay(Duration.ofMillis(700)));

		private final Random random;

		private final double probability;

		RandomFaults(Random random, double probability) {
			this.random = random;
			this.probability = probability;
		}

		@Override
		public synchronized @Nullable Fault select(String topic) {
			return (this.random.nextDouble() < this.probability) ? FAULTS.get(this.random.nextInt(FAULTS.size()))
					: null;
		}

	}

}
