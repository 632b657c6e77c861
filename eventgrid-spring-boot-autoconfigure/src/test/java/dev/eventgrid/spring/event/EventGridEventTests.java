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

package dev.eventgrid.spring.event;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link EventGridEvent}.
 *
 * @author Event Grid for Spring Boot team
 */
class EventGridEventTests {

	private static final String SERVICE_JSON = """
			[{"id":"831e1650-001e-001b-66ab-eeb76e069631","topic":"/subscriptions/s/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/acct",\
			"subject":"/blobServices/default/containers/c/blobs/b.png","eventType":"Microsoft.Storage.BlobCreated",\
			"eventTime":"2017-06-26T18:41:00.9584100Z","id2":1,"data":{"contentLength":524288,"ratio":1.10,"big":12345678901234567890123,\
			"exp":1e3,"nothing":null,"text":"caf\\u00e9 \\"q\\""},"dataVersion":"","metadataVersion":"1"},\
			{"id":"2","subject":"s","eventType":"t","eventTime":"2020-01-01T00:00:00+05:30","data":null,"dataVersion":"1.0"}]""";

	@Test
	void builderDefaultsIdAndEventTime() {
		OffsetDateTime before = OffsetDateTime.now();
		EventGridEvent event = EventGridEvent.builder()
			.subject("orders/1")
			.eventType("Contoso.OrderPlaced")
			.dataVersion("1.0")
			.data(Map.of("orderId", 1))
			.build();
		assertThat(event.getId()).matches("[0-9a-f-]{36}");
		assertThat(event.getEventTime()).isAfterOrEqualTo(before);
		assertThat(event.getTopic()).isNull();
		assertThat(event.getMetadataVersion()).isNull();
	}

	@Test
	void readsOneObjectOrAnArrayKeepingEveryValueExactly() {
		List<EventGridEvent> events = EventGridEvent.fromJson(SERVICE_JSON);
		assertThat(events).hasSize(2);
		EventGridEvent first = events.get(0);
		assertThat(first.getEventTime())
			.isEqualTo(OffsetDateTime.of(2017, 6, 26, 18, 41, 0, 958410000, ZoneOffset.UTC));
		assertThat(first.getDataVersion()).isEmpty();
		assertThat(first.getData()).hasToString("{\"contentLength\":524288,\"ratio\":1.10,"
				+ "\"big\":12345678901234567890123,\"exp\":1e3,\"nothing\":null,\"text\":\"café \\\"q\\\"\"}");
		assertThat(EventGridEvent.fromJson(first.toJson())).containsExactly(first);
		assertThat(first.toJson()).contains("\"eventTime\":\"2017-06-26T18:41:00.9584100Z\"");
		assertThat(events.get(1).getData()).isEqualTo(JsonData.of("null"));
		assertThat(events.get(1).toJson()).contains("\"data\":null", "\"eventTime\":\"2020-01-01T00:00:00+05:30\"");
		assertThat(EventGridEvent.fromJson(events.get(1).toJson())).containsExactly(events.get(1));
	}

	@Test
	void writesTheServiceFieldsAndOmitsUnsetOptionalOnes() {
		EventGridEvent event = EventGridEvent.builder()
			.id("1")
			.subject("s")
			.eventType("t")
			.eventTime(OffsetDateTime.of(2024, 5, 1, 10, 0, 0, 123456700, ZoneOffset.UTC))
			.dataVersion("1.0")
			.data(new Order("A-1", 3))
			.build();
		assertThat(event.toJson()).isEqualTo("{\"id\":\"1\",\"subject\":\"s\",\"data\":{\"id\":\"A-1\",\"quantity\":3},"
				+ "\"eventType\":\"t\",\"eventTime\":\"2024-05-01T10:00:00.1234567Z\",\"dataVersion\":\"1.0\"}");
	}

	@Test
	void givesTypedData() {
		EventGridEvent event = EventGridEvent
			.fromJson("{\"id\":\"1\",\"subject\":\"s\",\"eventType\":\"t\",\"eventTime\":\"2024-05-01T10:00:00Z\","
					+ "\"dataVersion\":\"1\",\"data\":{\"id\":\"A-1\",\"quantity\":3,\"unknown\":true}}")
			.get(0);
		assertThat(event.data(Order.class)).isEqualTo(new Order("A-1", 3));
		assertThat(event.data(new TypeReference<Map<String, Object>>() {
		})).containsEntry("quantity", 3);
		EventGridEvent built = event.toBuilder().data(new Order("B", 1)).build();
		assertThat(built.data(Order.class)).isEqualTo(new Order("B", 1));
		assertThat(built.data(Map.class)).containsEntry("id", "B");
	}

	@Test
	void anyJacksonMapperWritesAndReadsIt() {
		JsonMapper mapper = JsonMapper.builder().build();
		EventGridEvent event = EventGridEvent.builder()
			.subject("s")
			.eventType("t")
			.dataVersion("1")
			.topic("orders")
			.data(new Order("A", 1))
			.build();
		String json = mapper.writeValueAsString(List.of(event));
		List<EventGridEvent> read = mapper.readValue(json, new TypeReference<List<EventGridEvent>>() {
		});
		assertThat(read).hasSize(1);
		assertThat(read.get(0).getTopic()).isEqualTo("orders");
		assertThat(read.get(0).data(Order.class)).isEqualTo(new Order("A", 1));
		assertThat(read.get(0).getEventTime()).isEqualTo(event.getEventTime());
	}

	@Test
	void toStringShowsNoData() {
		EventGridEvent event = EventGridEvent.builder()
			.id("1")
			.subject("s")
			.eventType("t")
			.dataVersion("1")
			.data("secret")
			.build();
		assertThat(event).hasToString("EventGridEvent[id=1, eventType=t, subject=s]");
	}

