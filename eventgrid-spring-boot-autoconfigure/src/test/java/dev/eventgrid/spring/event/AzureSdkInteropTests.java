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

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import com.azure.core.models.CloudEventDataFormat;
import com.azure.core.util.BinaryData;
import com.azure.json.JsonSerializable;
import io.cloudevents.core.builder.CloudEventBuilder;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that our events and the Azure SDK for Java's read each other's JSON, and that the
 * azure-core and CNCF CloudEvents convert to ours and back.
 *
 * @author Event Grid for Spring Boot team
 */
class AzureSdkInteropTests {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	@Test
	void eventGridEventsWrittenByTheAzureSdkParseWithFromJson() throws IOException {
		com.azure.messaging.eventgrid.EventGridEvent withObject = new com.azure.messaging.eventgrid.EventGridEvent(
				"orders/1", "Contoso.OrderPlaced", BinaryData.fromObject(Map.of("orderId", 42, "total", 9.5)), "1.0");
		withObject.setTopic("audit");
		com.azure.messaging.eventgrid.EventGridEvent withString = new com.azure.messaging.eventgrid.EventGridEvent("",
				"Contoso.Text", BinaryData.fromString("\"plain \\u00e9 text\""), "");
		withString.setEventTime(OffsetDateTime.of(2021, 3, 4, 5, 6, 7, 890123400, ZoneOffset.ofHours(-7)));
		List<com.azure.messaging.eventgrid.EventGridEvent> theirs = List.of(withObject, withString);

		List<EventGridEvent> ours = EventGridEvent.fromJson(wireArray(theirs));

		assertThat(ours).hasSize(2);
		for (int i = 0; i < ours.size(); i++) {
			assertSame(ours.get(i), theirs.get(i));
		}
	}

	@Test
	void ourEventGridEventsParseWithTheAzureSdk() {
		List<EventGridEvent> ours = List.of(
				EventGridEvent.builder()
					.subject("orders/1")
					.eventType("Contoso.OrderPlaced")
					.dataVersion("1.0")
					.topic("audit")
					.data(Map.of("orderId", 42, "lines", List.of(1, 2)))
					.build(),
				EventGridEvent.builder()
					.subject("")
					.eventType("t")
					.dataVersion("")
					.eventTime(OffsetDateTime.of(2021, 3, 4, 5, 6, 7, 890123400, ZoneOffset.ofHours(-7)))
					.data("text")
					.build());

		List<com.azure.messaging.eventgrid.EventGridEvent> theirs = com.azure.messaging.eventgrid.EventGridEvent
			.fromString(MAPPER.writeValueAsString(ours));

		assertThat(theirs).hasSize(2);
		for (int i = 0; i < ours.size(); i++) {
			assertSame(ours.get(i), theirs.get(i));
		}
	}

	@Test
	void cloudEventsWrittenByAzureCoreParseWithFromJson() throws IOException {
		List<com.azure.core.models.CloudEvent> theirs = azureCloudEvents();

		List<CloudEvent> ours = CloudEvent.fromJson(array(theirs));

		assertThat(ours).hasSize(theirs.size());
		for (int i = 0; i < ours.size(); i++) {
			assertSame(ours.get(i), theirs.get(i));
		}
	}

	@Test
	void ourCloudEventsParseWithAzureCore() {
		List<CloudEvent> ours = List.of(
				CloudEvent.builder()
					.source("/orders")
					.type("Contoso.OrderPlaced")
					.subject("o/1")
					.dataSchema("https://schemas.contoso.com/o.json")
					.dataContentType("application/json")
					.data(Map.of("orderId", 42))
					.extension("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01")
					.extension("count", 3)
					.build(),
				CloudEvent.builder().source("/bin").type("t").dataBase64(new byte[] { 0, 1, (byte) 255 }).build(),
				CloudEvent.builder().source("/none").type("t").build());

		List<com.azure.core.models.CloudEvent> theirs = com.azure.core.models.CloudEvent
			.fromString(MAPPER.writeValueAsString(ours));

		assertThat(theirs).hasSize(ours.size());
		for (int i = 0; i < ours.size(); i++) {
			assertSame(ours.get(i), theirs.get(i));
		}
	}

	@Test
	void azureCoreCloudEventsConvertToOursAndBack() {
		for (com.azure.core.models.CloudEvent theirs : azureCloudEvents()) {
			CloudEvent ours = AzureCoreCloudEvents.toCloudEvent(theirs);
			assertSame(ours, theirs);
			com.azure.core.models.CloudEvent back = AzureCoreCloudEvents.fromCloudEvent(ours);
			assertSame(ours, back);
		}
	}

	@Test
	void cncfCloudEventsConvertToOursAndBack() {
		io.cloudevents.CloudEvent json = CloudEventBuilder.v1()
			.withId("1")
			.withSource(URI.create("/orders"))
			.withType("Contoso.OrderPlaced")
			.withTime(OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 6, ZoneOffset.UTC))
			.withSubject("o/1")
			.withDataSchema(URI.create("https://schemas.contoso.com/o.json"))
			.withData("application/json", "{\"orderId\":42}".getBytes(StandardCharsets.UTF_8))
			.withExtension("count", 3)
			.withExtension("flag", true)
			.withExtension("traceparent", "tp")
			.build();
		CloudEvent ours = CncfCloudEvents.toCloudEvent(json);
		assertThat(ours.getData()).isEqualTo(JsonData.of("{\"orderId\":42}"));
		assertThat(ours.getExtensions()).containsEntry("count", 3)
			.containsEntry("flag", true)
			.containsEntry("traceparent", "tp");
		assertThat(ours.getTime()).isEqualTo(json.getTime());
		assertThat(CncfCloudEvents.fromCloudEvent(ours)).isEqualTo(json);

