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

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.handler.annotation.Header;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two applications compete for one subscription, one of them in a JVM of its own
 * ({@link KilledConsumerProcess}) that is killed ({@link Process#destroyForcibly()}: a
 * SIGKILL on Linux, no shutdown hook, nothing released) in the middle of a batch whose
 * locks it renews. While it lives, the renewal keeps its batch from the other
 * application; once it is dead, the locks expire and the other application processes the
 * batch. The emulator runs at a time scale of 50: the 60-second lock lasts 1.2 s; both
 * applications renew their locks every 300 ms.
 *
 * @author Event Grid for Spring Boot team
 */
class KilledConsumerTests {

	private static final int PUBLISHED = 2000;

	private static final int CHUNK = 100;

	private static final Duration LOCK = Duration.ofMillis(1200);

	private static EventGridEmulator emulator;

	private Process child;

	@BeforeAll
	static void startEmulator() {
		emulator = EventGridEmulator.builder()
			.namespace(NamespaceDefinition.named("contoso").topic("orders", NamespaceSubscription.named("workers")))
			.namespaceTimeScale(50)
			.start();
	}

	@AfterAll
	static void stopEmulator() {
		emulator.close();
	}

	@AfterEach
	void killChild() throws InterruptedException {
		if (this.child != null) {
			this.child.destroyForcibly();
			this.child.waitFor(30, TimeUnit.SECONDS);
		}
	}

	@Test
	void eventsOfAKilledProcessAreProcessedByTheSurvivorOnceTheirLocksExpire() throws IOException {
		long launchedAt = System.nanoTime();
		this.child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp",
				System.getProperty("java.class.path"), KilledConsumerProcess.class.getName(),
				"--eventgrid.receivers.workers.endpoint=" + contoso().httpEndpoint(),
				"--eventgrid.receivers.workers.topic=orders", "--eventgrid.receivers.workers.subscription=workers",
				"--eventgrid.receivers.workers.key=" + key(), "--logging.level.root=WARN")
			.redirectErrorStream(true)
			.start();
		Process process = this.child;
		ChildOutput output = new ChildOutput(process);
		new ApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(EventGridAutoConfiguration.class, EventGridNamespaceAutoConfiguration.class))
			.withPropertyValues("eventgrid.publishers.orders.endpoint=" + contoso().httpEndpoint(),
					"eventgrid.publishers.orders.namespace-topic=orders", "eventgrid.publishers.orders.key=" + key(),
					"eventgrid.receivers.workers.endpoint=" + contoso().httpEndpoint(),
					"eventgrid.receivers.workers.topic=orders", "eventgrid.receivers.workers.subscription=workers",
					"eventgrid.receivers.workers.key=" + key())
			.withUserConfiguration(Survivor.class)
			.run((survivor) -> {
				assertThat(output.ready.await(60, TimeUnit.SECONDS)).as(output::text).isTrue();
				long startup = System.nanoTime() - launchedAt;
				// Published in chunks while the child has not hung, so that both
				// applications receive events and the child reaches its hung batch.
				EventGridTemplate template = survivor.getBean(EventGridTemplate.class);
				for (int from = 0; from < PUBLISHED; from += CHUNK) {
					template.send("orders",
							IntStream.range(from, from + CHUNK).mapToObj(KilledConsumerTests::event).toList());
					if (output.hung.getCount() > 0) {
						Thread.sleep(50);
					}
				}
				assertThat(output.hung.await(30, TimeUnit.SECONDS)).as(output::text).isTrue();
				long hungAt = System.nanoTime();
				List<String> hungBatch = output.hungBatch;
				List<String> processedInHungBatch = output.processed.stream().filter(hungBatch::contains).toList();
				// The child renews the locks of its hung batch while it lives: two lock
				// durations later, none of its events has gone to the survivor.
				Thread.sleep(2 * LOCK.toMillis());
				assertThat(process.isAlive()).as(output::text).isTrue();
				assertThat(Seen.SURVIVOR.keySet()).doesNotContainAnyElementsOf(hungBatch);
				assertThat(Seen.SURVIVOR).as("the survivor received events before the kill").isNotEmpty();
				assertThat(output.processed).as("the child processed events before the kill").isNotEmpty();
				int killedProcessed = output.processed.size();

				long killedAt = System.nanoTime();
				process.destroyForcibly();
				assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
				// Every event settled: acknowledged by one application or the other.
				awaitTrue(() -> contoso().subscription("orders", "workers").size() == 0, Duration.ofSeconds(30));

				Map<String, Integer> all = new HashMap<>();
				output.processed.forEach((id) -> all.merge(id, 1, Integer::sum));
				Seen.SURVIVOR.forEach((id, count) -> all.merge(id, count.get(), Integer::sum));
				int processed = killedProcessed + sum(Seen.SURVIVOR);
				long lost = IntStream.range(0, PUBLISHED).filter((i) -> !all.containsKey("e" + i)).count();
				Set<String> duplicates = all.entrySet()
					.stream()
					.filter((entry) -> entry.getValue() > 1)
					.map(Map.Entry::getKey)
					.collect(Collectors.toSet());
				System.out.printf("Competing consumers, one killed (SIGKILL, a JVM of its own, started in %d ms) "
						+ "mid-batch, lock 60 s at time scale 50 (1.2 s) renewed every 300 ms: published %d, "
						+ "processed %d (survivor %d, killed %d before the kill, %d of them in its unfinished batch "
						+ "of %d), duplicates %d, lost %d, redelivered to the survivor %d, locks held %d ms past the "
						+ "hang until the kill, picked up %d ms after the kill (first redelivery), all by %d ms "
						+ "(last redelivery), exit code %d%n", TimeUnit.NANOSECONDS.toMillis(startup), PUBLISHED,
						processed, sum(Seen.SURVIVOR), killedProcessed, processedInHungBatch.size(), hungBatch.size(),
						processed - all.size(), lost, Seen.REDELIVERED.size(),
						TimeUnit.NANOSECONDS.toMillis(killedAt - hungAt),
						TimeUnit.NANOSECONDS.toMillis(Seen.FIRST_REDELIVERY_NANOS.get() - killedAt),
						TimeUnit.NANOSECONDS.toMillis(Seen.LAST_REDELIVERY_NANOS.get() - killedAt),
						process.exitValue());

				assertThat(lost).isZero();
				assertThat(Seen.SURVIVOR.keySet()).containsAll(hungBatch);
				// Killed, not ended: 128 + SIGKILL's 9 (Windows ends it with 1).
				assertThat(process.exitValue())
					.isEqualTo(System.getProperty("os.name").startsWith("Windows") ? 1 : 137);
				// The killed batch, and only it, was delivered again: every event the
				// child
				// acknowledged stayed acknowledged, and the survivor renews its own
				// locks,
				// so none of its own expired.
				assertThat(Seen.REDELIVERED).isNotEmpty().containsExactlyInAnyOrderElementsOf(hungBatch);
				// Not before the kill: the locks expired once their renewal died with the
				// process.
				assertThat(Seen.FIRST_REDELIVERY_NANOS.get()).isGreaterThan(killedAt);
				// The duplicates are exactly the events the child processed (printed) in
				// its unfinished batch: processed, never acknowledged, delivered again
				// once
				// their locks expired. None is one of the survivor's own locks expiring.
				assertThat(duplicates).containsExactlyInAnyOrderElementsOf(processedInHungBatch);
				assertThat(processed - all.size()).isEqualTo(processedInHungBatch.size());
			});
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
	 * What the child printed, read on a thread of its own.
	 */
	static final class ChildOutput {

		private static final int KEPT_LINES = 200;

		final CountDownLatch ready = new CountDownLatch(1);

		final CountDownLatch hung = new CountDownLatch(1);

		final List<String> processed = new CopyOnWriteArrayList<>();

		volatile List<String> hungBatch = List.of();

		private final List<String> lines = new ArrayList<>();

		ChildOutput(Process process) {
			Thread reader = new Thread(() -> read(process), "killed-consumer-output");
			reader.setDaemon(true);
			reader.start();
		}

		private void read(Process process) {
			try (BufferedReader reader = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = reader.readLine()) != null) {
					if (line.startsWith(KilledConsumerProcess.PROCESSED)) {
						this.processed.add(line.substring(KilledConsumerProcess.PROCESSED.length()));
					}
					else if (line.startsWith(KilledConsumerProcess.HUNG)) {
						this.hungBatch = List.of(line.substring(KilledConsumerProcess.HUNG.length()).split(","));
						Seen.childHung = true;
						this.hung.countDown();
					}
					else if (line.equals(KilledConsumerProcess.READY)) {
						this.ready.countDown();
					}
					else {
						keep(line);
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		private synchronized void keep(String line) {
			if (this.lines.size() < KEPT_LINES) {
				this.lines.add(line);
			}
		}

		synchronized String text() {
			return "the child printed " + this.processed.size() + " PROCESSED lines, hung batch " + this.hungBatch
					+ ", and:\n" + String.join("\n", this.lines);
		}

	}

	/**
	 * What the survivor processed.
	 */
	static final class Seen {

		static final Map<String, AtomicInteger> SURVIVOR = new ConcurrentHashMap<>();

		static final Set<String> REDELIVERED = ConcurrentHashMap.newKeySet();

		static volatile boolean childHung;

		static final AtomicLong FIRST_REDELIVERY_NANOS = new AtomicLong();

		static final AtomicLong LAST_REDELIVERY_NANOS = new AtomicLong();

	}

	@Configuration(proxyBeanMethods = false)
	static class Survivor {

		@Bean
		SurvivorListener survivorListener() {
			return new SurvivorListener();
		}

		static class SurvivorListener {

			@EventGridPullListener(id = "survivor", receiver = "workers", concurrency = "2", maxEvents = "50",
					lockRenewal = "300ms")
			void onEvent(CloudEvent event, @Header(EventGridHeaders.DELIVERY_COUNT) int deliveryCount)
					throws InterruptedException {
				// Events take 2 ms of work until the child hangs, so that the child,
				// slower
				// to start, receives its batches before the survivor has taken every
				// event
				// (on a loaded machine, too).
				if (!Seen.childHung) {
					Thread.sleep(2);
				}
				Seen.SURVIVOR.computeIfAbsent(event.getId(), (id) -> new AtomicInteger()).incrementAndGet();
				if (deliveryCount > 1) {
					long now = System.nanoTime();
					Seen.REDELIVERED.add(event.getId());
					Seen.FIRST_REDELIVERY_NANOS.compareAndSet(0, now);
					Seen.LAST_REDELIVERY_NANOS.set(now);
				}
			}

		}

	}

}
