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

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.azure.core.models.CloudEventDataFormat;
import com.azure.core.util.BinaryData;
import dev.eventgrid.emulator.model.ReceivedEvent;
import dev.eventgrid.spring.EventGridHeaders;
import dev.eventgrid.spring.credential.EventGridCredential;
import dev.eventgrid.spring.event.CloudEvent;
import dev.eventgrid.spring.event.EventGridEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ReactiveEventGridTemplate} and {@link EventGridTemplate} over HTTPS
 * against the emulator: every input kind for every schema, with every credential kind.
 *
 * @author Event Grid for Spring Boot team
 */
class EventGridTemplateTests {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	@RegisterExtension
	static final EmulatorFixture fixture = new EmulatorFixture();

	static Stream<Arguments> inputsAndCredentials() {
		List<Arguments> arguments = new ArrayList<>();
		for (String credential : List.of("key", "sas", "token")) {
			arguments.add(Arguments.of(EmulatorFixture.EG, credential, eventGridInputs()));
			arguments.add(Arguments.of(EmulatorFixture.CE, credential, cloudEventInputs()));
			arguments.add(Arguments.of(EmulatorFixture.CUSTOM, credential, customInputs()));
		}
		return arguments.stream();
	}

	@ParameterizedTest(name = "{0} with {1}")
	@MethodSource("inputsAndCredentials")
	void sendsEveryInputKindWithEveryCredential(String topic, String credential, Map<String, Object> inputs) {
		EventGridTemplate template = new EventGridTemplate(new ReactiveEventGridTemplate(
				fixture.publisher(topic).credential(credential(credential, topic)).build()));

		SendResult many = template.send(new ArrayList<>(inputs.values()));
		inputs.values().forEach(template::send);

		assertThat(many.eventCount()).isEqualTo(inputs.size());
		assertThat(many.requestCount()).isOne();
		List<ReceivedEvent> received = fixture.emulator.receivedEvents(topic);
		assertThat(received).hasSize(inputs.size() * 2);
		List<String> ids = received.stream().map((event) -> event.text("id")).toList();
		List<String> expected = new ArrayList<>(inputs.keySet());
		expected.addAll(inputs.keySet());
		assertThat(ids).containsExactlyElementsOf(expected);
	}

	@Test
	void reactiveTemplateStreamsAPublisher() {
		ReactiveEventGridTemplate template = new ReactiveEventGridTemplate(
				fixture.publisher(EmulatorFixture.CE).build());
		Flux<CloudEvent> events = Flux.range(0, 50)
			.map((i) -> CloudEvent.builder().id("s" + i).source("/stream").type("t").data(i).build());

		StepVerifier.create(template.send(events))
			.assertNext((result) -> assertThat(result.eventCount()).isEqualTo(50))
			.verifyComplete();
		assertThat(fixture.emulator.receivedEvents(EmulatorFixture.CE)).extracting((event) -> event.text("id"))
			.containsExactlyElementsOf(Stream.iterate(0, (i) -> i + 1).limit(50).map((i) -> "s" + i).toList());
	}

	@Test
	void sendsThroughNamedPublishers() {
		ReactiveEventGridTemplate reactive = new ReactiveEventGridTemplate(
				List.of(fixture.publisher(EmulatorFixture.CE).name("default").build(),
						fixture.publisher(EmulatorFixture.EG).name("audit").build()),
				null);
		EventGridTemplate template = new EventGridTemplate(reactive);

		template.send(CloudEvent.builder().source("/s").type("t").data(1).build());
		template.send("audit", EventGridEvent.builder().subject("s").eventType("t").dataVersion("1").data(1).build());

		assertThat(fixture.emulator.receivedEvents(EmulatorFixture.CE)).hasSize(1);
		assertThat(fixture.emulator.receivedEvents(EmulatorFixture.EG)).hasSize(1);
		assertThat(reactive.getDefaultPublisher()).isEqualTo("default");
	}

