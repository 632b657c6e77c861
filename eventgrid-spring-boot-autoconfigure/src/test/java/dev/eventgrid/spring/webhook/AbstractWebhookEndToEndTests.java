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

package dev.eventgrid.spring.webhook;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.delivery.DeadLetteredEvent;
import dev.eventgrid.emulator.delivery.DeliveryAttempt;
import dev.eventgrid.emulator.delivery.DeliveryOutcome;
import dev.eventgrid.emulator.delivery.EmulatedSubscription;
import dev.eventgrid.emulator.delivery.EventSubscription;
import dev.eventgrid.emulator.delivery.SubscriptionState;
import dev.eventgrid.spring.EventGridHeaders;
import dev.eventgrid.spring.core.EventGridPublisher;
import dev.eventgrid.spring.core.EventGridTemplate;
import dev.eventgrid.spring.core.ReactiveEventGridTemplate;
import dev.eventgrid.spring.credential.EventGridCredential;
import dev.eventgrid.spring.event.CloudEvent;
import dev.eventgrid.spring.event.EventGridEvent;
import dev.eventgrid.spring.event.EventSchema;
import dev.eventgrid.spring.listener.EventGridDelivery;
import dev.eventgrid.spring.webhook.RecordingListeners.OrderPlaced;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End-to-end tests of webhooks on one web stack: events published with the template
 * travel through the emulator to the application's listeners, over real HTTP, with both
 * handshakes, retries and dead letters.
 *
 * @author Event Grid for Spring Boot team
 */
abstract class AbstractWebhookEndToEndTests {

	static final Duration TIMEOUT = Duration.ofSeconds(10);

	static EventGridEmulator emulator;

	@LocalServerPort
	int port;

	@Autowired
	RecordingListeners listeners;

	WebhookClient client;

	@BeforeAll
	static void startEmulator() {
		emulator = EventGridEmulator.builder()
			.topic("orders", dev.eventgrid.emulator.model.InputSchema.EVENT_GRID_EVENT)
			.topic("cloud", dev.eventgrid.emulator.model.InputSchema.CLOUD_EVENT_V1_0)
			.topic("raw", dev.eventgrid.emulator.model.InputSchema.CUSTOM)
			.deliveryTimeScale(1000)
			.start();
	}

	@AfterAll
	static void stopEmulator() {
		emulator.close();
	}

	@BeforeEach
	void createClient() {
		this.client = new WebhookClient(this.port);
	}

	@AfterEach
	void reset() {
		emulator.subscriptions().forEach((subscription) -> emulator.unsubscribe(subscription.name()));
		emulator.clear();
		this.listeners.reset();
	}

	@Test
	void eventGridEventsReachTheListenerAsTypedDataAfterTheValidationHandshake() throws Exception {
		EmulatedSubscription subscription = subscribe("orders", "orders-hook", "/api/events");
		assertThat(subscription.state()).isEqualTo(SubscriptionState.SUCCEEDED);

		template("orders", EventSchema.EVENT_GRID_EVENT).send(order("e-1", new OrderPlaced("o-1", 3)));

		assertThat(emulator.awaitDeliveries("orders-hook", 1, TIMEOUT)).singleElement()
			.satisfies((attempt) -> assertThat(attempt.statusCode()).isEqualTo(200));
		assertThat(this.listeners.orders).containsExactly(new OrderPlaced("o-1", 3));
		assertThat(this.listeners.deliveries).singleElement().satisfies((delivery) -> {
			assertThat(delivery.subscriptionName()).isEqualTo("ORDERS-HOOK");
			assertThat(delivery.deliveryCount()).isZero();
			assertThat(delivery.eventType()).isEqualTo(EventGridDelivery.NOTIFICATION);
			assertThat(delivery.outputEventId()).isEqualTo("e-1");
		});
	}

