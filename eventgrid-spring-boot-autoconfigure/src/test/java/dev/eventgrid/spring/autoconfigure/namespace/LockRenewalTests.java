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

package dev.eventgrid.spring.autoconfigure.namespace;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.namespace.EmulatedNamespace;
import dev.eventgrid.emulator.namespace.NamespaceDefinition;
import dev.eventgrid.emulator.namespace.NamespaceSubscription;
import dev.eventgrid.spring.EventGridHeaders;
import dev.eventgrid.spring.autoconfigure.EventGridAutoConfiguration;
import dev.eventgrid.spring.core.EventGridTemplate;
import dev.eventgrid.spring.event.CloudEvent;
import dev.eventgrid.spring.namespace.EventGridPullListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.handler.annotation.Header;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of the automatic lock renewal of pull listener containers: a call that lasts
 * longer than the lock (1.2 s: 60 s at the emulator's time scale of 50) keeps its event
 * when the container renews the lock, and loses it to a second delivery when it does not.
 *
 * @author Event Grid for Spring Boot team
 */
class LockRenewalTests {

	private static final List<Integer> RENEWED = new CopyOnWriteArrayList<>();

	private static final List<Integer> PLAIN = new CopyOnWriteArrayList<>();

	private static EventGridEmulator emulator;

	@BeforeAll
	static void startEmulator() {
		emulator = EventGridEmulator.builder()
			.namespace(NamespaceDefinition.named("contoso")
				.topic("orders", NamespaceSubscription.named("renewed"), NamespaceSubscription.named("plain")))
			.namespaceTimeScale(50)
			.start();
	}

	@AfterAll
	static void stopEmulator() {
		emulator.close();
	}

	@Test
	void aCallLongerThanTheLockKeepsItsEventOnlyWhenTheLockIsRenewed() {
		new ApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(EventGridAutoConfiguration.class, EventGridNamespaceAutoConfiguration.class))
			.withPropertyValues("eventgrid.publishers.orders.endpoint=" + contoso().httpEndpoint(),
					"eventgrid.publishers.orders.namespace-topic=orders", "eventgrid.publishers.orders.key=" + key(),
					"eventgrid.receivers.renewed.endpoint=" + contoso().httpEndpoint(),
					"eventgrid.receivers.renewed.topic=orders", "eventgrid.receivers.renewed.subscription=renewed",
					"eventgrid.receivers.renewed.key=" + key(),
					"eventgrid.receivers.plain.endpoint=" + contoso().httpEndpoint(),
					"eventgrid.receivers.plain.topic=orders", "eventgrid.receivers.plain.subscription=plain",
					"eventgrid.receivers.plain.key=" + key())
			.withUserConfiguration(SlowListeners.class)
			.run((context) -> {
				context.getBean(EventGridTemplate.class)
					.send("orders", CloudEvent.builder().id("slow").source("/s").type("t").data(Map.of()).build());

				awaitTrue(() -> PLAIN.contains(2), Duration.ofSeconds(15));
				awaitTrue(() -> contoso().subscription("orders", "renewed").size() == 0, Duration.ofSeconds(10));

				assertThat(RENEWED).containsExactly(1);
				System.out.printf("Lock renewal, 2.5 s calls, 1.2 s lock: renewed every 300 ms, deliveries %s; "
						+ "not renewed, deliveries %s%n", RENEWED, PLAIN);
			});
	}

	private static EmulatedNamespace contoso() {
		return emulator.namespace("contoso");
	}

	private static String key() {
		return contoso().key();
	}

	private static void awaitTrue(BooleanSupplier condition, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited %s", timeout).isLessThan(deadline);
			Thread.sleep(20);
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class SlowListeners {

		@Bean
		Slow slow() {
			return new Slow();
		}

		static class Slow {

			@EventGridPullListener(receiver = "renewed", lockRenewal = "300ms")
			void renewed(CloudEvent event, @Header(EventGridHeaders.DELIVERY_COUNT) int deliveryCount)
					throws InterruptedException {
				RENEWED.add(deliveryCount);
				Thread.sleep(2500);
			}

			@EventGridPullListener(receiver = "plain")
			void plain(CloudEvent event, @Header(EventGridHeaders.DELIVERY_COUNT) int deliveryCount)
					throws InterruptedException {
				PLAIN.add(deliveryCount);
				if (deliveryCount == 1) {
					Thread.sleep(2500);
				}
			}

		}

	}

}
