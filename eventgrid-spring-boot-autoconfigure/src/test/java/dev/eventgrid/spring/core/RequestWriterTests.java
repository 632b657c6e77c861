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
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.eventgrid.spring.EventGridPayloadTooLargeException;
import dev.eventgrid.spring.event.EventSchema;
import dev.eventgrid.spring.event.InvalidEventException;
import dev.eventgrid.spring.transport.BodyBuffers;
import dev.eventgrid.spring.transport.RequestBatch;
import dev.eventgrid.spring.transport.RequestBody;
import dev.eventgrid.spring.transport.RequestWriter;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link RequestWriter} and {@link RequestBody}.
 *
 * @author Event Grid for Spring Boot team
 */
class RequestWriterTests {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	@Test
	void packsEventsInOrderIntoValidArraysThatNeverExceedTheLimit() {
		Random random = new Random(42);
		for (int run = 0; run < 200; run++) {
			int limit = 200 + random.nextInt(20_000);
			List<Map<String, Object>> events = new ArrayList<>();
			for (int i = random.nextInt(60) + 1; i > 0; i--) {
				events.add(Map.of("id", events.size(), "pad", "x".repeat(random.nextInt(Math.min(limit - 40, 5000)))));
			}
			List<RequestBatch> batches = write(events, limit, (run % 2 == 0) ? events.size() : -1);
			List<JsonNode> sent = new ArrayList<>();
			int nextIndex = 0;
			for (int i = 0; i < batches.size(); i++) {
				RequestBatch batch = batches.get(i);
				byte[] body = batch.body().copyFrom(0);
				assertThat(body).hasSize(batch.body().size());
				assertThat(body.length).isLessThanOrEqualTo(limit);
				assertThat(batch.number()).isEqualTo(i + 1);
				assertThat(batch.firstIndex()).isEqualTo(nextIndex);
				JsonNode array = MAPPER.readTree(body);
				assertThat(array.size()).isEqualTo(batch.events().size());
				array.forEach(sent::add);
				nextIndex += batch.events().size();
			}
			assertThat(sent).hasSize(events.size());
			for (int i = 0; i < events.size(); i++) {
				assertThat(sent.get(i)).isEqualTo(MAPPER.valueToTree(events.get(i)));
			}
		}
	}

	@Test
	void startsANewRequestOnlyWhenTheNextEventDoesNotFit() {
		Map<String, Object> event = Map.of("pad", "x".repeat(90));
		int eventSize = MAPPER.writeValueAsBytes(event).length;
		int limit = 2 + 3 * eventSize + 2;
		List<RequestBatch> batches = write(List.of(event, event, event, event), limit, 4);
		assertThat(batches).extracting((batch) -> batch.events().size()).containsExactly(3, 1);
		assertThat(batches.get(0).body().size()).isEqualTo(limit);
	}

	@Test
	void writesARequestOfOneEventAsTheEventAloneWhenAskedAsForANamespaceTopic() {
		EventPreparer preparer = new EventPreparer("p", EventSchema.CUSTOM, null, null, MAPPER, 1000);
		RequestWriter writer = new RequestWriter(preparer, preparer.writer(Collections.emptyMap()), 1000, 2, 3,
				new BodyBuffers(0), true);
		List<RequestBatch> batches = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			RequestBatch full = writer.write("e" + i, Map.of("id", i), i);
			if (full != null) {
				batches.add(full);
			}
		}
		batches.add(writer.finish());
		assertThat(batches).extracting(RequestBatch::single).containsExactly(false, true);
		assertThat(MAPPER.readTree(batches.get(0).body().copyFrom(0)).isArray()).isTrue();
		byte[] alone = batches.get(1).body().copyFrom(0);
		assertThat(alone).hasSize(batches.get(1).body().size());
		assertThat(MAPPER.readTree(alone)).isEqualTo(MAPPER.valueToTree(Map.of("id", 2)));
	}

	@Test
	void writesAnEventMovedToTheNextRequestAloneWhenAskedAsForANamespaceTopic() {
		Map<String, Object> event = Map.of("pad", "x".repeat(90));
		int eventSize = MAPPER.writeValueAsBytes(event).length;
		EventPreparer preparer = new EventPreparer("p", EventSchema.CUSTOM, null, null, MAPPER, 1000);
		RequestWriter writer = new RequestWriter(preparer, preparer.writer(Collections.emptyMap()),
				eventSize + 2 + eventSize / 2, 1000, -1, new BodyBuffers(0), true);
		RequestBatch first = writer.write(event, event, 0);
		assertThat(first).isNull();
		first = writer.write(event, event, 1);
		RequestBatch second = writer.finish();
		assertThat(first).isNotNull();
		assertThat(second).isNotNull();
		for (RequestBatch batch : List.of(first, second)) {
			assertThat(batch.single()).isTrue();
			assertThat(MAPPER.readTree(batch.body().copyFrom(0))).isEqualTo(MAPPER.valueToTree(event));
		}
	}

	@Test
	void refusesAnEventOverTheMaximumEventSize() {
		EventPreparer preparer = new EventPreparer("p", EventSchema.CUSTOM, null, null, MAPPER, 50);
		RequestWriter writer = new RequestWriter(preparer, preparer.writer(Collections.emptyMap()), 1000, -1,
				new BodyBuffers(0));
		writer.write("small", Map.of("a", 1), 0);
		assertThatExceptionOfType(EventGridPayloadTooLargeException.class)
			.isThrownBy(() -> writer.write("large", Map.of("a", "x".repeat(60)), 1))
			.withMessageContaining("Event at index 1 is 68 bytes");
		assertThat(writer.unsent()).containsExactly("small");
		assertThat(writer.unsentFrom()).isZero();
	}

	@Test
	void refusesACustomEventThatIsNotAJsonObject() {
		EventPreparer preparer = new EventPreparer("p", EventSchema.CUSTOM, null, null, MAPPER, 1000);
		RequestWriter writer = new RequestWriter(preparer, preparer.writer(Collections.emptyMap()), 1000, -1,
				new BodyBuffers(0));
		assertThatExceptionOfType(InvalidEventException.class).isThrownBy(() -> writer.write("text", "text", 0))
			.withMessageContaining("must be JSON objects");
	}

	@Test
	void allocatesLittleMoreThanItWritesWhenTheCountIsKnown() {
		List<Map<String, Object>> events = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			events.add(Map.of("id", i, "pad", "x".repeat(1000)));
		}
		RequestBody body = write(events, 1024 * 1024, 100).get(0).body();
		assertThat(body.allocated()).isLessThan(body.size() * 11 / 10);
	}

	private static List<RequestBatch> write(List<?> events, int limit, int expected) {
		EventPreparer preparer = new EventPreparer("p", EventSchema.CUSTOM, null, null, MAPPER, limit - 2);
		RequestWriter writer = new RequestWriter(preparer, preparer.writer(Collections.emptyMap()), limit, expected,
				new BodyBuffers(0));
		List<RequestBatch> batches = new ArrayList<>();
		for (int i = 0; i < events.size(); i++) {
			RequestBatch full = writer.write(events.get(i), events.get(i), i);
			if (full != null) {
				batches.add(full);
			}
		}
		batches.add(writer.finish());
		assertThat(writer.finish()).isNull();
		return batches;
	}

}
