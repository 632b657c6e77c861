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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

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
 * Two applications compete for one subscription; one stops dead in the middle of a batch
 * (its listener hangs, as a killed process would leave its events: locked, never
 * settled). Once those locks expire, the other application receives and processes the
 * events. The emulator runs at a time scale of 100: the 60-second lock lasts 600 ms.
 *
 * @author Event Grid for Spring Boot team
 */
class CompetingConsumersTests {

	private static final int PUBLISHED = 2000;

	private static EventGridEmulator emulator;

	@BeforeAll
	static void startEmulator() {
		emulator = EventGridEmulator.builder()
			.namespace(NamespaceDefinition.named("contoso").topic("orders", NamespaceSubscription.named("workers")))
			.namespaceTimeScale(100)
			.start();
	}

	@AfterAll
	static void stopEmulator() {
		emulator.close();
	}

	@Test
	void eventsLockedByAnApplicationThatDiedAreProcessedByTheOtherOnceTheirLocksExpire() {
		ApplicationContextRunner runner = new ApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(EventGridAutoConfiguration.class, EventGridNamespaceAutoConfiguration.class))
			.withPropertyValues("eventgrid.publishers.orders.endpoint=" + contoso().httpEndpoint(),
					"eventgrid.publishers.orders.namespace-topic=orders", "eventgrid.publishers.orders.key=" + key(),
					"eventgrid.receivers.workers.endpoint=" + contoso().httpEndpoint(),
					"eventgrid.receivers.workers.topic=orders", "eventgrid.receivers.workers.subscription=workers",
					"eventgrid.receivers.workers.key=" + key());
		runner.withUserConfiguration(Survivor.class)
			.run((survivor) -> runner.withUserConfiguration(Dying.class).run((dying) -> {
				survivor.getBean(EventGridTemplate.class)
					.send("orders", IntStream.range(0, PUBLISHED).mapToObj(CompetingConsumersTests::event).toList());
				assertThat(Seen.DIED.await(20, TimeUnit.SECONDS)).as("the dying application received events").isTrue();
				awaitTrue(() -> Seen.SURVIVOR.size() + Seen.DYING.size() >= PUBLISHED && allSeen(),
						Duration.ofSeconds(60));
				int processed = sum(Seen.SURVIVOR) + sum(Seen.DYING);
				Map<String, Integer> all = new ConcurrentHashMap<>();
				Seen.SURVIVOR.forEach((id, count) -> all.merge(id, count.get(), Integer::sum));
				Seen.DYING.forEach((id, count) -> all.merge(id, count.get(), Integer::sum));
				long lost = IntStream.range(0, PUBLISHED).filter((i) -> !all.containsKey("e" + i)).count();
				long pickup = Seen.LAST_REDELIVERY_NANOS.get() - Seen.DIED_AT_NANOS.get();
				System.out.printf(
						"Competing consumers, lock 60 s at time scale 100 (600 ms): published %d, processed %d "
								+ "(survivor %d, dying %d before it hung), duplicates %d, lost %d, redelivered to "
								+ "the survivor %d, picked up %d ms after the other hung%n",
						PUBLISHED, processed, sum(Seen.SURVIVOR), sum(Seen.DYING), processed - all.size(), lost,
						Seen.REDELIVERED.get(), TimeUnit.NANOSECONDS.toMillis(pickup));
				assertThat(lost).isZero();
				assertThat(Seen.REDELIVERED.get()).isPositive();
				// not before the locks of the hung batch expired, 600 ms after its
				// receive
				assertThat(pickup).isPositive();
				// the hung call ends with the test; its events were taken over
				Seen.UNHANG.countDown();
			}));
	}

	private static boolean allSeen() {
		return IntStream.range(0, PUBLISHED)
			.allMatch((i) -> Seen.SURVIVOR.containsKey("e" + i) || Seen.DYING.containsKey("e" + i));
	}

	private static int sum(Map<String, AtomicInteger> counts) {
		return counts.values().stream().mapToInt(AtomicInteger::get).sum();
	}

	private static EmulatedNamespace contoso() {
		return emulator.namespace("contoso");
	}

	private static String key() {
		return contoso().key();
	}

	private static CloudEvent event(int i) {
		return CloudEvent.builder().id("e" + i).source("/orders").type("Order.Placed").data(Map.of("n", i)).build();
	}

	private static void awaitTrue(BooleanSupplier condition, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited %s", timeout).isLessThan(deadline);
			Thread.sleep(20);
		}
	}

	/**
	 * What each application processed.
	 */
	static final class Seen {

		static final Map<String, AtomicInteger> SURVIVOR = new ConcurrentHashMap<>();

		static final Map<String, AtomicInteger> DYING = new ConcurrentHashMap<>();

		static final AtomicInteger REDELIVERED = new AtomicInteger();

		static final AtomicLong DIED_AT_NANOS = new AtomicLong();

		static final AtomicLong LAST_REDELIVERY_NANOS = new AtomicLong();

		static final CountDownLatch DIED = new CountDownLatch(1);

		static final CountDownLatch UNHANG = new CountDownLatch(1);

	}

	@Configuration(proxyBeanMethods = false)
	static class Survivor {

		@Bean
		SurvivorListener survivorListener() {
			return new SurvivorListener();
		}

		static class SurvivorListener {

			@EventGridPullListener(id = "survivor", receiver = "workers", concurrency = "2", maxEvents = "50")
			void onEvent(CloudEvent event, @Header(EventGridHeaders.DELIVERY_COUNT) int deliveryCount) {
				Seen.SURVIVOR.computeIfAbsent(event.getId(), (id) -> new AtomicInteger()).incrementAndGet();
				if (deliveryCount > 1) {
					Seen.REDELIVERED.incrementAndGet();
					Seen.LAST_REDELIVERY_NANOS.set(System.nanoTime());
				}
			}

		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Dying {

		@Bean
		DyingListener dyingListener() {
			return new DyingListener();
		}

		static class DyingListener {

			private final AtomicInteger calls = new AtomicInteger();

			@EventGridPullListener(id = "dying", receiver = "workers", maxEvents = "50")
			void onEvent(CloudEvent event) throws InterruptedException {
				if (this.calls.incrementAndGet() == 20) {
					// Stop dead in the middle of the batch: nothing of it is settled.
					Seen.DIED_AT_NANOS.set(System.nanoTime());
					Seen.DIED.countDown();
					Seen.UNHANG.await();
					throw new IllegalStateException("the process died");
				}
				Seen.DYING.computeIfAbsent(event.getId(), (id) -> new AtomicInteger()).incrementAndGet();
			}

		}

	}

}
