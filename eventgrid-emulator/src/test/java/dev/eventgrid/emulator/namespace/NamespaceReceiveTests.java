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
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.namespace.NamespaceClient.Received;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static dev.eventgrid.emulator.namespace.NamespaceClient.event;
import static dev.eventgrid.emulator.namespace.NamespaceClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Receiving from queue subscriptions: the response shape, {@code maxEvents}, long polling
 * with {@code maxWaitTime}, and locks that hide an event from other receivers until they
 * expire. The emulator runs 100 times faster than the service: a 60-second lock lasts 600
 * ms and the 10-second minimum wait 100 ms.
 *
 * @author Event Grid for Spring Boot team
 */
class NamespaceReceiveTests {

	private static EventGridEmulator emulator;

	private static NamespaceClient client;

	@BeforeAll
	static void startEmulator() {
		emulator = EventGridEmulator.builder()
			.namespaceTimeScale(100)
			.namespace(NamespaceDefinition.named("contoso")
				.topic("orders", NamespaceSubscription.named("workers").lockDuration(Duration.ofSeconds(300)),
						NamespaceSubscription.named("short-lock")))
			.start();
		client = NamespaceClient.of(emulator, "contoso");
	}

	@AfterAll
	static void stopEmulator() {
		emulator.close();
	}

	@BeforeEach
	void clear() {
		emulator.clear();
	}

	@Test
	void receivesOneEventByDefaultWithItsLockTokenAndDeliveryCount() {
		client.publish("orders", event("1", "Order.Created", "/1"), event("2", "Order.Created", "/2"));
		HttpResponse<String> response = client.receive("orders", "workers", "");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode value = json(response).get("value");
		assertThat(value).hasSize(1);
		JsonNode broker = value.get(0).get("brokerProperties");
		assertThat(broker.get("lockToken").stringValue()).isNotBlank();
		assertThat(broker.get("deliveryCount").asInt()).isOne();
		assertThat(value.get(0).get("event")).isEqualTo(event("1", "Order.Created", "/1"));
		assertThat(emulator.namespace("contoso").subscription("orders", "workers").lockedCount()).isOne();
		assertThat(emulator.namespace("contoso").subscription("orders", "workers").availableCount()).isOne();
	}

	@Test
	void receivesUpToMaxEventsInPublicationOrder() {
		for (int i = 0; i < 5; i++) {
			client.publish("orders", event(Integer.toString(i), "t", "/s"));
		}
		assertThat(client.receiveEvents("orders", "workers", 3)).extracting(Received::id)
			.containsExactly("0", "1", "2");
		assertThat(client.receiveEvents("orders", "workers", 100)).extracting(Received::id).containsExactly("3", "4");
	}

	@Test
	void refusesMaxEventsAndMaxWaitTimeOutOfRange() {
		for (String query : List.of("maxEvents=0", "maxEvents=101", "maxEvents=many", "maxWaitTime=9",
				"maxWaitTime=121")) {
			HttpResponse<String> response = client.receive("orders", "workers", query);
			assertThat(response.statusCode()).as(query).isEqualTo(400);
			assertThat(json(response).at("/error/message").stringValue()).contains(query.split("=")[0]);
		}
	}

	@Test
	void answersWithNoEventsAfterTheWaitTime() {
		long start = System.nanoTime();
		HttpResponse<String> response = client.receive("orders", "workers", "maxWaitTime=20");
		long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"value\":[]}");
		assertThat(elapsed).isBetween(180L, 5000L);
	}

	@Test
	void answersAWaitingReceiveAsSoonAsAnEventArrives() throws Exception {
		long start = System.nanoTime();
		CompletableFuture<HttpResponse<String>> waiting = client.receiveAsync("orders", "workers",
				"maxWaitTime=120&maxEvents=10");
		awaitWaitingReceivers();
		client.publish("orders", event("late", "t", "/s"));
		HttpResponse<String> response = waiting.get(10, TimeUnit.SECONDS);
		assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(1200L);
		assertThat(Received.of(json(response))).extracting(Received::id).containsExactly("late");
	}

	@Test
	void hidesALockedEventFromOtherReceiversUntilTheLockExpires() throws Exception {
		client.publish("orders", event("1", "t", "/s"));
		Received first = client.receiveEvents("orders", "short-lock", 1).get(0);
		assertThat(client.receiveEvents("orders", "short-lock", 1)).isEmpty();
		HttpResponse<String> redelivered = client.receiveAsync("orders", "short-lock", "maxWaitTime=120")
			.get(10, TimeUnit.SECONDS);
		Received second = Received.of(json(redelivered)).get(0);
		assertThat(second.id()).isEqualTo("1");
		assertThat(second.deliveryCount()).isEqualTo(2);
		assertThat(second.lockToken()).isNotEqualTo(first.lockToken());
		HttpResponse<String> late = client.settle("orders", "short-lock", "acknowledge", "", first.lockToken());
		assertThat(json(late).at("/failedLockTokens/0/error/code").stringValue()).isEqualTo("TokenLost");
	}

	@Test
	void answersAnUnknownSubscriptionWith404AndAnUnknownOperationWith404() {
		HttpResponse<String> response = client.receive("orders", "nobody", "");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(json(response).at("/error/code").stringValue()).isEqualTo("NotFound");
		assertThat(client.settle("orders", "workers", "peek", "", "x").statusCode()).isEqualTo(404);
		assertThat(client.receive("nothing", "workers", "").statusCode()).isEqualTo(410);
	}

	private static void awaitWaitingReceivers() throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
		PullSubscription workers = emulator.namespace("contoso").subscription("orders", "workers");
		while (workers.waitingReceivers() == 0 && System.nanoTime() < deadline) {
			Thread.onSpinWait();
		}
	}

}
