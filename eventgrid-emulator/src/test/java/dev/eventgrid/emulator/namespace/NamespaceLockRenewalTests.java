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

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.namespace.NamespaceClient.Received;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lock can be renewed only within an hour of the receive that made it. The emulator
 * runs 1,000 times faster than the service, so the hour lasts 3.6 seconds and a
 * 300-second lock 300 ms.
 *
 * @author Event Grid for Spring Boot team
 */
class NamespaceLockRenewalTests {

	@Test
	void refusesToRenewALockMoreThanAnHourAfterTheEventWasReceived() {
		try (EventGridEmulator emulator = EventGridEmulator.builder()
			.namespaceTimeScale(1000)
			.namespace(NamespaceDefinition.named("contoso")
				.topic("orders", NamespaceSubscription.named("workers").lockDuration(Duration.ofSeconds(300))))
			.start()) {
			NamespaceClient client = NamespaceClient.of(emulator, "contoso");
			client.publish("orders", NamespaceClient.event("1", "t", "/s"));
			Received received = client.receiveEvents("orders", "workers", 1).get(0);
			long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
			JsonNode result = renew(client, received);
			while (!result.get("succeededLockTokens").isEmpty() && System.nanoTime() < deadline) {
				client.receive("orders", "workers", "maxWaitTime=100");
				result = renew(client, received);
			}
			assertThat(result.at("/failedLockTokens/0/error/message").stringValue()).contains("1 hour");
			HttpResponse<String> acknowledged = client.settle("orders", "workers", "acknowledge", "",
					received.lockToken());
			assertThat(NamespaceClient.json(acknowledged).get("succeededLockTokens")).hasSize(1);
		}
	}

	private static JsonNode renew(NamespaceClient client, Received received) {
		return NamespaceClient.json(client.settle("orders", "workers", "renewLock", "", received.lockToken()));
	}

}
