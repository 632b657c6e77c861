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

import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.SequenceWriter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link CloudEvent}.
 *
 * @author Event Grid for Spring Boot team
 */
class CloudEventTests {

	private static final OffsetDateTime TIME = OffsetDateTime.of(2024, 5, 1, 10, 0, 0, 0, ZoneOffset.UTC);

	@Test
	void builderDefaultsIdAndTime() {
		CloudEvent event = CloudEvent.builder().source("/orders").type("Contoso.OrderPlaced").build();
		assertThat(event.getId()).matches("[0-9a-f-]{36}");
		assertThat(event.getTime()).isNotNull();
		assertThat(event.getSpecVersion()).isEqualTo("1.0");
		assertThat(event.hasData()).isFalse();
		assertThat(event.toJson()).doesNotContain("\"data\"");
	}

	@Test
	void writesEveryAttributeInTheJsonFormat() {
		CloudEvent event = CloudEvent.builder()
			.id("1")
			.source("/orders")
			.type("t")
			.time(OffsetDateTime.of(2024, 5, 1, 10, 0, 0, 100, ZoneOffset.ofHours(2)))
			.subject("o/1")
			.dataSchema("https://schemas.contoso.com/order.json")
			.dataContentType("application/json")
			.data(Map.of("a", 1))
			.extension("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01")
			.extension("count", 3)
			.extension("flag", true)
			.extension("ref", URI.create("urn:x"))
			.extension("bin", new byte[] { 1, 2 })
			.build();
		assertThat(event.toJson())
			.isEqualTo("{\"id\":\"1\",\"source\":\"/orders\",\"type\":\"t\",\"specversion\":\"1.0\","
					+ "\"time\":\"2024-05-01T10:00:00.0000001+02:00\",\"subject\":\"o/1\","
					+ "\"dataschema\":\"https://schemas.contoso.com/order.json\",\"datacontenttype\":\"application/json\","
					+ "\"data\":{\"a\":1},\"traceparent\":\"00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01\","
					+ "\"count\":3,\"flag\":true,\"ref\":\"urn:x\",\"bin\":\"AQI=\"}");
	}

	@Test
	void roundTripsBinaryDataAsDataBase64() {
		CloudEvent event = CloudEvent.builder()
			.source("/s")
			.type("t")
			.dataBase64("hello".getBytes(StandardCharsets.UTF_8))
			.build();
		assertThat(event.toJson()).contains("\"data_base64\":\"aGVsbG8=\"").doesNotContain("\"data\"");
		CloudEvent read = CloudEvent.fromJson(event.toJson()).get(0);
		assertThat(read.getDataBase64()).asString(StandardCharsets.UTF_8).isEqualTo("hello");
		assertThat(read.data(byte[].class)).isEqualTo("hello".getBytes(StandardCharsets.UTF_8));
		assertThat(read).isEqualTo(event);
	}

	@Test
	void readsExtensionsAndKeepsTimeTextAndDataExactly() {
		String json = "[{\"specversion\":\"1.0\",\"id\":\"1\",\"source\":\"/s\",\"type\":\"t\","
				+ "\"time\":\"2024-05-01T10:00:00.1000000Z\",\"data\":{\"n\":1.50,\"x\":[null,true]},"
				+ "\"traceparent\":\"tp\",\"count\":3,\"big\":12345678901,\"obj\":{\"a\":1},\"nothing\":null}]";
		CloudEvent event = CloudEvent.fromJson(json).get(0);
		assertThat(event.getExtensions()).containsEntry("traceparent", "tp")
			.containsEntry("count", 3)
			.containsEntry("big", JsonData.of("12345678901"))
			.containsEntry("obj", JsonData.of("{\"a\":1}"))
			.doesNotContainKey("nothing");
		assertThat(event.getData()).hasToString("{\"n\":1.50,\"x\":[null,true]}");
		assertThat(event.toJson()).contains("\"time\":\"2024-05-01T10:00:00.1000000Z\"");
		assertThat(CloudEvent.fromJson(event.toJson())).containsExactly(event);
	}

	@Test
	void explicitNullDataIsWrittenAsNull() {
		CloudEvent event = CloudEvent.builder().source("/s").type("t").data(null).build();
		assertThat(event.hasData()).isTrue();
		assertThat(event.toJson()).contains("\"data\":null");
	}

	@Test
	void timeCanBeLeftOut() {
		CloudEvent event = CloudEvent.builder().source("/s").type("t").time(null).build();
		assertThat(event.getTime()).isNull();
		assertThat(event.toJson()).doesNotContain("time");
	}

	@Test
	void dataAndDataBase64AreMutuallyExclusive() {
		assertThatExceptionOfType(InvalidEventException.class)
			.isThrownBy(() -> CloudEvent.builder().source("/s").type("t").data("x").dataBase64(new byte[1]).build())
			.withMessageStartingWith("CloudEvent 'data' and 'data_base64' are mutually exclusive");
	}

