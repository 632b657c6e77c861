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

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import com.azure.core.credential.AzureKeyCredential;
import com.azure.core.http.netty.NettyAsyncHttpClientBuilder;
import com.azure.core.http.policy.ExponentialBackoffOptions;
import com.azure.core.http.policy.RetryOptions;
import com.azure.core.models.CloudEventDataFormat;
import com.azure.core.util.BinaryData;
import com.azure.messaging.eventgrid.EventGridPublisherClient;
import com.azure.messaging.eventgrid.EventGridPublisherClientBuilder;
import dev.eventgrid.emulator.model.ReceivedEvent;
import dev.eventgrid.spring.event.CloudEvent;
import dev.eventgrid.spring.event.EventGridEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same events sent by our template and by the Azure SDK for Java arrive at the
 * emulator as the same JSON, field for field.
 *
 * @author Event Grid for Spring Boot team
 */
class AzureSdkWireEquivalenceTests {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final OffsetDateTime TIME = OffsetDateTime.of(2024, 5, 1, 10, 0, 0, 123456700, ZoneOffset.UTC);

	@RegisterExtension
	static final EmulatorFixture fixture = new EmulatorFixture();

	@Test
	void eventGridEventsArriveAsTheSdkSendsThem() {
		Map<String, Object> data = Map.of("orderId", 42, "lines", List.of(Map.of("sku", "A", "qty", 2)));
		template(EmulatorFixture.EG).send(EventGridEvent.builder()
			.id("eg-1")
			.subject("orders/42")
			.eventType("Contoso.OrderPlaced")
			.eventTime(TIME)
			.dataVersion("1.0")
			.data(data)
			.build());
		com.azure.messaging.eventgrid.EventGridEvent theirs = new com.azure.messaging.eventgrid.EventGridEvent(
				"orders/42", "Contoso.OrderPlaced", BinaryData.fromObject(data), "1.0");
		theirs.setId("eg-1").setEventTime(TIME);
		sdk(EmulatorFixture.EG, com.azure.messaging.eventgrid.EventGridEvent.class).sendEvent(theirs);

		assertSameJson(EmulatorFixture.EG);
	}

	@Test
	void cloudEventsArriveAsTheSdkSendsThem() {
		template(EmulatorFixture.CE).send(List.of(
				CloudEvent.builder()
					.id("ce-1")
					.source("/orders")
					.type("Contoso.OrderPlaced")
					.time(TIME)
					.subject("orders/42")
					.dataSchema("https://schemas.contoso.com/order.json")
					.dataContentType("application/json")
					.data(Map.of("orderId", 42))
					.extension("tenant", "contoso")
					.build(),
				CloudEvent.builder()
					.id("ce-2")
					.source("/files")
					.type("Contoso.FileStored")
					.time(TIME)
					.dataContentType("application/octet-stream")
					.dataBase64(new byte[] { 0, 1, 2, (byte) 255 })
					.build()));
		com.azure.core.models.CloudEvent json = new com.azure.core.models.CloudEvent("/orders", "Contoso.OrderPlaced",
				BinaryData.fromObject(Map.of("orderId", 42)), CloudEventDataFormat.JSON, "application/json");
		json.setId("ce-1")
			.setTime(TIME)
			.setSubject("orders/42")
			.setDataSchema("https://schemas.contoso.com/order.json");
		json.addExtensionAttribute("tenant", "contoso");
		com.azure.core.models.CloudEvent bytes = new com.azure.core.models.CloudEvent("/files", "Contoso.FileStored",
				BinaryData.fromBytes(new byte[] { 0, 1, 2, (byte) 255 }), CloudEventDataFormat.BYTES,
				"application/octet-stream");
		bytes.setId("ce-2").setTime(TIME);
		sdk(EmulatorFixture.CE, com.azure.core.models.CloudEvent.class).sendEvents(List.of(json, bytes));

		assertSameJson(EmulatorFixture.CE);
	}

	@Test
	void customEventsArriveAsTheSdkSendsThem() {
		Map<String, Object> event = Map.of("orderId", 42, "status", "placed", "total", 9.5);
		template(EmulatorFixture.CUSTOM).send(event);
		sdk(EmulatorFixture.CUSTOM, BinaryData.class).sendEvent(BinaryData.fromObject(event));

		assertSameJson(EmulatorFixture.CUSTOM);
	}

	private static void assertSameJson(String topic) {
		List<ReceivedEvent> received = fixture.emulator.receivedEvents(topic);
		int half = received.size() / 2;
		assertThat(received).hasSize(half * 2);
		for (int i = 0; i < half; i++) {
			ObjectNode ours = (ObjectNode) MAPPER.readTree(received.get(i).json());
			ObjectNode theirs = (ObjectNode) MAPPER.readTree(received.get(half + i).json());
			if (ours.has("time")) {
				// azure-core writes OffsetDateTime.toString(), which drops zero seconds
				// and pads
				// nanoseconds; both denote the same instant, and only ours is always RFC
				// 3339.
				assertThat(OffsetDateTime.parse(ours.remove("time").asString()))
					.isEqualTo(OffsetDateTime.parse(theirs.remove("time").asString()));
			}
			assertThat(ours).as("event %d", i).isEqualTo(theirs);
		}
		ReceivedEvent ours = received.get(0);
		ReceivedEvent theirs = received.get(half);
		assertThat(ours.headers().first("Content-Type")).isEqualTo(theirs.headers().first("Content-Type"));
	}

	private static EventGridTemplate template(String topic) {
		return new EventGridTemplate(new ReactiveEventGridTemplate(fixture.publisher(topic).build()));
	}

	private static <T> EventGridPublisherClient<T> sdk(String topic, Class<T> type) {
		EventGridPublisherClientBuilder builder = new EventGridPublisherClientBuilder()
			.endpoint(fixture.emulator.httpsEndpoint(topic))
			.credential(new AzureKeyCredential(fixture.emulator.key(topic)))
			.httpClient(new NettyAsyncHttpClientBuilder(fixture.trustingClient()).build())
			.retryOptions(new RetryOptions(new ExponentialBackoffOptions().setMaxRetries(0)));
		if (type == com.azure.messaging.eventgrid.EventGridEvent.class) {
			return cast(builder.buildEventGridEventPublisherClient());
		}
		if (type == com.azure.core.models.CloudEvent.class) {
			return cast(builder.buildCloudEventPublisherClient());
		}
		return cast(builder.buildCustomEventPublisherClient());
	}

	@SuppressWarnings("unchecked")
	private static <T> EventGridPublisherClient<T> cast(EventGridPublisherClient<?> client) {
		return (EventGridPublisherClient<T>) client;
	}

}
