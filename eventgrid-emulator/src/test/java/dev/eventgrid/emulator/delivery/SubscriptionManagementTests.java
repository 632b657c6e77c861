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

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.model.InputSchema;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for creating, replacing and deleting subscriptions.
 *
 * @author Event Grid for Spring Boot team
 */
class SubscriptionManagementTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	@Test
	void subscribesAndUnsubscribesAtRuntime() throws Exception {
		try (EventGridEmulator emulator = EventGridEmulator.builder()
			.topic("orders", InputSchema.EVENT_GRID_EVENT)
			.start()) {
			Events.publish(emulator, "orders", Events.gridEvent("before", "t", "/a"));
			EmulatedSubscription subscription = emulator.subscribe("orders", EventSubscription.queue("orders-queue"));
			assertThat(subscription.state()).isEqualTo(SubscriptionState.SUCCEEDED);
			assertThat(emulator.subscriptions()).containsExactly(subscription);
			Events.publish(emulator, "orders", Events.gridEvent("during", "t", "/a"));
			assertThat(emulator.awaitDeliveries("orders-queue", 1, TIMEOUT)).singleElement()
				.extracting(DeliveryAttempt::eventId)
				.isEqualTo("during");
			emulator.unsubscribe("ORDERS-QUEUE");
			assertThat(emulator.subscriptions()).isEmpty();
			Events.publish(emulator, "orders", Events.gridEvent("after", "t", "/a"));
			Thread.sleep(100);
			assertThat(emulator.deliveries()).hasSize(1);
			assertThatIllegalArgumentException().isThrownBy(() -> emulator.unsubscribe("orders-queue"))
				.withMessage("No event subscription named 'orders-queue'");
		}
	}

	@Test
	void replacesASubscriptionOfTheSameNameOnTheSameScope() {
		try (EventGridEmulator emulator = EventGridEmulator.builder()
			.topic("orders", InputSchema.EVENT_GRID_EVENT)
			.topic("billing", InputSchema.EVENT_GRID_EVENT)
			.start()) {
			emulator.subscribe("orders", EventSubscription.queue("audit"));
			EmulatedSubscription replaced = emulator.subscribe("orders",
					EventSubscription.queue("Audit").includedEventTypes("Order.Created"));
			assertThat(emulator.subscriptions()).containsExactly(replaced);
			assertThat(emulator.subscription("audit").definition().includedEventTypes())
				.containsExactly("Order.Created");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> emulator.subscribe("billing", EventSubscription.queue("audit")))
				.withMessage("An event subscription named 'audit' already exists on " + emulator.resourceId("orders"));
		}
	}

	@Test
	void rejectsSubscriptionsOnUnknownScopes() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> EventGridEmulator.builder()
				.topic("orders", InputSchema.EVENT_GRID_EVENT)
				.subscription("billing", EventSubscription.queue("audit"))
				.start())
			.withMessageContaining("No topic or domain named 'billing'");
		try (EventGridEmulator emulator = EventGridEmulator.builder()
			.topic("orders", InputSchema.EVENT_GRID_EVENT)
			.domain("shop", InputSchema.EVENT_GRID_EVENT)
			.start()) {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> emulator.subscribe("orders", "north", EventSubscription.queue("audit")))
				.withMessage("'orders' is a topic, not a domain; only a domain has domain topics");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> emulator.subscribe("shop", "a/b", EventSubscription.queue("audit")))
				.withMessageStartingWith("Invalid domain topic name 'a/b'");
		}
	}

	@Test
	void keepsDefinitionsImmutableAndValidatesThem() {
		EventSubscription base = EventSubscription.webhook("orders-hook", "https://example.com/api?code=secret");
		EventSubscription filtered = base.includedEventTypes("a")
			.maxDeliveryAttempts(5)
			.eventTimeToLive(Duration.ofMinutes(30));
		assertThat(base.includedEventTypes()).isEmpty();
		assertThat(base.maxDeliveryAttempts()).isEqualTo(30);
		assertThat(base.eventTimeToLive()).isEqualTo(Duration.ofMinutes(1440));
		assertThat(filtered.includedEventTypes()).containsExactly("a");
		assertThat(filtered.maxDeliveryAttempts()).isEqualTo(5);
		assertThat(filtered.toString())
			.isEqualTo("EventSubscription[orders-hook, WebHook https://example.com/api?[redacted]]");
		assertThatIllegalArgumentException().isThrownBy(() -> EventSubscription.queue("ab"))
			.withMessageContaining("Invalid event subscription name 'ab'");
		assertThatIllegalArgumentException().isThrownBy(() -> EventSubscription.webhook("hook", "ftp://example.com"))
			.withMessageContaining("absolute http or https URL");
		assertThatIllegalArgumentException().isThrownBy(() -> base.maxDeliveryAttempts(31))
			.withMessage("maxDeliveryAttempts must be between 1 and 30, not 31");
		assertThatIllegalArgumentException().isThrownBy(() -> base.eventTimeToLive(Duration.ofHours(25)))
			.withMessage("eventTimeToLive must be between 1 and 1440 minutes, not 1500 minutes");
		assertThatIllegalArgumentException().isThrownBy(() -> EventGridEmulator.builder().deliveryTimeScale(0));
	}

}