	@Test
	void fillsTheDomainTopicOfEventGridEventsThatNameNone() {
		EventGridTemplate template = new EventGridTemplate(new ReactiveEventGridTemplate(
				fixture.publisher(EmulatorFixture.EG_DOMAIN).domainTopic("orders").build()));
		Map<String, Object> map = eventGridMap("m1");

		template.send(List.of(eventGridEvent("e1"), eventGridEvent("e2").toBuilder().topic("audit").build(), map));

		assertThat(fixture.emulator.receivedEvents(EmulatorFixture.EG_DOMAIN)).extracting(ReceivedEvent::domainTopic)
			.containsExactly("orders", "audit", "orders");
		assertThat(map).doesNotContainKey("topic");
	}

	@Test
	void usesTheDomainTopicAsSourceOfWrappedCloudEvents() {
		EventGridTemplate template = new EventGridTemplate(new ReactiveEventGridTemplate(
				fixture.publisher(EmulatorFixture.CE_DOMAIN).domainTopic("orders").build()));

		template.convertAndSend(new Order("A-1", 2));
		template.send(CloudEvent.builder().source("billing").type("t").data(1).build());

		assertThat(fixture.emulator.receivedEvents(EmulatorFixture.CE_DOMAIN)).extracting(ReceivedEvent::domainTopic)
			.containsExactly("orders", "billing");
	}

	@Test
	void sendsTheChannelNameWithCloudEvents() {
		EventGridTemplate template = new EventGridTemplate(
				new ReactiveEventGridTemplate(fixture.publisher(EmulatorFixture.CE).channelName("partner-a").build()));

		template.send(CloudEvent.builder().source("/s").type("t").data(1).build());

		assertThat(fixture.emulator.receivedEvents(EmulatorFixture.CE).get(0).headers().first("aeg-channel-name"))
			.isEqualTo("partner-a");
	}

	@Test
	void convertAndSendWrapsAPayloadAsACloudEventWithConfiguredAndHeaderAttributes() {
		EventGridTemplate template = new EventGridTemplate(new ReactiveEventGridTemplate(
				fixture.publisher(EmulatorFixture.CE).cloudEventSource("/orders").typePrefix("com.contoso.").build()));

		template.convertAndSend(new Order("A-1", 2));
		template.convertAndSend(EmulatorFixture.CE, new Order("A-2", 3), Map.of(EventGridHeaders.TYPE, "custom.type",
				EventGridHeaders.SUBJECT, "orders/A-2", EventGridHeaders.EXTENSION_PREFIX + "tenant", "contoso"));

		List<ReceivedEvent> received = fixture.emulator.receivedEvents(EmulatorFixture.CE);
		assertThat(received.get(0).text("source")).isEqualTo("/orders");
		assertThat(received.get(0).text("type")).isEqualTo("com.contoso.Order");
		assertThat(received.get(0).node().get("data").get("id").asString()).isEqualTo("A-1");
		assertThat(received.get(1).text("type")).isEqualTo("custom.type");
		assertThat(received.get(1).text("subject")).isEqualTo("orders/A-2");
		assertThat(received.get(1).text("tenant")).isEqualTo("contoso");
	}

	@Test
	void convertAndSendWrapsAPayloadAsAnEventGridEvent() {
		EventGridTemplate template = new EventGridTemplate(
				new ReactiveEventGridTemplate(fixture.publisher(EmulatorFixture.EG).build()));

		template.convertAndSend(EmulatorFixture.EG, new Order("A-1", 2), Map.of(EventGridHeaders.SUBJECT, "orders"));

		ReceivedEvent received = fixture.emulator.receivedEvents(EmulatorFixture.EG).get(0);
		assertThat(received.text("eventType")).isEqualTo(Order.class.getName());
		assertThat(received.text("subject")).isEqualTo("orders");
		assertThat(received.text("dataVersion")).isEqualTo("1.0");
	}

