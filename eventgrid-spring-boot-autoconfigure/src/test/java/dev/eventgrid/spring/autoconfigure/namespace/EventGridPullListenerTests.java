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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.namespace.EmulatedNamespace;
import dev.eventgrid.emulator.namespace.NamespaceDefinition;
import dev.eventgrid.emulator.namespace.NamespaceSubscription;
import dev.eventgrid.emulator.namespace.PullSubscription;
import dev.eventgrid.spring.EventGridHeaders;
import dev.eventgrid.spring.autoconfigure.EventGridAutoConfiguration;
import dev.eventgrid.spring.core.EventGridTemplate;
import dev.eventgrid.spring.event.CloudEvent;
import dev.eventgrid.spring.listener.EventGridRejectedException;
import dev.eventgrid.spring.namespace.EventGridAcknowledgement;
import dev.eventgrid.spring.namespace.EventGridPullListener;
import dev.eventgrid.spring.namespace.EventGridPullListenerContainer;
import dev.eventgrid.spring.namespace.EventGridPullListenerRegistry;
import dev.eventgrid.spring.namespace.UnknownEventGridReceiverException;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.handler.annotation.Header;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests of {@link EventGridPullListener} methods and their containers against the
 * emulator's namespace, at a time scale of 10 (a 60-second lock lasts 6 s, a 10-second
 * wait 1 s): throughput without loss, retries with back-off, rejection, graceful
 * shutdown, and starting and stopping by id.
 *
 * @author Event Grid for Spring Boot team
 */
class EventGridPullListenerTests {