	@Test
	void bothDataAndDataBase64InJsonAreRefused() {
		assertThatExceptionOfType(InvalidEventException.class)
			.isThrownBy(() -> CloudEvent.fromJson("[{\"specversion\":\"1.0\",\"id\":\"1\",\"source\":\"/s\","
					+ "\"type\":\"t\",\"data\":1,\"data_base64\":\"AQ==\"}]"))
			.withMessageStartingWith("Event at index 0: CloudEvent 'data' and 'data_base64' are mutually exclusive");
	}

	@Test
	void extensionNameWithUpperCaseIsRefused() {
		assertThatExceptionOfType(InvalidEventException.class)
			.isThrownBy(() -> CloudEvent.builder().extension("traceParent", "x"))
			.withMessage("CloudEvent extension attribute name 'traceParent' is invalid; use only lower-case letters "
					+ "a-z and digits 0-9");
	}

	@Test
	void extensionNameWithUnderscoreIsRefused() {
		assertThatExceptionOfType(InvalidEventException.class)
			.isThrownBy(() -> CloudEvent.builder().extension("my_ext", "x"))
			.withMessageContaining("'my_ext' is invalid");
	}

	@Test
	void reservedExtensionNameIsRefused() {
		assertThatExceptionOfType(InvalidEventException.class)
			.isThrownBy(() -> CloudEvent.builder().extension("subject", "x"))
			.withMessage("CloudEvent extension attribute name 'subject' is reserved for a context attribute; choose "
					+ "another name");
	}

	@Test
	void extensionOfUnsupportedTypeIsRefused() {
		assertThatExceptionOfType(InvalidEventException.class)
			.isThrownBy(() -> CloudEvent.builder().extension("ratio", 1.5))
			.withMessageContaining("has unsupported type java.lang.Double");
	}

	@Test
	void nullExtensionValueIsRefused() {
		assertThatExceptionOfType(InvalidEventException.class)
			.isThrownBy(() -> CloudEvent.builder().extensions(java.util.Collections.singletonMap("x", null)))
			.withMessage("CloudEvent extension attribute 'x' must not be null; leave it out instead");
	}

	@Test
	void missingSourceIsRefused() {
		assertThatExceptionOfType(InvalidEventException.class).isThrownBy(() -> CloudEvent.builder().type("t").build())
			.withMessage("CloudEvent 'source' is required and must not be blank");
	}

	@Test
	void sourceThatIsNotAUriReferenceIsRefused() {
		assertThatExceptionOfType(InvalidEventException.class)
			.isThrownBy(() -> CloudEvent.builder().source("my source").type("t").build())
			.withMessageStartingWith("CloudEvent 'source' must be a URI reference but 'my source' is not");
	}

	@Test
	void blankIdInJsonIsReadAsTheAzureSdksReadIt() {
		// Found by PayloadFuzzingTests: the builder's IllegalArgumentException escaped;
		// now read, as both Azure SDKs read it
		assertThat(CloudEvent.fromJson("[{\"id\":\" \",\"source\":\"/s\",\"type\":\"t\",\"specversion\":\"1.0\"}]"))
			.singleElement()
			.satisfies((event) -> assertThat(event.getId()).isEqualTo(" "));
		assertThat(EventGridEvent.fromJson(
				"{\"id\":\"\\t\",\"subject\":\"s\",\"eventType\":\"t\",\"eventTime\":\"2024-05-01T10:00:00Z\",\"dataVersion\":\"1\",\"data\":1}"))
			.singleElement()
			.satisfies((event) -> assertThat(event.getId()).isEqualTo("\t"));
	}

