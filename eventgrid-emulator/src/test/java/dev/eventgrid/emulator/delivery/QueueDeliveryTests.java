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

package dev.eventgrid.emulator.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.model.InputSchema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for delivery to Storage Queue and Service Bus subscriptions.
 *
 * @author Event Grid for Spring Boot team
 */
class QueueDeliveryTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private static EventGridEmulator emulator;

	@BeforeAll
	static void startEmulator() {
		emulator = EventGridEmulator.builder()
			.topic("orders", InputSchema.EVENT_GRID_EVENT)
			.topic("cloud", InputSchema.CLOUD_EVENT_V1_0)
			.subscription("orders", EventSubscription.queue("orders-queue"))
			.subscription("orders", EventSubscription.queue("orders-text").base64Encoded(false))
			.subscription("orders", EventSubscription.serviceBusQueue("orders-bus"))
			.subscription("cloud", EventSubscription.queue("cloud-queue"))
			.start();
	}

	@AfterAll
	static void stopEmulator() {
		emulator.close();
	}

	@BeforeEach
	void clear() {
		emulator.clear();
	}

	@Test
	void writesOneBase64EncodedEventObjectPerStorageQueueMessage() throws Exception {
		Instant published = Instant.now();
		publishToOrders(Events.gridEvent("1", "Order.Created", "/orders/1"),
				Events.gridEvent("2", "Order.Created", "/orders/2"));
		EmulatedQueue queue = emulator.queue("orders-queue");
		QueueMessage first = queue.poll(TIMEOUT);
		QueueMessage second = queue.poll(TIMEOUT);
		assertThat(List.of(first, second)).allSatisfy((message) -> {
			assertThat(message.properties()).isEmpty();
			assertThat(message.messageId()).isNotBlank();
			assertThat(message.enqueuedAt()).isAfterOrEqualTo(published.minusSeconds(1));
		});
		JsonNode event = WebhookReceiver.MAPPER.readTree(decode(first.body()));
		assertThat(event.isObject()).isTrue();
		assertThat(event.get("topic").asString()).isEqualTo(emulator.resourceId("orders"));
		assertThat(event.get("metadataVersion").asString()).isEqualTo("1");
		JsonNode other = WebhookReceiver.MAPPER.readTree(decode(second.body()));
		assertThat(List.of(event.get("id").asString(), other.get("id").asString())).containsExactlyInAnyOrder("1", "2");
		assertThat(queue.poll()).isNull();
		assertThat(queue.size()).isZero();
	}

	@Test
	void writesPlainTextMessagesWhenAskedTo() throws Exception {
		publishToOrders(Events.gridEvent("1", "Order.Created", "/orders/1"));
		QueueMessage message = emulator.queue("orders-text").poll(TIMEOUT);
		JsonNode event = WebhookReceiver.MAPPER.readTree(message.body());
		assertThat(event.get("id").asString()).isEqualTo("1");
		assertThat(event.get("subject").asString()).isEqualTo("/orders/1");
	}

	@Test
	void writesCloudEventsToQueuesAsObjects() throws Exception {
		Events.publish(emulator, "cloud", Events.cloudEvent("c1", "Order.Created", "/orders/1"));
		emulator.awaitDeliveries("cloud-queue", 1, TIMEOUT);
		QueueMessage message = emulator.queue("cloud-queue").poll(TIMEOUT);
		JsonNode event = WebhookReceiver.MAPPER.readTree(decode(message.body()));
		assertThat(event.get("specversion").asString()).isEqualTo("1.0");
		assertThat(event.get("id").asString()).isEqualTo("c1");
	}

	@Test
	void writesServiceBusMessagesWithEventGridProperties() throws Exception {
		publishToOrders(Events.gridEvent("1", "Order.Created", "/orders/1"));
		QueueMessage message = emulator.queue("orders-bus").poll(TIMEOUT);
		JsonNode event = WebhookReceiver.MAPPER.readTree(message.body());
		assertThat(event.get("id").asString()).isEqualTo("1");
		assertThat(event.get("eventType").asString()).isEqualTo("Order.Created");
		assertThat(message.properties()).isEqualTo(
				Map.of("aeg-event-type", "Notification", "aeg-subscription-name", "ORDERS-BUS", "aeg-delivery-count",
						"0", "aeg-metadata-version", "1", "aeg-data-version", "2.0", "aeg-output-event-id", "1"));
		publishToOrders(Events.gridEvent("1", "Order.Created", "/orders/1"));
		assertThat(emulator.queue("orders-bus").poll(TIMEOUT).messageId()).isEqualTo(message.messageId());
	}

	@Test
	void drainsQueuesAndRecordsEachStoredMessageAsADelivery() throws Exception {
		publishToOrders(Events.gridEvent("1", "t", "/a"), Events.gridEvent("2", "t", "/b"),
				Events.gridEvent("3", "t", "/c"));
		List<DeliveryAttempt> attempts = emulator.deliveries("orders-text");
		assertThat(attempts).extracting(DeliveryAttempt::statusCode).containsExactly(201, 201, 201);
		assertThat(emulator.queue("orders-text").size()).isEqualTo(3);
		assertThat(emulator.queue("orders-text").drain()).hasSize(3);
		assertThat(emulator.queue("orders-text").size()).isZero();
		assertThat(emulator.deliveries()).hasSize(9);
		emulator.clear();
		assertThat(emulator.deliveries()).isEmpty();
		assertThat(emulator.queue("orders-queue").size()).isZero();
	}

	@Test
	void refusesToTreatAWebhookAsAQueue() {
		assertThatIllegalArgumentException().isThrownBy(() -> emulator.queue("missing"))
			.withMessage("No event subscription named 'missing'");
		assertThatIllegalStateException()
			.isThrownBy(() -> EventSubscription.serviceBusQueue("bus").base64Encoded(false))
			.withMessage("Only Storage Queue subscriptions have a message encoding");
	}

	private static void publishToOrders(String... events) throws Exception {
		List<String> subscriptions = List.of("orders-queue", "orders-text", "orders-bus");
		int delivered = emulator.deliveries("orders-bus").size();
		Events.publish(emulator, "orders", events);
		for (String subscription : subscriptions) {
			emulator.awaitDeliveries(subscription, delivered + events.length, TIMEOUT);
		}
	}

	private static String decode(String base64) {
		return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
	}

}