		io.cloudevents.CloudEvent text = CloudEventBuilder.v1(json)
			.withData("text/plain", "hi".getBytes(StandardCharsets.UTF_8))
			.build();
		assertThat(CncfCloudEvents.toCloudEvent(text).toJson()).contains("\"data\":\"hi\"");

		io.cloudevents.CloudEvent binary = CloudEventBuilder.v1(json)
			.withData("application/octet-stream", new byte[] { 1, 2, 3 })
			.build();
		CloudEvent oursBinary = CncfCloudEvents.toCloudEvent(binary);
		assertThat(oursBinary.getDataBase64()).containsExactly(1, 2, 3);
		assertThat(CncfCloudEvents.fromCloudEvent(oursBinary)).isEqualTo(binary);
	}

	@Test
	void cncfJsonDataThatIsNotJsonIsRefused() {
		io.cloudevents.CloudEvent event = CloudEventBuilder.v1()
			.withId("1")
			.withSource(URI.create("/s"))
			.withType("t")
			.withData("application/json", "{not json".getBytes(StandardCharsets.UTF_8))
			.build();
		org.assertj.core.api.Assertions.assertThatExceptionOfType(InvalidEventException.class)
			.isThrownBy(() -> CncfCloudEvents.toCloudEvent(event))
			.withMessageStartingWith("JSON data is malformed");
	}

	private static List<com.azure.core.models.CloudEvent> azureCloudEvents() {
		com.azure.core.models.CloudEvent json = new com.azure.core.models.CloudEvent("/orders", "Contoso.OrderPlaced",
				BinaryData.fromObject(Map.of("orderId", 42)), CloudEventDataFormat.JSON, "application/json");
		json.setSubject("o/1");
		json.setDataSchema("https://schemas.contoso.com/o.json");
		json.addExtensionAttribute("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
		json.addExtensionAttribute("count", 3);
		com.azure.core.models.CloudEvent bytes = new com.azure.core.models.CloudEvent("/bin", "t",
				BinaryData.fromBytes(new byte[] { 0, 1, (byte) 255 }), CloudEventDataFormat.BYTES,
				"application/octet-stream");
		bytes.setTime(OffsetDateTime.of(2021, 3, 4, 5, 6, 7, 890123400, ZoneOffset.ofHours(9)));
		com.azure.core.models.CloudEvent none = new com.azure.core.models.CloudEvent("/none", "t", null,
				CloudEventDataFormat.JSON, null);
		return List.of(json, bytes, none);
	}

	/**
	 * The SDK's public JSON form wraps the event; what it sends is its wire model,
	 * reached through the package-private {@code toImpl()}.
	 */
	private static String wireArray(List<com.azure.messaging.eventgrid.EventGridEvent> events) throws IOException {
		List<JsonSerializable<?>> wire = new java.util.ArrayList<>();
		for (com.azure.messaging.eventgrid.EventGridEvent event : events) {
			try {
				java.lang.reflect.Method toImpl = event.getClass().getDeclaredMethod("toImpl");
				toImpl.setAccessible(true);
				wire.add((JsonSerializable<?>) toImpl.invoke(event));
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return array(wire);
	}

	private static String array(List<? extends JsonSerializable<?>> events) throws IOException {
		StringBuilder json = new StringBuilder("[");
		for (JsonSerializable<?> event : events) {
			json.append((json.length() > 1) ? "," : "").append(event.toJsonString());
		}
		return json.append(']').toString();
	}

	private static void assertSame(EventGridEvent ours, com.azure.messaging.eventgrid.EventGridEvent theirs) {
		assertThat(ours.getId()).isEqualTo(theirs.getId());
		assertThat(ours.getTopic()).isEqualTo(theirs.getTopic());
		assertThat(ours.getSubject()).isEqualTo(theirs.getSubject());
		assertThat(ours.getEventType()).isEqualTo(theirs.getEventType());
		assertThat(ours.getDataVersion()).isEqualTo(theirs.getDataVersion());
		assertThat(ours.getEventTime()).isEqualTo(theirs.getEventTime());
		assertThat(json(ours.getData())).isEqualTo(MAPPER.readTree(theirs.getData().toString()));
	}

	private static void assertSame(CloudEvent ours, com.azure.core.models.CloudEvent theirs) {
		assertThat(ours.getId()).isEqualTo(theirs.getId());
		assertThat(ours.getSource()).isEqualTo(theirs.getSource());
		assertThat(ours.getType()).isEqualTo(theirs.getType());
		assertThat(ours.getSubject()).isEqualTo(theirs.getSubject());
		assertThat(ours.getDataSchema()).isEqualTo(theirs.getDataSchema());
		assertThat(ours.getDataContentType()).isEqualTo(theirs.getDataContentType());
		assertThat(ours.getTime()).isEqualTo(theirs.getTime());
		assertThat(ours.getExtensions()).isEqualTo(theirs.getExtensionAttributes());
		if (ours.getDataBase64() != null) {
			assertThat(ours.getDataBase64()).isEqualTo(theirs.getData().toBytes());
		}
		else if (ours.hasData() && !JsonData.of("null").equals(ours.getData())) {
			assertThat(json(ours.getData())).isEqualTo(MAPPER.readTree(theirs.getData().toString()));
		}
		else {
			assertThat(theirs.getData()).isNull();
		}
	}

	private static JsonNode json(Object data) {
		return (data instanceof JsonData raw) ? MAPPER.readTree(raw.toString()) : MAPPER.valueToTree(data);
	}

}
