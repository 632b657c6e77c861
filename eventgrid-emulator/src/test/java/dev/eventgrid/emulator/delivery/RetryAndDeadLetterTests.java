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
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.delivery.WebhookReceiver.Reply;
import dev.eventgrid.emulator.model.InputSchema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for retries on Event Grid's compressed schedule and for dead-lettering.
 *
 * @author Event Grid for Spring Boot team
 */
class RetryAndDeadLetterTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private static EventGridEmulator emulator;

	private final WebhookReceiver receiver = WebhookReceiver.start();

	@BeforeAll
	static void startEmulator() {
		emulator = EventGridEmulator.builder()
			.topic("orders", InputSchema.EVENT_GRID_EVENT)
			.topic("cloud", InputSchema.CLOUD_EVENT_V1_0)
			.deliveryTimeScale(1000)
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
	void retriesA503OnTheScaledScheduleCountingDeliveries() throws Exception {
		AtomicInteger notifications = new AtomicInteger();
		this.receiver.replyWith((request) -> !request.isNotification() ? WebhookReceiver.wellBehaved(request)
				: Reply.status((notifications.incrementAndGet() <= 2) ? 503 : 200));
		emulator.subscribe("orders", EventSubscription.webhook("busy-hook", this.receiver.uri()));
		Events.publish(emulator, "orders", Events.gridEvent("1", "t", "/a"));
		assertThat(emulator.awaitDeliveries("busy-hook", 1, TIMEOUT)).hasSize(1);
		List<DeliveryAttempt> attempts = emulator.deliveries("busy-hook");
		assertThat(attempts).extracting(DeliveryAttempt::statusCode).containsExactly(503, 503, 200);
		assertThat(attempts).extracting(DeliveryAttempt::outcome)
			.containsExactly(DeliveryOutcome.BUSY, DeliveryOutcome.BUSY, DeliveryOutcome.DELIVERED);
		assertThat(attempts).extracting(DeliveryAttempt::deliveryCount).containsExactly(0, 1, 2);
		assertThat(this.receiver.notifications()).extracting((request) -> request.headers().first("aeg-delivery-count"))
			.containsExactly("0", "1", "2");
		assertThat(Duration.between(attempts.get(0).time(), attempts.get(1).time()))
			.isGreaterThanOrEqualTo(Duration.ofMillis(30));
		assertThat(Duration.between(attempts.get(1).time(), attempts.get(2).time()))
			.isGreaterThanOrEqualTo(Duration.ofMillis(30));
		assertThat(emulator.subscription("busy-hook").deadLetters()).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "400, BAD_REQUEST", "401, UNAUTHORIZED", "403, FORBIDDEN", "413, PAYLOAD_TOO_LARGE" })
	void deadLettersAtOnceWhenTheStatusIsNotRetried(int status, DeliveryOutcome outcome) throws Exception {
		this.receiver.replyWith(
				(request) -> request.isNotification() ? Reply.status(status) : WebhookReceiver.wellBehaved(request));
		EmulatedSubscription subscription = emulator.subscribe("orders",
				EventSubscription.webhook("refusing-hook", this.receiver.uri()));
		Events.publish(emulator, "orders", Events.gridEvent("1", "t", "/a"));
		DeadLetteredEvent deadLetter = subscription.awaitDeadLetters(1, TIMEOUT).get(0);
		assertThat(deadLetter.deadLetterReason()).isEqualTo("UndeliverableDueToHttp" + outcome.serviceName());
		assertThat(deadLetter.deliveryAttempts()).isEqualTo(1);
		assertThat(deadLetter.lastDeliveryOutcome()).isEqualTo(outcome);
		assertThat(deadLetter.lastHttpStatusCode()).isEqualTo(status);
		Thread.sleep(50);
		assertThat(emulator.deliveries("refusing-hook")).hasSize(1);
	}

	@Test
	void deadLettersAfterTheMaximumNumberOfAttempts() throws Exception {
		this.receiver.replyWith(
				(request) -> request.isNotification() ? Reply.status(404) : WebhookReceiver.wellBehaved(request));
		EmulatedSubscription subscription = emulator.subscribe("orders",
				EventSubscription.webhook("missing-hook", this.receiver.uri()).maxDeliveryAttempts(3));
		Instant published = Instant.now();
		Events.publish(emulator, "orders", Events.gridEvent("1", "Order.Created", "/orders/1"));
		DeadLetteredEvent deadLetter = subscription.awaitDeadLetters(1, TIMEOUT).get(0);
		assertThat(deadLetter.subscription()).isEqualTo("missing-hook");
		assertThat(deadLetter.eventId()).isEqualTo("1");
		assertThat(deadLetter.deadLetterReason()).isEqualTo("MaxDeliveryAttemptsExceeded");
		assertThat(deadLetter.deliveryAttempts()).isEqualTo(3);
		assertThat(deadLetter.lastDeliveryOutcome()).isEqualTo(DeliveryOutcome.NOT_FOUND);
		assertThat(deadLetter.publishTime()).isBetween(published.minusSeconds(1), Instant.now());
		JsonNode json = WebhookReceiver.MAPPER.readTree(deadLetter.json());
		assertThat(json.get("id").asString()).isEqualTo("1");
		assertThat(json.get("topic").asString()).isEqualTo(emulator.resourceId("orders"));
		assertThat(json.get("deadLetterReason").asString()).isEqualTo("MaxDeliveryAttemptsExceeded");
		assertThat(json.get("deliveryAttempts").asInt()).isEqualTo(3);
		assertThat(json.get("lastDeliveryOutcome").asString()).isEqualTo("NotFound");
		assertThat(json.get("lastHttpStatusCode").asInt()).isEqualTo(404);
		assertThat(Instant.parse(json.get("publishTime").asString())).isEqualTo(deadLetter.publishTime());
		assertThat(Instant.parse(json.get("lastDeliveryAttemptTime").asString()))
			.isEqualTo(deadLetter.lastDeliveryAttemptTime());
		assertThat(this.receiver.notifications()).hasSize(3);
	}

	@Test
	void deadLettersWhenTheTimeToLiveHasPassedAtTheNextAttempt() throws Exception {
		this.receiver.replyWith(
				(request) -> request.isNotification() ? Reply.status(500) : WebhookReceiver.wellBehaved(request));
		EmulatedSubscription subscription = emulator.subscribe("orders",
				EventSubscription.webhook("failing-hook", this.receiver.uri()).eventTimeToLive(Duration.ofMinutes(1)));
		Events.publish(emulator, "orders", Events.gridEvent("1", "t", "/a"));
		DeadLetteredEvent deadLetter = subscription.awaitDeadLetters(1, TIMEOUT).get(0);
		assertThat(deadLetter.deadLetterReason()).isEqualTo("TimeToLiveExceeded");
		assertThat(deadLetter.lastDeliveryOutcome()).isEqualTo(DeliveryOutcome.GENERIC_ERROR);
		assertThat(deadLetter.lastHttpStatusCode()).isEqualTo(500);
		List<DeliveryAttempt> attempts = subscription.deliveries();
		assertThat(attempts).hasSize(deadLetter.deliveryAttempts())
			.allSatisfy((attempt) -> assertThat(attempt.time())
				.isBefore(deadLetter.publishTime().plus(Duration.ofMillis(60))));
		assertThat(attempts).extracting(DeliveryAttempt::deliveryCount).startsWith(0);
	}

	@Test
	void writesCloudEventDeadLettersWithLowerCaseAttributes() throws Exception {
		this.receiver.replyWith((request) -> request.method().equals("POST") ? Reply.status(400)
				: WebhookReceiver.wellBehaved(request));
		EmulatedSubscription subscription = emulator.subscribe("cloud",
				EventSubscription.webhook("cloud-hook", this.receiver.uri()));
		Events.publish(emulator, "cloud", Events.cloudEvent("c1", "t", "/a"));
		JsonNode json = WebhookReceiver.MAPPER.readTree(subscription.awaitDeadLetters(1, TIMEOUT).get(0).json());
		assertThat(json.get("id").asString()).isEqualTo("c1");
		assertThat(json.get("deadletterreason").asString()).isEqualTo("UndeliverableDueToHttpBadRequest");
		assertThat(json.get("deliveryattempts").asInt()).isEqualTo(1);
		assertThat(json.get("lastdeliveryoutcome").asString()).isEqualTo("BadRequest");
		assertThat(json.get("lasthttpstatuscode").asInt()).isEqualTo(400);
		assertThat(json.has("publishtime")).isTrue();
		assertThat(json.has("lastdeliveryattempttime")).isTrue();
	}

	@Test
	void retriesWhenTheWebhookDoesNotAnswerInTime() throws Exception {
		AtomicInteger notifications = new AtomicInteger();
		this.receiver.replyWith((request) -> !request.isNotification() ? WebhookReceiver.wellBehaved(request)
				: (notifications.incrementAndGet() == 1) ? Reply.status(200).after(Duration.ofSeconds(1))
						: Reply.status(200));
		try (EventGridEmulator impatient = EventGridEmulator.builder()
			.topic("orders", InputSchema.EVENT_GRID_EVENT)
			.deliveryTimeScale(1000)
			.deliveryResponseTimeout(Duration.ofMillis(200))
			.start()) {
			impatient.subscribe("orders", EventSubscription.webhook("orders-hook", this.receiver.uri()));
			Events.publish(impatient, "orders", Events.gridEvent("1", "t", "/a"));
			impatient.awaitDeliveries("orders-hook", 1, TIMEOUT);
			List<DeliveryAttempt> attempts = impatient.deliveries("orders-hook");
			assertThat(attempts.get(0).outcome()).isEqualTo(DeliveryOutcome.TIMED_OUT);
			assertThat(attempts.get(0).statusCode()).isZero();
			assertThat(attempts.get(attempts.size() - 1).outcome()).isEqualTo(DeliveryOutcome.DELIVERED);
		}
	}

	@Test
	void retriesWhenTheConnectionFails() throws Exception {
		this.receiver.replyWith(
				(request) -> request.isNotification() ? Reply.dropConnection() : WebhookReceiver.wellBehaved(request));
		EmulatedSubscription subscription = emulator.subscribe("orders",
				EventSubscription.webhook("dropping-hook", this.receiver.uri()).maxDeliveryAttempts(2));
		Events.publish(emulator, "orders", Events.gridEvent("1", "t", "/a"));
		DeadLetteredEvent deadLetter = subscription.awaitDeadLetters(1, TIMEOUT).get(0);
		assertThat(deadLetter.deadLetterReason()).isEqualTo("MaxDeliveryAttemptsExceeded");
		assertThat(deadLetter.lastDeliveryOutcome()).isEqualTo(DeliveryOutcome.SOCKET_ERROR);
		assertThat(deadLetter.lastHttpStatusCode()).isZero();
		assertThat(WebhookReceiver.MAPPER.readTree(deadLetter.json()).has("lastHttpStatusCode")).isFalse();
	}

	@Test
	void stopsDeliveringWhenTheSubscriptionIsDeleted() throws Exception {
		this.receiver.replyWith(
				(request) -> request.isNotification() ? Reply.status(503) : WebhookReceiver.wellBehaved(request));
		try (EventGridEmulator slower = emulator(100)) {
			slower.subscribe("orders", EventSubscription.webhook("orders-hook", this.receiver.uri()));
			Events.publish(slower, "orders", Events.gridEvent("1", "t", "/a"));
			slower.subscription("orders-hook").awaitAttempts(1, TIMEOUT);
			slower.unsubscribe("orders-hook");
			Thread.sleep(700);
			assertThat(this.receiver.notifications()).hasSize(1);
		}
	}

	private static EventGridEmulator emulator(double timeScale) {
		return EventGridEmulator.builder()
			.topic("orders", InputSchema.EVENT_GRID_EVENT)
			.deliveryTimeScale(timeScale)
			.start();
	}

}