	@Test
	void cloudEventsReachTheListenerAfterTheAbuseProtectionHandshake() throws Exception {
		EmulatedSubscription subscription = subscribe("cloud", "cloud-hook", "/events/cloud");
		assertThat(subscription.state()).isEqualTo(SubscriptionState.SUCCEEDED);

		template("cloud", EventSchema.CLOUD_EVENT).send(CloudEvent.builder()
			.id("c-1")
			.source("/shop")
			.type("Shop.OrderPlaced")
			.data(Map.of("orderId", "o-2", "quantity", 5))
			.build());

		emulator.awaitDeliveries("cloud-hook", 1, TIMEOUT);
		assertThat(this.listeners.cloudEvents).singleElement().satisfies((event) -> {
			assertThat(event.getId()).isEqualTo("c-1");
			assertThat(event.data(OrderPlaced.class)).isEqualTo(new OrderPlaced("o-2", 5));
		});
	}

	@Test
	void aListenerThatThrowsIsRetriedUntilItSucceeds() throws Exception {
		this.listeners.flakyFailures.set(2);
		subscribe("orders", "flaky-hook", "/events/flaky");

		template("orders", EventSchema.EVENT_GRID_EVENT).send(order("e-2", new OrderPlaced("o-3", 1)));

		emulator.awaitDeliveries("flaky-hook", 1, TIMEOUT);
		List<DeliveryAttempt> attempts = emulator.deliveries("flaky-hook");
		assertThat(attempts).extracting(DeliveryAttempt::statusCode).containsExactly(500, 500, 200);
		assertThat(attempts).extracting(DeliveryAttempt::deliveryCount).containsExactly(0, 1, 2);
		assertThat(this.listeners.flakyDeliveryCounts).containsExactly(0, 1, 2);
	}

	@Test
	void aRejectedEventIsDeadLetteredWithoutRetry() throws Exception {
		EmulatedSubscription subscription = subscribe("orders", "rejecting-hook", "/events/rejecting");

		template("orders", EventSchema.EVENT_GRID_EVENT).send(order("e-3", new OrderPlaced("o-4", 1)));

		DeadLetteredEvent deadLetter = subscription.awaitDeadLetters(1, TIMEOUT).get(0);
		assertThat(deadLetter.lastDeliveryOutcome()).isEqualTo(DeliveryOutcome.BAD_REQUEST);
		assertThat(deadLetter.deliveryAttempts()).isEqualTo(1);
		assertThat(this.listeners.rejected).containsExactly("e-3");
	}

	@Test
	void aListenerThatAsksForARetryLaterIsAnswered503AndRetried() throws Exception {
		subscribe("orders", "busy-hook", "/events/busy");

		template("orders", EventSchema.EVENT_GRID_EVENT).send(order("e-4", new OrderPlaced("o-5", 1)));

		emulator.awaitDeliveries("busy-hook", 1, TIMEOUT);
		assertThat(emulator.deliveries("busy-hook")).extracting(DeliveryAttempt::statusCode).containsExactly(503, 200);
		assertThat(this.listeners.busyDeliveryCounts).containsExactly(0, 1);
	}

	@Test
	void anUnreadablePayloadIsDeadLetteredWithoutCallingAListener() throws Exception {
		EmulatedSubscription subscription = emulator.subscribe("raw",
				EventSubscription.webhook("raw-hook", this.client.url("/api/events"))
					.deliverySchema(dev.eventgrid.emulator.model.InputSchema.CUSTOM));
		assertThat(subscription.state()).isEqualTo(SubscriptionState.SUCCEEDED);

		template("raw", EventSchema.CUSTOM).send(Map.of("orderId", "o-6"));

		DeadLetteredEvent deadLetter = subscription.awaitDeadLetters(1, TIMEOUT).get(0);
		assertThat(deadLetter.lastDeliveryOutcome()).isEqualTo(DeliveryOutcome.BAD_REQUEST);
		assertThat(deadLetter.lastHttpStatusCode()).isEqualTo(400);
		assertThat(this.listeners.calls()).isZero();
	}

	@Test
	void answersTheValidationEventWithItsCodeWithoutCallingAListener() {
		HttpResponse<String> response = this.client.post("/api/events",
				WebhookClient.validationEvent("512d38b6-c7b8-40c8-89fe-f46f9e9622b6"), "aeg-event-type",
				"SubscriptionValidation");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		assertThat(response.body()).isEqualTo("{\"validationResponse\":\"512d38b6-c7b8-40c8-89fe-f46f9e9622b6\"}");
		assertThat(this.listeners.calls()).isZero();
	}