	@Test
	void sendsCustomPayloadsAsGiven() {
		EventGridTemplate template = new EventGridTemplate(
				new ReactiveEventGridTemplate(fixture.publisher(EmulatorFixture.CUSTOM).build()));

		template.convertAndSend(new Order("A-1", 2));

		assertThat(fixture.emulator.receivedEvents(EmulatorFixture.CUSTOM).get(0).json())
			.isEqualTo("{\"id\":\"A-1\",\"quantity\":2}");
	}

	@Test
	void sendsWithTheApplicationsJsonMapper() {
		JsonMapper snakeCase = JsonMapper.builder()
			.propertyNamingStrategy(tools.jackson.databind.PropertyNamingStrategies.SNAKE_CASE)
			.build();
		EventGridTemplate template = new EventGridTemplate(
				new ReactiveEventGridTemplate(fixture.publisher(EmulatorFixture.CE).jsonMapper(snakeCase).build()));

		template.send(CloudEvent.builder().source("/s").type("t").data(new Shipment("A-1", 3)).build());

		assertThat(fixture.emulator.receivedEvents(EmulatorFixture.CE).get(0).node().get("data").has("order_id"))
			.isTrue();
	}

	private static EventGridCredential credential(String kind, String topic) {
		return switch (kind) {
			case "key" -> fixture.accessKey(topic);
			case "sas" -> fixture.sasToken(topic);
			default -> fixture.bearerToken();
		};
	}

	private static Map<String, Object> eventGridInputs() {
		Map<String, Object> inputs = new LinkedHashMap<>();
		inputs.put("eg-typed", eventGridEvent("eg-typed"));
		inputs.put("eg-map", eventGridMap("eg-map"));
		inputs.put("eg-node", MAPPER.valueToTree(eventGridMap("eg-node")));
		return inputs;
	}

	private static Map<String, Object> cloudEventInputs() {
		Map<String, Object> inputs = new LinkedHashMap<>();
		inputs.put("ce-typed", CloudEvent.builder().id("ce-typed").source("/s").type("t").data(Map.of("a", 1)).build());
		com.azure.core.models.CloudEvent azure = new com.azure.core.models.CloudEvent("/s", "t",
				BinaryData.fromObject(Map.of("a", 1)), CloudEventDataFormat.JSON, "application/json");
		azure.setId("ce-azure");
		inputs.put("ce-azure", azure);
		inputs.put("ce-cncf",
				CloudEventBuilder.v1()
					.withId("ce-cncf")
					.withSource(URI.create("/s"))
					.withType("t")
					.withData("application/json", "{\"a\":1}".getBytes(StandardCharsets.UTF_8))
					.build());
		inputs.put("ce-map", Map.of("specversion", "1.0", "id", "ce-map", "source", "/s", "type", "t", "data", 1));
		ObjectNode node = MAPPER.createObjectNode().put("specversion", "1.0").put("id", "ce-node").put("source", "/s");
		inputs.put("ce-node", node.put("type", "t"));
		return inputs;
	}

	private static Map<String, Object> customInputs() {
		Map<String, Object> inputs = new LinkedHashMap<>();
		inputs.put("c-pojo", new Order("c-pojo", 1));
		inputs.put("c-map", Map.of("id", "c-map", "quantity", 2));
		inputs.put("c-node", MAPPER.createObjectNode().put("id", "c-node"));
		return inputs;
	}

	static EventGridEvent eventGridEvent(String id) {
		return EventGridEvent.builder()
			.id(id)
			.subject("s")
			.eventType("t")
			.dataVersion("1.0")
			.data(Map.of("a", 1))
			.build();
	}

	private static Map<String, Object> eventGridMap(String id) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("id", id);
		map.put("subject", "s");
		map.put("eventType", "t");
		map.put("eventTime", "2024-05-01T10:00:00Z");
		map.put("dataVersion", "1.0");
		map.put("data", Map.of("a", 1));
		return map;
	}

	record Order(String id, int quantity) {
	}

	record Shipment(String orderId, int parcels) {
	}

}
