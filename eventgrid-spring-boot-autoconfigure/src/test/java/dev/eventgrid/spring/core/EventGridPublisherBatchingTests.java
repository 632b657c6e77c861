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

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dev.eventgrid.emulator.model.ReceivedEvent;
import dev.eventgrid.emulator.model.RecordedRequest;
import dev.eventgrid.spring.event.CloudEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Flux;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of size-aware batching: many events of mixed sizes arrive complete, in order, in
 * as few requests as the request size limit allows.
 *
 * @author Event Grid for Spring Boot team
 */
class EventGridPublisherBatchingTests {

	private static final long ONE_MIB = 1024 * 1024;

	@RegisterExtension
	static final EmulatorFixture fixture = new EmulatorFixture();

	@Test
	void tenThousandEventsOfMixedSizesArriveCompleteAndInOrderInTheFewestRequests() {
		List<CloudEvent> events = mixedEvents(10_000, new Random(42));
		EventGridTemplate template = new EventGridTemplate(
				new ReactiveEventGridTemplate(fixture.publisher(EmulatorFixture.CE).build()));

		SendResult result = template.send(events);

		int expectedRequests = fewestRequests(events);
		assertThat(expectedRequests).isGreaterThan(20);
		assertThat(result.requestCount()).isEqualTo(expectedRequests);
		assertThat(result.eventCount()).isEqualTo(10_000);
		List<RecordedRequest> requests = fixture.emulator.requests();
		assertThat(requests).hasSize(expectedRequests).allSatisfy((request) -> {
			assertThat(request.status()).isEqualTo(200);
			assertThat(request.bodySize()).isLessThanOrEqualTo(ONE_MIB);
		});
		assertThat(requests.stream().mapToLong(RecordedRequest::bodySize).sum()).isEqualTo(result.bytes());
		assertThat(fixture.emulator.receivedEvents(EmulatorFixture.CE)).extracting(ReceivedEvent::json)
			.containsExactlyElementsOf(events.stream().map(CloudEvent::toJson).toList());
	}

	@Test
	void streamsEventsThroughConcurrentRequests() {
		List<CloudEvent> events = mixedEvents(3_000, new Random(7));
		ReactiveEventGridTemplate template = new ReactiveEventGridTemplate(
				fixture.publisher(EmulatorFixture.CE).concurrency(4).build());

		SendResult result = template.send(Flux.fromIterable(events)).block();

		assertThat(result).isNotNull();
		assertThat(result.requestCount()).isEqualTo(fewestRequests(events));
		List<ReceivedEvent> received = fixture.emulator.receivedEvents(EmulatorFixture.CE);
		assertThat(received).extracting((event) -> event.text("id"))
			.containsExactlyInAnyOrderElementsOf(events.stream().map(CloudEvent::getId).toList());
		assertThat(received.stream().mapToLong(ReceivedEvent::requestSequence).distinct().count())
			.isEqualTo(result.requestCount());
	}

	/**
	 * Pack in order, starting a new request whenever the next event would not fit: for
	 * events that must stay in order, no packing uses fewer requests.
	 */
	private static int fewestRequests(List<CloudEvent> events) {
		JsonMapper mapper = JsonMapper.builder().build();
		int requests = 0;
		long size = 0;
		for (CloudEvent event : events) {
			long length = mapper.writeValueAsBytes(event).length;
			if (requests == 0 || size + 1 + length > ONE_MIB) {
				requests++;
				size = 1 + length + 1;
			}
			else {
				size += 1 + length;
			}
		}
		return requests;
	}

	private static List<CloudEvent> mixedEvents(int count, Random random) {
		List<CloudEvent> events = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			int roll = random.nextInt(100);
			int size = (roll < 70) ? 20 + random.nextInt(200)
					: (roll < 98) ? 1_000 + random.nextInt(9_000) : 50_000 + random.nextInt(250_000);
			events.add(CloudEvent.builder()
				.id("e" + i)
				.source("/batch")
				.type("t")
				.data(new Payload(i, "x".repeat(size)))
				.build());
		}
		return events;
	}

	record Payload(int sequence, String text) {
	}

}
