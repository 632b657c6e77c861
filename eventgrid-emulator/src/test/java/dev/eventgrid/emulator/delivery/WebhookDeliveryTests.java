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

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.delivery.WebhookReceiver.Reply;
import dev.eventgrid.emulator.delivery.WebhookReceiver.Request;
import dev.eventgrid.emulator.model.InputSchema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for what a webhook receives: requests, headers, schemas, scopes and filters.
 *
 * @author Event Grid for Spring Boot team
 */
class WebhookDeliveryTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private static EventGridEmulator emulator;

	private final WebhookReceiver receiver = WebhookReceiver.start();

	@BeforeAll
	static void startEmulator() {
		emulator = EventGridEmulator.builder()
			.topic("orders", InputSchema.EVENT_GRID_EVENT)
			.topic("cloud", InputSchema.CLOUD_EVENT_V1_0)
			.topic("raw", InputSchema.CUSTOM)
			.domain("shop", InputSchema.EVENT_GRID_EVENT)
			.start();
	}

	@AfterAll
	static void stopEmulator() {
		emulator.close();
	}

	@AfterEach
	void reset() {
		emulator.subscriptions().forEach((subscription) -> emulator.unsubscribe(subscription.name()));
		emulator.clear();
		this.receiver.close();
	}

	@Test
	void postsEachEventAloneAsAnArrayOfOneWithEventGridHeaders() throws Exception {
		emulator.subscribe("orders", EventSubscription.webhook("Orders-Hook", this.receiver.uri()));
		Events.publish(emulator, "orders", Events.gridEvent("1", "Order.Created", "/orders/1"),
				Events.gridEvent("2", "Order.Shipped", "/orders/2"));
		List<Request> notifications = this.receiver.awaitNotifications(2, TIMEOUT);
		assertThat(notifications).extracting((request) -> request.json().get(0).get("id").asString())
			.containsExactlyInAnyOrder("1", "2");
		Request request = notifications.stream()
			.filter((candidate) -> "1".equals(candidate.headers().first("aeg-output-event-id")))
			.findFirst()
			.orElseThrow();
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.uri()).isEqualTo("/api/events");
		assertThat(request.headers().first("Content-Type")).isEqualTo("application/json; charset=utf-8");
		assertThat(request.headers().first("aeg-event-type")).isEqualTo("Notification");
		assertThat(request.headers().first("aeg-subscription-name")).isEqualTo("ORDERS-HOOK");
		assertThat(request.headers().first("aeg-delivery-count")).isEqualTo("0");
		assertThat(request.headers().first("aeg-metadata-version")).isEqualTo("1");
		assertThat(request.headers().first("aeg-data-version")).isEqualTo("2.0");
		assertThat(request.headers().first("aeg-output-event-id")).isEqualTo("1");
		JsonNode events = request.json();
		assertThat(events.size()).isEqualTo(1);
		JsonNode event = events.get(0);
		assertThat(event.get("topic").asString()).isEqualTo(emulator.resourceId("orders"));
		assertThat(event.get("metadataVersion").asString()).isEqualTo("1");
		assertThat(event.get("eventTime").asString()).isEqualTo("2024-05-01T10:00:00.1234567Z");
		assertThat(event.get("data").get("n").asInt()).isEqualTo(1);
		assertThat(emulator.awaitDeliveries("orders-hook", 2, TIMEOUT)).allSatisfy((attempt) -> {
			assertThat(attempt.statusCode()).isEqualTo(200);
			assertThat(attempt.deliveryCount()).isZero();
			assertThat(attempt.subscription()).isEqualTo("Orders-Hook");
		});
	}

	@Test
	void transformsEventGridEventsIntoCloudEvents() throws Exception {
		emulator.subscribe("orders",
				EventSubscription.webhook("ce-hook", this.receiver.uri()).deliverySchema(InputSchema.CLOUD_EVENT_V1_0));
		Events.publish(emulator, "orders", Events.gridEvent("1", "Order.Created", "/orders/1"));
		Request request = this.receiver.awaitNotifications(1, TIMEOUT).get(0);
		assertThat(request.headers().first("Content-Type")).isEqualTo("application/cloudevents+json; charset=utf-8");
		assertThat(request.headers().first("aeg-metadata-version")).isEqualTo("1.0");
		assertThat(request.headers().contains("aeg-data-version")).isFalse();
		JsonNode event = request.json();
		assertThat(event.isObject()).isTrue();
		assertThat(event.get("specversion").asString()).isEqualTo("1.0");
		assertThat(event.get("id").asString()).isEqualTo("1");
		assertThat(event.get("source").asString()).isEqualTo(emulator.resourceId("orders"));
		assertThat(event.get("type").asString()).isEqualTo("Order.Created");
		assertThat(event.get("subject").asString()).isEqualTo("/orders/1");
		assertThat(event.get("time").asString()).isEqualTo("2024-05-01T10:00:00.1234567Z");
		assertThat(event.get("dataschema").asString()).isEqualTo("#2.0");
		assertThat(event.get("data").get("n").asInt()).isEqualTo(1);
	}

	@Test
	void deliversCloudEventsVerbatimAsSingleObjects() throws Exception {
		emulator.subscribe("cloud", EventSubscription.webhook("ce-hook", this.receiver.uri()));
		String published = Events.cloudEvent("c1", "Order.Created", "/orders/1");
		Events.publish(emulator, "cloud", published);
		Request request = this.receiver.awaitNotifications(1, TIMEOUT).get(0);
		assertThat(request.json()).isEqualTo(WebhookReceiver.MAPPER.readTree(published));
		assertThat(request.headers().first("aeg-output-event-id")).isEqualTo("c1");
	}

	@Test
	void refusesDeliverySchemasTheServiceCannotProduce() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> emulator.subscribe("cloud",
					EventSubscription.queue("queue-1").deliverySchema(InputSchema.EVENT_GRID_EVENT)))
			.withMessage("'cloud' takes CloudEvents, which Event Grid delivers only as CloudEventSchemaV1_0, "
					+ "not as EventGridSchema");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> emulator.subscribe("orders",
					EventSubscription.queue("queue-2").deliverySchema(InputSchema.CUSTOM)))
			.withMessageContaining("CustomInputSchema delivery needs a topic with a custom input schema");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> emulator.subscribe("raw",
					EventSubscription.queue("queue-3").deliverySchema(InputSchema.CLOUD_EVENT_V1_0)))
			.withMessageContaining("has no input schema mappings");
		assertThat(emulator.subscriptions()).isEmpty();
	}

	@Test
	void deliversCustomEventsVerbatimOrWrappedInEventGridEvents() throws Exception {
		emulator.subscribe("raw",
				EventSubscription.webhook("verbatim", this.receiver.uri()).deliverySchema(InputSchema.CUSTOM));
		emulator.subscribe("raw", EventSubscription.queue("wrapped"));
		Events.publish(emulator, "raw", "{\"eventType\":\"Order.Created\",\"n\":1}");
		assertThat(this.receiver.awaitNotifications(1, TIMEOUT).get(0).json())
			.isEqualTo(WebhookReceiver.MAPPER.readTree("[{\"eventType\":\"Order.Created\",\"n\":1}]"));
		QueueMessage message = emulator.queue("wrapped").poll(TIMEOUT);
		JsonNode wrapped = WebhookReceiver.MAPPER.readTree(new String(Base64.getDecoder().decode(message.body())));
		assertThat(wrapped.get("eventType").asString()).isEqualTo("Order.Created");
		assertThat(wrapped.get("subject").asString()).isEmpty();
		assertThat(wrapped.get("dataVersion").asString()).isEmpty();
		assertThat(wrapped.get("metadataVersion").asString()).isEqualTo("1");
		assertThat(wrapped.get("topic").asString()).isEqualTo(emulator.resourceId("raw"));
		assertThat(wrapped.get("id").asString()).isNotBlank();
		assertThat(wrapped.get("data").get("n").asInt()).isEqualTo(1);
	}

	@Test
	void scopesDomainSubscriptionsToTheirDomainTopic() throws Exception {
		emulator.subscribe("shop", "north", EventSubscription.queue("north-only"));
		emulator.subscribe("shop", EventSubscription.queue("whole-domain"));
		Events.publish(emulator, "shop", Events.domainEvent("n1", "north"), Events.domainEvent("s1", "south"));
		emulator.awaitDeliveries("whole-domain", 2, TIMEOUT);
		emulator.awaitDeliveries("north-only", 1, TIMEOUT);
		List<QueueMessage> north = emulator.queue("north-only").drain();
		assertThat(north).hasSize(1);
		JsonNode event = WebhookReceiver.MAPPER.readTree(new String(Base64.getDecoder().decode(north.get(0).body())));
		assertThat(event.get("id").asString()).isEqualTo("n1");
		assertThat(event.get("topic").asString()).isEqualTo(emulator.resourceId("shop") + "/topics/north");
		assertThat(emulator.queue("whole-domain").size()).isEqualTo(2);
	}

	@Test
	void filtersByEventTypeIgnoringCase() throws Exception {
		emulator.subscribe("orders",
				EventSubscription.queue("created").includedEventTypes("order.created", "Order.Cancelled"));
		Events.publish(emulator, "orders", Events.gridEvent("1", "Order.Created", "/a"),
				Events.gridEvent("2", "Order.Shipped", "/a"), Events.gridEvent("3", "ORDER.CANCELLED", "/a"));
		assertThat(deliveredIds("created", 2)).containsExactlyInAnyOrder("1", "3");
	}

	@Test
	void filtersBySubjectPrefixAndSuffixIgnoringCaseUnlessAskedNotTo() throws Exception {
		emulator.subscribe("orders", EventSubscription.queue("prefix").subjectBeginsWith("/Orders/EU/"));
		emulator.subscribe("orders", EventSubscription.queue("suffix").subjectEndsWith(".JSON"));
		emulator.subscribe("orders",
				EventSubscription.queue("both")
					.subjectBeginsWith("/orders/")
					.subjectEndsWith(".json")
					.subjectCaseSensitive(true));
		Events.publish(emulator, "orders", Events.gridEvent("1", "t", "/orders/eu/1.json"),
				Events.gridEvent("2", "t", "/orders/us/2.JSON"), Events.gridEvent("3", "t", "/ORDERS/eu/3.xml"),
				Events.gridEvent("4", "t", "/orders/us/4.json"));
		assertThat(deliveredIds("prefix", 2)).containsExactlyInAnyOrder("1", "3");
		assertThat(deliveredIds("suffix", 3)).containsExactlyInAnyOrder("1", "2", "4");
		assertThat(deliveredIds("both", 2)).containsExactlyInAnyOrder("1", "4");
	}

	@Test
	void answersThePublisherWithoutWaitingForTheWebhook() throws Exception {
		emulator.subscribe("orders", EventSubscription.webhook("slow", this.receiver.uri()));
		CompletableFuture<Void> gate = new CompletableFuture<>();
		this.receiver.replyWith((request) -> Reply.status(200).after(gate));
		Events.publish(emulator, "orders", Events.gridEvent("1", "t", "/a"));
		this.receiver.awaitNotifications(1, TIMEOUT);
		assertThat(emulator.deliveries("slow")).isEmpty();
		gate.complete(null);
		assertThat(emulator.awaitDeliveries("slow", 1, TIMEOUT)).hasSize(1);
	}

	private static List<String> deliveredIds(String subscription, int count) throws InterruptedException {
		emulator.awaitDeliveries(subscription, count, TIMEOUT);
		Thread.sleep(50);
		return emulator.deliveries(subscription).stream().map(DeliveryAttempt::eventId).toList();
	}

}