	private static EventGridEmulator emulator;

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(EventGridAutoConfiguration.class, EventGridNamespaceAutoConfiguration.class))
		.withPropertyValues("eventgrid.publishers.orders.endpoint=" + contoso().httpEndpoint(),
				"eventgrid.publishers.orders.namespace-topic=orders", "eventgrid.publishers.orders.key=" + key(),
				"eventgrid.receivers.workers.endpoint=" + contoso().httpEndpoint(),
				"eventgrid.receivers.workers.topic=orders", "eventgrid.receivers.workers.subscription=workers",
				"eventgrid.receivers.workers.key=" + key());

	@BeforeAll
	static void startEmulator() {
		emulator = EventGridEmulator.builder()
			.namespace(NamespaceDefinition.named("contoso")
				.topic("orders", NamespaceSubscription.named("workers"), NamespaceSubscription.named("audit")))
			.namespaceTimeScale(10)
			.start();
	}

	@AfterAll
	static void stopEmulator() {
		emulator.close();
	}

	@BeforeEach
	void clearEmulator() {
		emulator.clear();
		Listeners.reset();
	}

	@Test
	void tenThousandEventsThroughFourConsumersNoneLost() {
		int published = 10_000;
		this.contextRunner.withUserConfiguration(CountingListener.class).run((context) -> {
			long start = System.nanoTime();
			context.getBean(EventGridTemplate.class)
				.send("orders", IntStream.range(0, published).mapToObj((i) -> event("e" + i)).toList());
			awaitTrue(() -> Listeners.COUNTS.size() == published, Duration.ofSeconds(60));
			long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
			EventGridPullListenerContainer container = context.getBean(EventGridPullListenerRegistry.class)
				.getContainer("counting");
			assertThat(container.getConcurrency()).isEqualTo(4);
			context.close();
			int processed = Listeners.COUNTS.values().stream().mapToInt(AtomicInteger::get).sum();
			int distinct = Listeners.COUNTS.size();
			int lost = (int) IntStream.range(0, published)
				.filter((i) -> !Listeners.COUNTS.containsKey("e" + i))
				.count();
			System.out.printf(
					"Pull listener, concurrency 4, batches of 100: published %d, processed %d, duplicates %d, "
							+ "lost %d, in %d ms (%d events/s); left in the subscription %d%n",
					published, processed, processed - distinct, lost, millis, published * 1000L / Math.max(1, millis),
					workers().size());
			assertThat(lost).isZero();
			assertThat(Listeners.THREADS).hasSize(4);
			assertThat(workers().size()).isZero();
		});
	}

	@Test
	void aFailedCallIsReleasedWithABackOffAndDeliveredAgain() {
		this.contextRunner.withUserConfiguration(FailingOnceListener.class).run((context) -> {
			long start = System.nanoTime();
			context.getBean(EventGridTemplate.class).send("orders", event("retry-me"));

			awaitTrue(() -> Listeners.DELIVERY_COUNTS.size() == 2, Duration.ofSeconds(20));

			// released for 10 s of the service, 1 s here
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
			assertThat(Listeners.DELIVERY_COUNTS).containsExactly(1, 2);
			awaitTrue(() -> workers().size() == 0, Duration.ofSeconds(5));
		});
	}

	@Test
	void anEventTheListenerRejectsIsDeadLettered() {
		this.contextRunner.withUserConfiguration(RejectingListener.class).run((context) -> {
			context.getBean(EventGridTemplate.class).send("orders", event("poison"));

			assertThat(workers().awaitDeadLetteredEvents(1, Duration.ofSeconds(10))).hasSize(1);
			assertThat(Listeners.DELIVERY_COUNTS).containsExactly(1);
		});
	}

	@Test
	void stoppingFinishesTheCallInProgressAndReleasesWhatWasNotStarted() {
		this.contextRunner.withUserConfiguration(BlockingListener.class).run((context) -> {
			context.getBean(EventGridTemplate.class)
				.send("orders", IntStream.range(0, 5).mapToObj((i) -> event("s" + i)).toList());
			assertThat(Listeners.STARTED.await(10, TimeUnit.SECONDS)).isTrue();
			EventGridPullListenerRegistry registry = context.getBean(EventGridPullListenerRegistry.class);
			CountDownLatch stopped = new CountDownLatch(1);

			registry.getContainer("blocking").stop(stopped::countDown);
			assertThat(stopped.getCount()).isOne();
			Listeners.RELEASE.countDown();

			assertThat(stopped.await(10, TimeUnit.SECONDS)).isTrue();
			assertThat(Listeners.COUNTS).containsOnlyKeys("s0");
			assertThat(workers().lockedCount()).isZero();
			assertThat(workers().availableCount()).isEqualTo(4);
			System.out.printf("Graceful stop: 1 call finished and acknowledged, %d received but not started "
					+ "released, %d locked%n", workers().availableCount(), workers().lockedCount());
		});
	}

	@Test
	void containersThatDoNotStartAutomaticallyStartAndStopById() {
		this.contextRunner.withUserConfiguration(ManualListener.class).run((context) -> {
			EventGridPullListenerRegistry registry = context.getBean(EventGridPullListenerRegistry.class);
			context.getBean(EventGridTemplate.class).send("orders", event("m"));
			assertThat(registry.getContainer("manual").isRunning()).isFalse();

			registry.start("manual");
			awaitTrue(() -> Listeners.COUNTS.containsKey("m"), Duration.ofSeconds(10));

			assertThat(registry.stop("manual", Duration.ofSeconds(10))).isTrue();
			assertThat(registry.getContainer("manual").isRunning()).isFalse();
			assertThat(registry.getContainerIds()).containsExactly("manual");
		});
	}

	@Test
	void resolvesTheDataClassAndBatchesAsWebhookListenersDo() {
		this.contextRunner.withUserConfiguration(DataAndBatchListeners.class)
			.withPropertyValues("eventgrid.receivers.audit.endpoint=" + contoso().httpEndpoint(),
					"eventgrid.receivers.audit.topic=orders", "eventgrid.receivers.audit.subscription=audit",
					"eventgrid.receivers.audit.key=" + key())
			.run((context) -> {
				context.getBean(EventGridTemplate.class)
					.send("orders", IntStream.range(0, 3).mapToObj((i) -> event("d" + i)).toList());

				awaitTrue(() -> Listeners.COUNTS.size() == 3
						&& Listeners.BATCHES.stream().mapToInt(List::size).sum() == 3, Duration.ofSeconds(10));

				assertThat(Listeners.COUNTS).containsOnlyKeys("d0", "d1", "d2");
				assertThat(Listeners.BATCHES).allSatisfy((batch) -> assertThat(batch).isNotEmpty());
			});
	}

	@Test
	void aListenerThatTakesAnAcknowledgementSettlesByHandEvenAfterItReturned() {
		this.contextRunner.withUserConfiguration(ManualAcknowledgementListener.class).run((context) -> {
			context.getBean(EventGridTemplate.class).send("orders", event("by-hand"));
			awaitTrue(() -> Listeners.ACKNOWLEDGEMENTS.size() == 1, Duration.ofSeconds(10));
			Thread.sleep(300);

			assertThat(workers().lockedCount()).as("returned but not settled").isOne();
			EventGridAcknowledgement acknowledgement = Listeners.ACKNOWLEDGEMENTS.get(0);
			assertThat(acknowledgement.acknowledge().isAllSucceeded()).isTrue();

			assertThat(acknowledgement.isSettled()).isTrue();
			assertThat(workers().size()).isZero();
			assertThatIllegalStateException().isThrownBy(acknowledgement::reject)
				.withMessageContaining("already settled");
		});
	}

	@Test
	void observesEachListenerCall() {
		TestObservationRegistry registry = TestObservationRegistry.create();
		this.contextRunner.withUserConfiguration(ManualListener.class)
			.withBean(ObservationRegistry.class, () -> registry)
			.run((context) -> {
				context.getBean(EventGridTemplate.class).send("orders", event("observed"));
				context.getBean(EventGridPullListenerRegistry.class).start("manual");
				awaitTrue(() -> Listeners.COUNTS.containsKey("observed"), Duration.ofSeconds(10));

				TestObservationRegistryAssert.assertThat(registry)
					.hasObservationWithNameEqualTo("eventgrid.listener")
					.that()
					.hasContextualNameEqualTo("process manual")
					.hasLowCardinalityKeyValue("messaging.destination.subscription.name", "workers")
					.hasLowCardinalityKeyValue("eventgrid.event.type", "Order.Placed")
					.hasHighCardinalityKeyValue("eventgrid.delivery.count", "1")
					.hasHighCardinalityKeyValue("url.path", "orders/workers");
			});
	}

	@Test
	void anUnknownReceiverFailsTheStartup() {
		this.contextRunner.withUserConfiguration(UnknownReceiverListener.class)
			.run((context) -> assertThat(context).getFailure()
				.isInstanceOf(UnknownEventGridReceiverException.class)
				.hasMessageContaining("receiver = \"nosuch\"")
				.hasMessageContaining("the configured receivers are [workers]"));
	}

	private static EmulatedNamespace contoso() {
		return emulator.namespace("contoso");
	}

	private static String key() {
		return contoso().key();
	}

	private static PullSubscription workers() {
		return contoso().subscription("orders", "workers");
	}

	private static CloudEvent event(String id) {
		return CloudEvent.builder().id(id).source("/orders").type("Order.Placed").data(Map.of("id", id)).build();
	}

	private static void awaitTrue(BooleanSupplier condition, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited %s", timeout).isLessThan(deadline);
			Thread.sleep(20);
		}
	}

	/**
	 * What the listeners of a test saw.
	 */
	static final class Listeners {

		static final Map<String, AtomicInteger> COUNTS = new ConcurrentHashMap<>();

		static final List<Integer> DELIVERY_COUNTS = new java.util.concurrent.CopyOnWriteArrayList<>();

		static final java.util.Set<String> THREADS = ConcurrentHashMap.newKeySet();

		static final List<EventGridAcknowledgement> ACKNOWLEDGEMENTS = new java.util.concurrent.CopyOnWriteArrayList<>();

		static final List<List<String>> BATCHES = new java.util.concurrent.CopyOnWriteArrayList<>();

		static CountDownLatch STARTED = new CountDownLatch(1);

		static CountDownLatch RELEASE = new CountDownLatch(1);

		static void reset() {
			COUNTS.clear();
			DELIVERY_COUNTS.clear();
			THREADS.clear();
			BATCHES.clear();
			ACKNOWLEDGEMENTS.clear();
			STARTED = new CountDownLatch(1);
			RELEASE = new CountDownLatch(1);
		}

		static void count(CloudEvent event) {
			COUNTS.computeIfAbsent(event.getId(), (id) -> new AtomicInteger()).incrementAndGet();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class CountingListener {

		@Bean
		Counting counting() {
			return new Counting();
		}

		static class Counting {

			@EventGridPullListener(id = "counting", receiver = "workers", concurrency = "4", maxEvents = "100")
			void onEvent(CloudEvent event) {
				Listeners.count(event);
				Listeners.THREADS.add(Thread.currentThread().getName());
			}

		}

	}

	@Configuration(proxyBeanMethods = false)
	static class FailingOnceListener {

		@Bean
		FailingOnce failingOnce() {
			return new FailingOnce();
		}

		static class FailingOnce {

			@EventGridPullListener(receiver = "workers")
			void onEvent(CloudEvent event, @Header(EventGridHeaders.DELIVERY_COUNT) int deliveryCount,
					@Header(EventGridPullListenerContainer.LOCK_TOKEN) String lockToken) {
				assertThat(lockToken).isNotBlank();
				Listeners.DELIVERY_COUNTS.add(deliveryCount);
				if (deliveryCount == 1) {
					throw new IllegalStateException("first delivery fails");
				}
			}

		}

	}

	@Configuration(proxyBeanMethods = false)
	static class RejectingListener {

		@Bean
		Rejecting rejecting() {
			return new Rejecting();
		}

		static class Rejecting {

			@EventGridPullListener(receiver = "workers")
			void onEvent(CloudEvent event, @Header(EventGridHeaders.DELIVERY_COUNT) int deliveryCount) {
				Listeners.DELIVERY_COUNTS.add(deliveryCount);
				throw new EventGridRejectedException("cannot be processed");
			}

		}

	}

	@Configuration(proxyBeanMethods = false)
	static class BlockingListener {

		@Bean
		Blocking blocking() {
			return new Blocking();
		}

		static class Blocking {

			@EventGridPullListener(id = "blocking", receiver = "workers", maxEvents = "10")
			void onEvent(CloudEvent event) throws InterruptedException {
				Listeners.STARTED.countDown();
				assertThat(Listeners.RELEASE.await(10, TimeUnit.SECONDS)).isTrue();
				Listeners.count(event);
			}

		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ManualListener {

		@Bean
		Manual manual() {
			return new Manual();
		}

		static class Manual {

			@EventGridPullListener(id = "manual", receiver = "workers", autoStartup = "false")
			void onEvent(CloudEvent event) {
				Listeners.count(event);
			}

		}

	}

	@Configuration(proxyBeanMethods = false)
	static class DataAndBatchListeners {

		@Bean
		DataAndBatch dataAndBatch() {
			return new DataAndBatch();
		}

		record OrderData(String id) {
		}

		static class DataAndBatch {

			@EventGridPullListener(receiver = "workers")
			void onData(OrderData order) {
				Listeners.COUNTS.computeIfAbsent(order.id(), (id) -> new AtomicInteger()).incrementAndGet();
			}

			@EventGridPullListener(receiver = "audit", maxEvents = "100")
			void onBatch(List<CloudEvent> events) {
				Listeners.BATCHES.add(events.stream().map(CloudEvent::getId).toList());
			}

		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ManualAcknowledgementListener {

		@Bean
		ByHand byHand() {
			return new ByHand();
		}

		static class ByHand {

			@EventGridPullListener(receiver = "workers")
			void onEvent(CloudEvent event, EventGridAcknowledgement acknowledgement) {
				Listeners.ACKNOWLEDGEMENTS.add(acknowledgement);
			}

		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UnknownReceiverListener {

		@Bean
		Unknown unknown() {
			return new Unknown();
		}

		static class Unknown {

			@EventGridPullListener(receiver = "nosuch")
			void onEvent(CloudEvent event) {
			}

		}

	}

}
