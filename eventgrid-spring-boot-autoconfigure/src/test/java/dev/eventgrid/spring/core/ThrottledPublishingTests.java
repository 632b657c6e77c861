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

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.fault.IngressLimit;
import dev.eventgrid.emulator.model.InputSchema;
import dev.eventgrid.emulator.model.RecordedRequest;
import dev.eventgrid.spring.credential.EventGridCredential;
import dev.eventgrid.spring.event.CloudEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A backlog sent to a topic whose ingress the emulator limits, as Event Grid limits it,
 * drains at the topic's limit with every event accepted once.
 *
 * @author Event Grid for Spring Boot team
 */
class ThrottledPublishingTests {

	private static final int EVENTS = 3_000;

	private static final int EVENTS_PER_SECOND = 1_000;

	private final EventGridEmulator emulator = EventGridEmulator.builder()
		.topic("throttled", InputSchema.CLOUD_EVENT_V1_0)
		.ingressLimit(IngressLimit.of(EVENTS_PER_SECOND, 100_000_000))
		.start();

	@AfterEach
	void stopEmulator() {
		this.emulator.close();
	}

	@Test
	void drainsABacklogAtTheTopicsLimitWithEveryEventAcceptedOnce() {
		long start = System.nanoTime();
		SendResult result = send(publisher().build());
		Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

		assertThat(result.eventCount()).isEqualTo(EVENTS);
		assertThat(this.emulator.acceptedEventCount("throttled")).isEqualTo(EVENTS);
		// One second's worth goes at once; the rest at the limit.
		assertThat(elapsed).isGreaterThan(Duration.ofMillis(1_500));
		List<Integer> statuses = this.emulator.requests().stream().map(RecordedRequest::status).toList();
		long throttled = statuses.stream().filter((status) -> status == 429).count();
		assertThat(statuses).containsOnly(200, 429);
		assertThat(throttled).as("429s of %d requests", statuses.size()).isLessThanOrEqualTo(statuses.size() / 10);
	}

	@Test
	void holdsAConfiguredRateWithoutBeingRefused() {
		SendResult result = send(publisher().maxEventsPerSecond(800).adaptiveRateLimit(false).build());

		assertThat(result.eventCount()).isEqualTo(EVENTS);
		assertThat(this.emulator.requests()).extracting(RecordedRequest::status).containsOnly(200);
	}

	private EventGridPublisher.Builder publisher() {
		return EventGridPublisher.builder(this.emulator.httpEndpoint("throttled"))
			.credential(EventGridCredential.accessKey(this.emulator.key("throttled")))
			.maxRequestSize(DataSize.ofKilobytes(10))
			.concurrency(4)
			.initialBackoff(Duration.ofMillis(20))
			.maxBackoff(Duration.ofMillis(80));
	}

	private SendResult send(EventGridPublisher publisher) {
		try {
			return new ReactiveEventGridTemplate(publisher)
				.send(Flux.range(0, EVENTS)
					.map((i) -> CloudEvent.builder().source("/orders").type("OrderPlaced").data(i).build()))
				.block(Duration.ofSeconds(60));
		}
		finally {
			publisher.close();
		}
	}

}