	@Test
	void missingSubjectIsRefusedByTheBuilder() {
		assertThatExceptionOfType(InvalidEventException.class)
			.isThrownBy(() -> EventGridEvent.builder().eventType("t").dataVersion("1").data(null).build())
			.withMessage("EventGridEvent 'subject' is required (an empty string is allowed)")
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("subject"));
	}

	@Test
	void missingDataIsRefusedByTheBuilder() {
		assertThatExceptionOfType(InvalidEventException.class)
			.isThrownBy(() -> EventGridEvent.builder().subject("s").eventType("t").dataVersion("1").build())
			.withMessageContaining("'data' is required; call data(...)");
	}

	@Test
	void blankEventTypeIsRefusedByTheBuilder() {
		assertThatExceptionOfType(InvalidEventException.class)
			.isThrownBy(() -> EventGridEvent.builder().subject("s").eventType(" ").dataVersion("1").data(1).build())
			.withMessage("EventGridEvent 'eventType' is required and must not be blank");
	}

	@Test
	void metadataVersionOtherThanOneIsRefused() {
		assertThatExceptionOfType(InvalidEventException.class)
			.isThrownBy(() -> EventGridEvent.builder()
				.subject("s")
				.eventType("t")
				.dataVersion("1")
				.data(1)
				.metadataVersion("2")
				.build())
			.withMessageContaining("'metadataVersion' must be \"1\" or absent but was '2'");
	}

	@Test
	void missingFieldIsNamedWithItsIndex() {
		String json = "[{\"id\":\"1\",\"subject\":\"s\",\"eventType\":\"t\",\"eventTime\":\"2024-05-01T10:00:00Z\","
				+ "\"dataVersion\":\"1\",\"data\":1},{\"id\":\"2\",\"subject\":\"s\",\"eventTime\":\"2024-05-01T10:00:00Z\","
				+ "\"dataVersion\":\"1\",\"data\":1}]";
		assertThatExceptionOfType(InvalidEventException.class).isThrownBy(() -> EventGridEvent.fromJson(json))
			.withMessage("Event at index 1: EventGridEvent 'eventType' is required (an empty string is allowed when "
					+ "reading)")
			.satisfies((ex) -> {
				assertThat(ex.getIndex()).isEqualTo(1);
				assertThat(ex.getField()).isEqualTo("eventType");
			});
	}

	@Test
	void missingDataIsNamedWhenReading() {
		assertThatExceptionOfType(InvalidEventException.class)
			.isThrownBy(() -> EventGridEvent.fromJson("{\"id\":\"1\",\"subject\":\"s\",\"eventType\":\"t\","
					+ "\"eventTime\":\"2024-05-01T10:00:00Z\",\"dataVersion\":\"1\"}"))
			.withMessage("Required field 'data' of the EventGridEvent is missing");
	}

	@Test
	void eventTimeWithoutOffsetIsReadAsUtcAndKeptAsWritten() {
		EventGridEvent event = EventGridEvent
			.fromJson("[{\"id\":\"1\",\"subject\":\"s\",\"eventType\":\"t\","
					+ "\"eventTime\":\"2024-05-01T10:00:00\",\"dataVersion\":\"1\",\"data\":1}]")
			.get(0);
		assertThat(event.getEventTime()).isEqualTo(OffsetDateTime.of(2024, 5, 1, 10, 0, 0, 0, ZoneOffset.UTC));
		assertThat(event.toJson()).contains("\"eventTime\":\"2024-05-01T10:00:00\"");
	}

	@Test
	void eventTimeThatIsNotADateIsRefused() {
		assertThatExceptionOfType(InvalidEventException.class)
			.isThrownBy(() -> EventGridEvent.fromJson("[{\"id\":\"1\",\"subject\":\"s\",\"eventType\":\"t\","
					+ "\"eventTime\":\"yesterday\",\"dataVersion\":\"1\",\"data\":1}]"))
			.withMessageStartingWith("Event at index 0: 'eventTime' must be an RFC 3339 date-time");
	}

	@Test
	void wrongJsonTypeIsNamed() {
		assertThatExceptionOfType(InvalidEventException.class)
			.isThrownBy(() -> EventGridEvent.fromJson("{\"id\":[7],\"subject\":\"s\"}"))
			.withMessage("'id' must be a JSON string but was an array");
	}

	@Test
	void malformedJsonIsReportedWithItsPosition() {
		assertThatExceptionOfType(InvalidEventException.class)
			.isThrownBy(() -> EventGridEvent.fromJson("[{\"id\":\"1\",\"subject\":"))
			.withMessageStartingWith("Cannot read EventGridEvent: malformed JSON at line 1, column");
	}

	@Test
	void arrayOfNonObjectsIsRefused() {
		assertThatExceptionOfType(InvalidEventException.class).isThrownBy(() -> EventGridEvent.fromJson("[1]"))
			.withMessage("Event at index 0: Each EventGridEvent must be a JSON object but found a number");
	}

	@Test
	void emptyTextIsRefused() {
		assertThatExceptionOfType(InvalidEventException.class).isThrownBy(() -> EventGridEvent.fromJson("  "))
			.withMessageStartingWith("Cannot read EventGridEvent from empty text");
	}

	@Test
	void trailingContentIsRefused() {
		assertThatExceptionOfType(InvalidEventException.class).isThrownBy(() -> EventGridEvent.fromJson("[] []"))
			.withMessageStartingWith("Unexpected content after the EventGridEvent JSON");
	}

	record Order(String id, int quantity) {
	}

}
