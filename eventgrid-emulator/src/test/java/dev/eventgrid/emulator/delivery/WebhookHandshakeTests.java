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

import java.net.http.HttpResponse;
import java.time.Duration;

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.delivery.WebhookReceiver.Reply;
import dev.eventgrid.emulator.delivery.WebhookReceiver.Request;
import dev.eventgrid.emulator.model.EmulatedTopic;
import dev.eventgrid.emulator.model.InputSchema;
import dev.eventgrid.emulator.tls.TlsMaterial;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the webhook validation handshakes.
 *
 * @author Event Grid for Spring Boot team
 */
class WebhookHandshakeTests {

	private static EventGridEmulator emulator;

	private final WebhookReceiver receiver = WebhookReceiver.start();

	@BeforeAll
	static void startEmulator() {
		emulator = EventGridEmulator.builder()
			.topic("orders", InputSchema.EVENT_GRID_EVENT)
			.topic("cloud", InputSchema.CLOUD_EVENT_V1_0)
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
	void completesTheSynchronousValidationHandshakeBeforeDelivering() throws Exception {
		try (EventGridEmulator declared = EventGridEmulator.builder()
			.topic("orders", InputSchema.EVENT_GRID_EVENT)
			.subscription("orders", EventSubscription.webhook("orders-hook", this.receiver.uri()))
			.start()) {
			EmulatedSubscription subscription = declared.subscription("orders-hook");
			assertThat(subscription.state()).isEqualTo(SubscriptionState.SUCCEEDED);
			Request validation = this.receiver.requests().get(0);
			assertThat(validation.method()).isEqualTo("POST");
			assertThat(validation.headers().first("aeg-event-type")).isEqualTo("SubscriptionValidation");
			assertThat(validation.headers().first("aeg-subscription-name")).isEqualTo("ORDERS-HOOK");
			assertThat(validation.headers().first("Content-Type")).isEqualTo("application/json; charset=utf-8");
			JsonNode events = validation.json();
			assertThat(events.isArray()).isTrue();
			assertThat(events.size()).isEqualTo(1);
			JsonNode event = events.get(0);
			assertThat(event.get("eventType").asString()).isEqualTo("Microsoft.EventGrid.SubscriptionValidationEvent");
			assertThat(event.get("subject").asString()).isEmpty();
			assertThat(event.get("topic").asString()).isEqualTo(declared.resourceId("orders"));
			assertThat(event.get("dataVersion").asString()).isEqualTo("1");
			assertThat(event.get("metadataVersion").asString()).isEqualTo("1");
			assertThat(event.get("data").get("validationCode").asString()).isNotBlank();
			assertThat(event.get("data").get("validationUrl").asString()).isEqualTo(subscription.validationUrl())
				.startsWith("http://localhost:" + declared.httpPort() + "/eventsubscriptions/orders-hook/validate?id=");
			Events.publish(declared, "orders", Events.gridEvent("1", "Order.Created", "/orders/1"));
			assertThat(declared.awaitDeliveries("orders-hook", 1, Duration.ofSeconds(5))).hasSize(1);
		}
	}

	@Test
	void waitsLongerForTheHandshakeThanTheCompressedResponseTimeoutOfDeliveries() {
		// A compressed time scale cuts the delivery response timeout to its floor of one
		// second, which a JVM's first connection on a loaded machine can take.
		this.receiver.replyWith((request) -> WebhookReceiver.wellBehaved(request).after(Duration.ofMillis(1500)));
		try (EventGridEmulator compressed = EventGridEmulator.builder()
			.topic("orders", InputSchema.EVENT_GRID_EVENT)
			.deliveryTimeScale(1000)
			.subscription("orders", EventSubscription.webhook("orders-hook", this.receiver.uri()))
			.start()) {
			assertThat(compressed.subscription("orders-hook").state()).isEqualTo(SubscriptionState.SUCCEEDED);
		}
	}

	@Test
	void waitsForAGetOfTheValidationUrlWhenTheEndpointDoesNotEchoTheCode() throws Exception {
		this.receiver.replyWith((request) -> Reply.status(200));
		EmulatedSubscription subscription = emulator.subscribe("orders",
				EventSubscription.webhook("orders-hook", this.receiver.uri()));
		assertThat(subscription.state()).isEqualTo(SubscriptionState.AWAITING_MANUAL_ACTION);
		Events.publish(emulator, "orders", Events.gridEvent("early", "Order.Created", "/orders/1"));
		HttpResponse<String> response = Events.get(subscription.validationUrl());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("Webhook successfully validated as a subscription endpoint.");
		assertThat(subscription.state()).isEqualTo(SubscriptionState.SUCCEEDED);
		Events.publish(emulator, "orders", Events.gridEvent("late", "Order.Created", "/orders/1"));
		assertThat(this.receiver.awaitNotifications(1, Duration.ofSeconds(5))).singleElement()
			.satisfies((request) -> assertThat(request.json().get(0).get("id").asString()).isEqualTo("late"));
		assertThat(Events.get(subscription.validationUrl().replace("token=", "token=x")).statusCode()).isEqualTo(400);
	}

	@Test
	void failsWhenTheManualValidationWindowClosesUnused() throws Exception {
		this.receiver.replyWith((request) -> Reply.status(200).body("{}"));
		try (EventGridEmulator fast = EventGridEmulator.builder()
			.topic("orders", InputSchema.EVENT_GRID_EVENT)
			.deliveryTimeScale(600)
			.start()) {
			EmulatedSubscription subscription = fast.subscribe("orders",
					EventSubscription.webhook("orders-hook", this.receiver.uri()));
			assertThat(subscription.state()).isEqualTo(SubscriptionState.AWAITING_MANUAL_ACTION);
			awaitState(subscription, SubscriptionState.FAILED);
			assertThat(subscription.failureReason()).contains("manual validation window");
			assertThat(Events.get(subscription.validationUrl()).statusCode()).isEqualTo(400);
		}
	}

	@Test
	void failsWhenTheEndpointAnswersTheValidationEventWith202OrAWrongCode() {
		this.receiver.replyWith((request) -> Reply.status(202));
		EmulatedSubscription accepted = emulator.subscribe("orders",
				EventSubscription.webhook("accepted", this.receiver.uri()));
		assertThat(accepted.state()).isEqualTo(SubscriptionState.FAILED);
		assertThat(accepted.failureReason()).contains("got 202; the handshake needs 200");
		this.receiver.replyWith((request) -> Reply.status(200).body("{\"validationResponse\":\"nope\"}"));
		EmulatedSubscription wrong = emulator.subscribe("orders",
				EventSubscription.webhook("wrong", this.receiver.uri()));
		assertThat(wrong.state()).isEqualTo(SubscriptionState.FAILED);
		assertThat(wrong.failureReason()).contains("'nope', which is not the validation code");
	}

	@Test
	void failsWhenTheEndpointIsUnreachable() throws Exception {
		WebhookReceiver stopped = WebhookReceiver.start();
		stopped.close();
		EmulatedSubscription subscription = emulator.subscribe("orders",
				EventSubscription.webhook("orders-hook", stopped.uri()));
		assertThat(subscription.state()).isEqualTo(SubscriptionState.FAILED);
		assertThat(subscription.failureReason()).startsWith("The validation request to " + stopped.uri());
	}

	@Test
	void usesTheCloudEventsAbuseProtectionHandshakeForCloudEventsDelivery() throws Exception {
		EmulatedSubscription subscription = emulator.subscribe("cloud",
				EventSubscription.webhook("orders-hook", this.receiver.uri()));
		assertThat(subscription.state()).isEqualTo(SubscriptionState.SUCCEEDED);
		assertThat(subscription.validationUrl()).isNull();
		Request handshake = this.receiver.requests().get(0);
		assertThat(handshake.method()).isEqualTo("OPTIONS");
		assertThat(handshake.headers().first("WebHook-Request-Origin")).isEqualTo("eventgrid.azure.net");
		this.receiver.replyWith((request) -> Reply.status(200).header("WebHook-Allowed-Origin", "*"));
		assertThat(emulator.subscribe("cloud", EventSubscription.webhook("any-origin", this.receiver.uri())).state())
			.isEqualTo(SubscriptionState.SUCCEEDED);
	}

	@Test
	void failsTheAbuseProtectionHandshakeWithoutAnAllowedOrigin() {
		this.receiver.replyWith((request) -> Reply.status(200));
		EmulatedSubscription missing = emulator.subscribe("cloud",
				EventSubscription.webhook("missing", this.receiver.uri()));
		assertThat(missing.state()).isEqualTo(SubscriptionState.FAILED);
		assertThat(missing.failureReason()).contains("got 200 with WebHook-Allowed-Origin absent");
		this.receiver.replyWith((request) -> Reply.status(200).header("WebHook-Allowed-Origin", "example.com"));
		EmulatedSubscription other = emulator.subscribe("cloud",
				EventSubscription.webhook("other", this.receiver.uri()));
		assertThat(other.state()).isEqualTo(SubscriptionState.FAILED);
		assertThat(other.failureReason()).contains("'example.com'");
	}

	@Test
	void validatesAndDeliversOverHttpsWithAConfiguredTrust() throws Exception {
		TlsMaterial tls = TlsMaterial.selfSigned("localhost");
		try (WebhookReceiver secure = WebhookReceiver.startSecure(tls);
				EventGridEmulator trusting = EventGridEmulator.builder()
					.topic("orders", InputSchema.EVENT_GRID_EVENT)
					.webhookTrust(tls.trustManagerFactory())
					.start()) {
			EmulatedSubscription subscription = trusting.subscribe("orders",
					EventSubscription.webhook("secure-hook", secure.uri()));
			assertThat(subscription.state()).isEqualTo(SubscriptionState.SUCCEEDED);
			Events.publish(trusting, "orders", Events.gridEvent("1", "Order.Created", "/orders/1"));
			assertThat(secure.awaitNotifications(1, Duration.ofSeconds(5))).hasSize(1);
		}
	}

	@Test
	void refusesHttpsEndpointsItDoesNotTrust() throws Exception {
		try (WebhookReceiver secure = WebhookReceiver.startSecure(TlsMaterial.selfSigned("localhost"))) {
			EmulatedSubscription subscription = emulator.subscribe("orders",
					EventSubscription.webhook("secure-hook", secure.uri()));
			assertThat(subscription.state()).isEqualTo(SubscriptionState.FAILED);
			assertThat(secure.requests()).isEmpty();
		}
	}

	@Test
	void scopesTheValidationEventToTheDomainTopic() {
		EmulatedSubscription subscription = emulator.subscribe("shop", "north",
				EventSubscription.webhook("north-hook", this.receiver.uri()));
		EmulatedTopic shop = emulator.topic("shop");
		assertThat(subscription.scopeResourceId()).isEqualTo(shop.domainTopicResourceId("north"));
		assertThat(subscription.resourceId())
			.isEqualTo(shop.resourceId() + "/topics/north/providers/Microsoft.EventGrid/eventSubscriptions/north-hook");
		assertThat(this.receiver.requests().get(0).json().get(0).get("topic").asString())
			.isEqualTo(shop.domainTopicResourceId("north"));
	}

	static void awaitState(EmulatedSubscription subscription, SubscriptionState state) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (subscription.state() != state && System.nanoTime() < deadline) {
			Thread.sleep(10);
		}
		assertThat(subscription.state()).isEqualTo(state);
	}

}
