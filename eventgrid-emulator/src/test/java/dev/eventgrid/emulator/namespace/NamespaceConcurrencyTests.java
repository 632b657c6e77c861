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

package dev.eventgrid.emulator.namespace;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.eventgrid.emulator.namespace.NamespaceClient.Received;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Competing receivers: however many receive at once, no event is ever locked by two of
 * them, and every event is received exactly once when each is acknowledged.
 *
 * @author Event Grid for Spring Boot team
 */
class NamespaceConcurrencyTests {

	private static final int EVENTS = 600;

	private static final int RECEIVERS = 12;

	@RegisterExtension
	static final RunningNamespaceEmulator running = new RunningNamespaceEmulator(
			(builder) -> builder.namespaceTimeScale(100)
				.namespace(NamespaceDefinition.named("contoso")
					.topic("orders", NamespaceSubscription.named("workers").lockDuration(Duration.ofSeconds(300)))));

	@Test
	void neverLocksAnEventForTwoReceiversAtOnce() throws Exception {
		NamespaceClient client = running.client();
		Map<String, String> lockedBy = new ConcurrentHashMap<>();
		Set<String> duplicates = ConcurrentHashMap.newKeySet();
		AtomicInteger acknowledged = new AtomicInteger();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService executor = Executors.newFixedThreadPool(RECEIVERS + 1);
		try {
			List<Future<?>> receivers = new ArrayList<>();
			for (int receiver = 0; receiver < RECEIVERS; receiver++) {
				String name = "receiver-" + receiver;
				receivers.add(executor.submit(() -> {
					start.await();
					while (acknowledged.get() < EVENTS) {
						List<Received> batch = receive(client);
						for (Received received : batch) {
							if (lockedBy.putIfAbsent(received.id(), name) != null) {
								duplicates.add(received.id());
							}
						}
						acknowledge(client, batch, acknowledged);
					}
					return null;
				}));
			}
			receivers.add(executor.submit(() -> publishAll(client, start)));
			for (Future<?> receiver : receivers) {
				receiver.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			executor.shutdownNow();
		}
		assertThat(duplicates).isEmpty();
		assertThat(lockedBy).hasSize(EVENTS);
		assertThat(acknowledged).hasValue(EVENTS);
		PullSubscription workers = running.emulator().namespace("contoso").subscription("orders", "workers");
		assertThat(workers.size()).isZero();
		assertThat(workers.deadLetteredEvents()).isEmpty();
	}

	private static List<Received> receive(NamespaceClient client) {
		HttpResponse<String> response = client.receive("orders", "workers", "maxEvents=7&maxWaitTime=10");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return Received.of(NamespaceClient.json(response));
	}

	private static void acknowledge(NamespaceClient client, List<Received> batch, AtomicInteger acknowledged) {
		if (batch.isEmpty()) {
			return;
		}
		String[] tokens = batch.stream().map(Received::lockToken).toArray(String[]::new);
		JsonNode result = NamespaceClient.json(client.settle("orders", "workers", "acknowledge", "", tokens));
		assertThat(result.get("failedLockTokens")).isEmpty();
		acknowledged.addAndGet(result.get("succeededLockTokens").size());
	}

	private static Void publishAll(NamespaceClient client, CountDownLatch start) {
		start.countDown();
		for (int batch = 0; batch < EVENTS / 20; batch++) {
			JsonNode[] events = new JsonNode[20];
			for (int i = 0; i < events.length; i++) {
				events[i] = NamespaceClient.event(Integer.toString(batch * 20 + i), "t", "/s");
			}
			assertThat(client.publish("orders", events).statusCode()).isEqualTo(200);
		}
		return null;
	}

}
