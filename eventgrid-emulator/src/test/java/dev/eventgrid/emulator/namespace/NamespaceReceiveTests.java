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

import dev.eventgrid.emulator.namespace.NamespaceClient.Received;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

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

	@RegisterExtension
	static final RunningNamespaceEmulator running = new RunningNamespaceEmulator(
			(builder) -> builder.namespaceTimeScale(100)
				.namespace(NamespaceDefinition.named("contoso")
					.topic("orders", NamespaceSubscription.named("workers").lockDuration(Duration.ofSeconds(300)),
							NamespaceSubscription.named("short-lock"))));

	@Test
	void receivesOneEventByDefaultWithItsLockTokenAndDeliveryCount() {
		running.client()
			.publish("orders", NamespaceClient.event("1", "Order.Created", "/1"),
					NamespaceClient.event("2", "Order.Created", "/2"));
		HttpResponse<String> response = running.client().receive("orders", "workers", "");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode value = NamespaceClient.json(response).get("value");
		assertThat(value).hasSize(1);
		JsonNode broker = value.get(0).get("brokerProperties");
		assertThat(broker.get("lockToken").stringValue()).isNotBlank();
		assertThat(broker.get("deliveryCount").asInt()).isOne();
		assertThat(value.get(0).get("event")).isEqualTo(NamespaceClient.event("1", "Order.Created", "/1"));
		assertThat(running.emulator().namespace("contoso").subscription("orders", "workers").lockedCount()).isOne();
		assertThat(running.emulator().namespace("contoso").subscription("orders", "workers").availableCount()).isOne();
	}

	@Test
	void receivesUpToMaxEventsInPublicationOrder() {
		for (int i = 0; i < 5; i++) {
			running.client().publish("orders", NamespaceClient.event(Integer.toString(i), "t", "/s"));
		}
		assertThat(running.client().receiveEvents("orders", "workers", 3)).extracting(Received::id)
			.containsExactly("0", "1", "2");
		assertThat(running.client().receiveEvents("orders", "workers", 100)).extracting(Received::id)
			.containsExactly("3", "4");
	}

	@Test
	void refusesMaxEventsAndMaxWaitTimeOutOfRange() {
		for (String query : List.of("maxEvents=0", "maxEvents=101", "maxEvents=many", "maxWaitTime=9",
				"maxWaitTime=121")) {
			HttpResponse<String> response = running.client().receive("orders", "workers", query);
			assertThat(response.statusCode()).as(query).isEqualTo(400);
			assertThat(NamespaceClient.json(response).at("/error/message").stringValue()).contains(query.split("=")[0]);
		}
	}

	@Test
	void answersWithNoEventsAfterTheWaitTime() {
		long start = System.nanoTime();
		HttpResponse<String> response = running.client().receive("orders", "workers", "maxWaitTime=20");
		long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"value\":[]}");
		assertThat(elapsed).isBetween(180L, 5000L);
	}

	@Test
	void answersAWaitingReceiveAsSoonAsAnEventArrives() throws Exception {
		long start = System.nanoTime();
		CompletableFuture<HttpResponse<String>> waiting = running.client()
			.receiveAsync("orders", "workers", "maxWaitTime=120&maxEvents=10");
		awaitWaitingReceivers(1);
		running.client().publish("orders", NamespaceClient.event("late", "t", "/s"));
		HttpResponse<String> response = waiting.get(10, TimeUnit.SECONDS);
		assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(1200L);
		assertThat(Received.of(NamespaceClient.json(response))).extracting(Received::id).containsExactly("late");
	}

	@Test
	void givesNoEventToAReceiveWhoseClientHungUp() throws Exception {
		CompletableFuture<HttpResponse<String>> abandoned = running.client()
			.sendAsync(running.client()
				.receiveRequest("orders", "workers", "maxWaitTime=120")
				.timeout(Duration.ofMillis(300)));
		assertThat(abandoned).failsWithin(Duration.ofSeconds(10));
		awaitWaitingReceivers(0);
		running.client().publish("orders", NamespaceClient.event("1", "t", "/s"));
		assertThat(running.client().receiveEvents("orders", "workers", 1)).extracting(Received::deliveryCount)
			.containsExactly(1);
	}

	@Test
	void hidesALockedEventFromOtherReceiversUntilTheLockExpires() throws Exception {
		running.client().publish("orders", NamespaceClient.event("1", "t", "/s"));
		Received first = running.client().receiveEvents("orders", "short-lock", 1).get(0);
		assertThat(running.client().receiveEvents("orders", "short-lock", 1)).isEmpty();
		HttpResponse<String> redelivered = running.client()
			.receiveAsync("orders", "short-lock", "maxWaitTime=120")
			.get(10, TimeUnit.SECONDS);
		Received second = Received.of(NamespaceClient.json(redelivered)).get(0);
		assertThat(second.id()).isEqualTo("1");
		assertThat(second.deliveryCount()).isEqualTo(2);
		assertThat(second.lockToken()).isNotEqualTo(first.lockToken());
		HttpResponse<String> late = running.client()
			.settle("orders", "short-lock", "acknowledge", "", first.lockToken());
		assertThat(NamespaceClient.json(late).at("/failedLockTokens/0/error/code").stringValue())
			.isEqualTo("TokenLost");
	}

	@Test
	void answersAnUnknownSubscriptionWith404AndAnUnknownOperationWith404() {
		HttpResponse<String> response = running.client().receive("orders", "nobody", "");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(NamespaceClient.json(response).at("/error/code").stringValue()).isEqualTo("NotFound");
		assertThat(running.client().settle("orders", "workers", "peek", "", "x").statusCode()).isEqualTo(404);
		assertThat(running.client().receive("nothing", "workers", "").statusCode()).isEqualTo(410);
	}

	private static void awaitWaitingReceivers(int count) {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
		PullSubscription workers = running.emulator().namespace("contoso").subscription("orders", "workers");
		while (workers.waitingReceivers() != count && System.nanoTime() < deadline) {
			Thread.onSpinWait();
		}
	}

}