	@Test
	void emptyIdIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> CloudEvent.builder().id(""))
			.withMessage("'id' must not be empty");
	}

	@Test
	void wrongSpecVersionIsRefused() {
		assertThatExceptionOfType(InvalidEventException.class).isThrownBy(
				() -> CloudEvent.fromJson("{\"specversion\":\"0.3\",\"id\":\"1\",\"source\":\"/s\",\"type\":\"t\"}"))
			.withMessage("CloudEvent 'specversion' must be \"1.0\" but was '0.3'");
	}

	@Test
	void camelCaseSpecVersionIsReadAsTheSpecVersion() {
		assertThat(CloudEvent.fromJson("[{\"specVersion\":\"1.0\",\"id\":\"1\",\"source\":\"/s\",\"type\":\"t\"}]"))
			.singleElement()
			.satisfies((event) -> assertThat(event.getExtensions()).isEmpty());
	}

	@Test
	void invalidBase64IsNamed() {
		assertThatExceptionOfType(InvalidEventException.class)
			.isThrownBy(() -> CloudEvent.fromJson(
					"{\"specversion\":\"1.0\",\"id\":\"1\",\"source\":\"/s\",\"type\":\"t\",\"data_base64\":\"%%\"}"))
			.withMessageStartingWith("'data_base64' is not valid base64")
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("data_base64"));
	}

	@Test
	void missingTypeIsNamedWithItsIndex() {
		String json = "[{\"specversion\":\"1.0\",\"id\":\"1\",\"source\":\"/s\",\"type\":\"t\"},"
				+ "{\"specversion\":\"1.0\",\"id\":\"2\",\"source\":\"/s\"}]";
		assertThatExceptionOfType(InvalidEventException.class).isThrownBy(() -> CloudEvent.fromJson(json))
			.withMessage("Event at index 1: CloudEvent 'type' is required and must not be blank");
	}

	@Test
	void readsEventsTheServiceDelivers() {
		List<CloudEvent> events = CloudEvent.fromJson("""
				{"specversion":"1.0","type":"Microsoft.Storage.BlobCreated",
				"source":"/subscriptions/s/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/acct",
				"id":"9aeb0fdf-c01e-0131-0922-9eb54906e209","time":"2019-11-18T15:13:39.4589254Z",
				"subject":"blobServices/default/containers/c/blobs/b.jpg","dataschema":"#",
				"data":{"api":"PutBlockList","contentLength":524288}}""");
		assertThat(events).singleElement().satisfies((event) -> {
			assertThat(event.getDataSchema()).isEqualTo("#");
			assertThat(event.getTime()).isEqualTo(OffsetDateTime.parse("2019-11-18T15:13:39.4589254Z"));
			assertThat(event.data(Map.class)).containsEntry("contentLength", 524288);
		});
	}

	@Test
	void writesTheTraceContextAttributeIntoEventsWithoutTheirOwn() {
		Map<String, String> traceContext = Map.of("traceparent",
				"00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", "tracestate", "congo=t61rcWkgMzE");
		CloudEvent plain = CloudEvent.builder().id("1").source("/s").type("t").time(TIME).build();
		CloudEvent ownState = CloudEvent.builder()
			.id("2")
			.source("/s")
			.type("t")
			.time(TIME)
			.extension("tracestate", "mine=1")
			.build();
		CloudEvent ownParent = CloudEvent.builder()
			.id("3")
			.source("/s")
			.type("t")
			.time(TIME)
			.extension("traceparent", "00-11111111111111111111111111111111-2222222222222222-01")
			.build();
		String expectedTime = "\"time\":\"2024-05-01T10:00:00Z\"";
		String json = EventJson.MAPPER.writer()
			.withAttribute(CloudEvent.TRACE_CONTEXT_ATTRIBUTE, traceContext)
			.writeValueAsString(List.of(plain, ownState, ownParent));
		assertThat(json).isEqualTo("[{\"id\":\"1\",\"source\":\"/s\",\"type\":\"t\",\"specversion\":\"1.0\","
				+ expectedTime + ",\"traceparent\":\"00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01\","
				+ "\"tracestate\":\"congo=t61rcWkgMzE\"},"
				+ "{\"id\":\"2\",\"source\":\"/s\",\"type\":\"t\",\"specversion\":\"1.0\"," + expectedTime
				+ ",\"tracestate\":\"mine=1\",\"traceparent\":\"00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01\"},"
				+ "{\"id\":\"3\",\"source\":\"/s\",\"type\":\"t\",\"specversion\":\"1.0\"," + expectedTime
				+ ",\"traceparent\":\"00-11111111111111111111111111111111-2222222222222222-01\"}]");
		String indented = EventJson.MAPPER.writer()
			.withDefaultPrettyPrinter()
			.withAttribute(CloudEvent.TRACE_CONTEXT_ATTRIBUTE, traceContext)
			.writeValueAsString(plain);
		assertThat(CloudEvent.fromJson(indented).get(0).getExtensions()).containsEntry("tracestate",
				"congo=t61rcWkgMzE");
	}

	@Test
	void requestsWrittenAtOnceEachCarryTheirOwnTraceContext() {
		String first = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
		String second = "00-11111111111111111111111111111111-2222222222222222-01";
		StringWriter firstBody = new StringWriter();
		StringWriter secondBody = new StringWriter();
		try (SequenceWriter firstRequest = EventJson.MAPPER.writer()
			.withAttribute(CloudEvent.TRACE_CONTEXT_ATTRIBUTE, Map.of("traceparent", first))
			.writeValues(firstBody);
				SequenceWriter secondRequest = EventJson.MAPPER.writer()
					.withAttribute(CloudEvent.TRACE_CONTEXT_ATTRIBUTE, Map.of("traceparent", second))
					.writeValues(secondBody)) {
			for (int i = 0; i < 3; i++) {
				CloudEvent event = CloudEvent.builder().id("e" + i).source("/s").type("t").time(TIME).build();
				firstRequest.write(event);
				secondRequest.write(event);
			}
		}
		assertThat(firstBody.toString().split(first, -1)).hasSize(4);
		assertThat(firstBody.toString()).doesNotContain(second);
		assertThat(secondBody.toString().split(second, -1)).hasSize(4);
		assertThat(secondBody.toString()).doesNotContain(first);
	}

}