	@Test
	void allowsTheEventGridOriginInTheAbuseProtectionHandshake() {
		HttpResponse<String> response = this.client.options("/events/cloud", "WebHook-Request-Origin",
				"eventgrid.azure.net");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("WebHook-Allowed-Origin")).hasValue("eventgrid.azure.net");
	}

	@Test
	void refusesOtherOriginsInTheAbuseProtectionHandshake() {
		HttpResponse<String> response = this.client.options("/events/cloud", "WebHook-Request-Origin",
				"attacker.example.com");

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.headers().firstValue("WebHook-Allowed-Origin")).isEmpty();
	}

	@Test
	void givesTypedSystemEventDataAndWholeBatchesToTheirListeners() {
		String blob = "{\"id\":\"%s\",\"subject\":\"/blobServices/default/containers/c/blobs/%s\","
				+ "\"eventType\":\"Microsoft.Storage.BlobCreated\",\"eventTime\":\"2024-05-01T10:00:00Z\","
				+ "\"dataVersion\":\"\",\"data\":{\"api\":\"PutBlob\",\"url\":\"https://a.blob.core.windows.net/c/%s\"}}";
		HttpResponse<String> response = this.client.post("/events/storage",
				"[" + blob.formatted("b-1", "x.txt", "x.txt") + "," + blob.formatted("b-2", "y.txt", "y.txt") + "]");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(this.listeners.blobs).extracting((data) -> data.url())
			.containsExactly("https://a.blob.core.windows.net/c/x.txt", "https://a.blob.core.windows.net/c/y.txt");
		assertThat(this.listeners.batches).singleElement()
			.satisfies((batch) -> assertThat(batch).extracting(EventGridEvent::getId).containsExactly("b-1", "b-2"));
	}

	@Test
	void refusesDataThatDoesNotFitTheListenerWith400() {
		HttpResponse<String> response = this.client.post("/api/events",
				"[{\"id\":\"e-9\",\"subject\":\"/o\",\"eventType\":\"Shop.OrderPlaced\",\"eventTime\":"
						+ "\"2024-05-01T10:00:00Z\",\"dataVersion\":\"1\",\"data\":{\"quantity\":\"many\"}}]");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("'e-9'", "OrderPlaced");
		assertThat(this.listeners.calls()).isZero();
	}

	@Test
	void acknowledgesTheSubscriptionDeletionEventThatNoListenerNames() {
		HttpResponse<String> response = this.client.post("/api/events",
				"[{\"id\":\"d-1\",\"topic\":\"/t\",\"subject\":\"\",\"eventType\":"
						+ "\"Microsoft.EventGrid.SubscriptionDeletedEvent\",\"eventTime\":\"2024-05-01T10:00:00Z\","
						+ "\"dataVersion\":\"1\",\"data\":{\"eventSubscriptionId\":\"/s/hook\"}}]",
				"aeg-event-type", "SubscriptionDeletion");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(this.listeners.calls()).isZero();
	}

	@Test
	void answersARetryLaterWith503AndTheSuggestedDelay() {
		HttpResponse<String> response = this.client.post("/events/busy", WebhookClient.orderPlaced("e-5", "o-7"));

		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(response.headers().firstValue("Retry-After")).hasValue("30");
	}

	@Test
	void refusesMethodsOtherThanPostAndOptionsWith405() {
		assertThat(this.client.get("/api/events").statusCode()).isEqualTo(405);
	}

	@Test
	void leavesPathsWithoutListenersToTheApplication() {
		assertThat(this.client.post("/api/other", WebhookClient.orderPlaced("e-1", "o-1")).statusCode()).isEqualTo(404);
	}

	@Test
	void aValidatedPayloadAndDeliveryHeadersReachTheListener() throws Exception {
		subscribe("orders", "valid-hook", "/events/valid");

		template("orders", EventSchema.EVENT_GRID_EVENT).send(order("v-1", new OrderPlaced("o-1", 3)));

		assertThat(emulator.awaitDeliveries("valid-hook", 1, TIMEOUT)).singleElement()
			.satisfies((attempt) -> assertThat(attempt.statusCode()).isEqualTo(200));
		assertThat(this.listeners.validOrders).containsExactly("o-1 x3 Shop.OrderPlaced #0");
	}

	@Test
	void aPayloadThatFailsValidationIsDeadLetteredWithoutCallingTheListener() throws Exception {
		EmulatedSubscription subscription = subscribe("orders", "invalid-hook", "/events/valid");

		template("orders", EventSchema.EVENT_GRID_EVENT).send(order("v-2", new OrderPlaced(" ", 0)));

		DeadLetteredEvent deadLetter = subscription.awaitDeadLetters(1, TIMEOUT).get(0);
		assertThat(deadLetter.eventId()).isEqualTo("v-2");
		assertThat(deadLetter.lastDeliveryOutcome()).isEqualTo(DeliveryOutcome.BAD_REQUEST);
		assertThat(deadLetter.deliveryAttempts()).isEqualTo(1);
		assertThat(this.listeners.validOrders).isEmpty();
	}

	@Test
	void aMessageListenerReceivesTheCloudEventWithTheDeliveryHeadersAndItsAttributes() throws Exception {
		subscribe("cloud", "message-hook", "/events/message");

		template("cloud", EventSchema.CLOUD_EVENT).send(CloudEvent.builder()
			.id("m-1")
			.source("/shop")
			.type("Shop.OrderPlaced")
			.subject("orders/o-8")
			.data(Map.of("orderId", "o-8", "quantity", 1))
			.build());

		emulator.awaitDeliveries("message-hook", 1, TIMEOUT);
		assertThat(this.listeners.messages).singleElement().satisfies((message) -> {
			assertThat(message.getPayload().getId()).isEqualTo("m-1");
			assertThat(message.getHeaders()).containsEntry(EventGridHeaders.SUBSCRIPTION_NAME, "MESSAGE-HOOK")
				.containsEntry(EventGridHeaders.DELIVERY_COUNT, 0)
				.containsEntry(EventGridHeaders.TYPE, "Shop.OrderPlaced")
				.containsEntry(EventGridHeaders.SUBJECT, "orders/o-8")
				.containsEntry(EventGridHeaders.SOURCE, "/shop");
		});
	}

	@Test
	void aBatchListenerTakesEachDeliveryOfTheEmulatorAsAList() throws Exception {
		subscribe("orders", "batch-hook", "/events/batch");

		template("orders", EventSchema.EVENT_GRID_EVENT)
			.send(List.of(order("b-1", new OrderPlaced("o-1", 1)), order("b-2", new OrderPlaced("o-2", 2))));

		emulator.awaitDeliveries("batch-hook", 2, TIMEOUT);
		// Event Grid delivers one event per request unless output batching is on
		assertThat(this.listeners.orderBatches).hasSize(2)
			.allSatisfy((batch) -> assertThat(batch).hasSize(1))
			.flatMap((batch) -> batch)
			.containsExactlyInAnyOrder(new OrderPlaced("o-1", 1), new OrderPlaced("o-2", 2));
	}

	@Test
	void aBatchListenerTakesEveryEventOfABatchedDeliveryInOneCall() {
		String first = WebhookClient.orderPlaced("b-3", "o-3");
		String second = WebhookClient.orderPlaced("b-4", "o-4");
		HttpResponse<String> response = this.client.post("/events/batch",
				first.substring(0, first.length() - 1) + "," + second.substring(1));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(this.listeners.orderBatches)
			.containsExactly(List.of(new OrderPlaced("o-3", 2), new OrderPlaced("o-4", 2)));
	}

	@Test
	void aCustomArgumentResolverGivesTheListenerTheTenantOfTheEvent() throws Exception {
		subscribe("cloud", "tenant-hook", "/events/tenant");

		template("cloud", EventSchema.CLOUD_EVENT).send(CloudEvent.builder()
			.id("t-1")
			.source("/shop")
			.type("Shop.OrderPlaced")
			.extension("tenant", "contoso")
			.data(Map.of("orderId", "o-9"))
			.build());

		emulator.awaitDeliveries("tenant-hook", 1, TIMEOUT);
		assertThat(this.listeners.tenants).containsExactly("contoso:t-1");
	}

	@Test
	void anErrorHandlerDeadLettersAPoisonEventAtTheFirstAttempt() throws Exception {
		EmulatedSubscription subscription = subscribe("orders", "poison-hook", "/events/poison");

		template("orders", EventSchema.EVENT_GRID_EVENT).send(order("p-1", new OrderPlaced("o-10", 1)));

		DeadLetteredEvent deadLetter = subscription.awaitDeadLetters(1, TIMEOUT).get(0);
		assertThat(deadLetter.eventId()).isEqualTo("p-1");
		assertThat(deadLetter.deadLetterReason()).isEqualTo("UndeliverableDueToHttpBadRequest");
		assertThat(deadLetter.lastHttpStatusCode()).isEqualTo(400);
		assertThat(deadLetter.deliveryAttempts()).isEqualTo(1);
		assertThat(this.listeners.poisoned).containsExactly("p-1");
	}

	@Test
	void aBinaryModeCloudEventReachesTheListenerAsItsStructuredTwin() {
		String data = "{\"orderId\": \"o-11\", \"quantity\": 4}";
		HttpResponse<String> structured = this.client.post("/events/cloud", "{\"specversion\":\"1.0\",\"id\":\"x-1\","
				+ "\"source\":\"/shop/eu\",\"type\":\"Shop.OrderPlaced\",\"subject\":\"Euro \u20ac \ud83d\ude00\","
				+ "\"time\":\"2024-05-01T10:00:00.123Z\",\"datacontenttype\":\"application/json\","
				+ "\"tenant\":\"contoso\",\"traceparent\":\"00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01\","
				+ "\"data\":" + data + "}", "Content-Type", "application/cloudevents+json; charset=utf-8");
		HttpResponse<String> binary = this.client.post("/events/cloud", data, "Content-Type", "application/json",
				"ce-specversion", "1.0", "ce-id", "x-1", "ce-source", "/shop/eu", "ce-type", "Shop.OrderPlaced",
				"ce-subject", "Euro%20%E2%82%AC%20%F0%9F%98%80", "ce-time", "2024-05-01T10:00:00.123Z", "ce-tenant",
				"\"contoso\"", "ce-traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");

		assertThat(structured.statusCode()).isEqualTo(200);
		assertThat(binary.statusCode()).isEqualTo(200);
		assertThat(this.listeners.cloudEvents).hasSize(2);
		CloudEvent fromStructured = this.listeners.cloudEvents.get(0);
		CloudEvent fromBinary = this.listeners.cloudEvents.get(1);
		assertThat(fromBinary.toJson()).isEqualTo(fromStructured.toJson());
		assertThat(fromBinary).isEqualTo(fromStructured);
		assertThat(fromBinary.getSubject()).isEqualTo("Euro \u20ac \ud83d\ude00");
		assertThat(fromBinary.getExtensions()).containsEntry("tenant", "contoso");
		assertThat(fromBinary.data(OrderPlaced.class)).isEqualTo(new OrderPlaced("o-11", 4));
	}

	@Test
	void refusesABinaryModeCloudEventWithoutASourceWith400() {
		HttpResponse<String> response = this.client.post("/events/cloud", "{}", "Content-Type", "application/json",
				"ce-specversion", "1.0", "ce-id", "x-2", "ce-type", "Shop.OrderPlaced");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("ce-source");
		assertThat(this.listeners.calls()).isZero();
	}

	private EmulatedSubscription subscribe(String topic, String name, String path) {
		return emulator.subscribe(topic, EventSubscription.webhook(name, this.client.url(path)));
	}

	static EventGridTemplate template(String topic, EventSchema schema) {
		return new EventGridTemplate(
				new ReactiveEventGridTemplate(EventGridPublisher.builder(emulator.httpEndpoint(topic))
					.name(topic)
					.schema(schema)
					.credential(EventGridCredential.accessKey(emulator.key(topic)))
					.build()));
	}

	static EventGridEvent order(String id, OrderPlaced order) {
		return EventGridEvent.builder()
			.id(id)
			.subject("/orders/" + order.orderId())
			.eventType("Shop.OrderPlaced")
			.dataVersion("1.0")
			.data(order)
			.build();
	}

}
