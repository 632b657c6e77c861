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

import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.logging.CapturedLog;
import dev.eventgrid.emulator.model.InputSchema;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for delivery to a real storage queue whose endpoint is down: the emulator retries
 * on Event Grid's schedule and dead-letters as for a webhook. Delivery to a running
 * Azurite is tested in the samples module, where Node.js is used when present.
 *
 * @author Event Grid for Spring Boot team
 */
class StorageQueueRetryTests {

	private static final String KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

	@Test
	void retriesOnTheServiceScheduleWhileTheQueueEndpointIsDownThenDeadLetters() throws Exception {
		String connectionString = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" + KEY
				+ ";QueueEndpoint=http://127.0.0.1:" + closedPort() + "/devstoreaccount1;";
		try (EventGridEmulator emulator = EventGridEmulator.builder()
			.topic("orders", InputSchema.EVENT_GRID_EVENT)
			.subscription("orders",
					EventSubscription.storageQueue("to-storage", connectionString, "orders").maxDeliveryAttempts(3))
			.deliveryTimeScale(1000)
			.start(); CapturedLog log = new CapturedLog()) {
			Events.publish(emulator, "orders", Events.gridEvent("e1", "Order.Created", "/orders/1"));
			List<DeadLetteredEvent> deadLetters = emulator.subscription("to-storage")
				.awaitDeadLetters(1, Duration.ofSeconds(30));
			List<DeliveryAttempt> attempts = emulator.deliveries("to-storage");
			assertThat(attempts).extracting(DeliveryAttempt::deliveryCount).containsExactly(0, 1, 2);
			assertThat(attempts).extracting(DeliveryAttempt::outcome).containsOnly(DeliveryOutcome.SOCKET_ERROR);
			// Event Grid waits 10 s, then 30 s; the time scale makes that 10 ms and 30 ms
			assertThat(Duration.between(attempts.get(0).time(), attempts.get(1).time()))
				.isGreaterThanOrEqualTo(Duration.ofMillis(10));
			assertThat(Duration.between(attempts.get(1).time(), attempts.get(2).time()))
				.isGreaterThanOrEqualTo(Duration.ofMillis(30));
			assertThat(deadLetters).singleElement().satisfies((deadLetter) -> {
				assertThat(deadLetter.deadLetterReason()).isEqualTo("MaxDeliveryAttemptsExceeded");
				assertThat(deadLetter.lastDeliveryOutcome()).isEqualTo(DeliveryOutcome.SOCKET_ERROR);
				assertThat(deadLetter.json()).contains("\"id\":\"e1\"");
			});
			List<String> lines = log.lines();
			assertThat(lines).filteredOn((line) -> line.startsWith("deliver subscription=to-storage"))
				.hasSize(3)
				.first()
				.asString()
				.contains("endpoint=http://127.0.0.1:")
				.contains("/devstoreaccount1/orders event=e1 attempt=1 status=none outcome=SocketError retry-in=10ms");
			assertThat(lines).anySatisfy((line) -> assertThat(line)
				.isEqualTo("dead-letter subscription=to-storage event=e1 reason=MaxDeliveryAttemptsExceeded attempts=3 "
						+ "last-outcome=SocketError"));
			assertThat(String.join("\n", lines)).doesNotContain(KEY);
		}
	}

	@Test
	void refusesAStorageQueueSubscriptionWithoutAUsableConnectionString() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> EventSubscription.storageQueue("to-storage", "AccountName=a;AccountKey=" + KEY, "Orders"))
			.withMessageContaining("Invalid storage queue name 'Orders'");
		EventSubscription subscription = EventSubscription.storageQueue("to-storage", "UseDevelopmentStorage=true",
				"orders");
		assertThat(subscription.endpointType()).isEqualTo(EndpointType.STORAGE_QUEUE);
		assertThat(subscription)
			.hasToString("EventSubscription[to-storage, StorageQueue http://127.0.0.1:10001/devstoreaccount1/orders]");
	}

	private static int closedPort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
