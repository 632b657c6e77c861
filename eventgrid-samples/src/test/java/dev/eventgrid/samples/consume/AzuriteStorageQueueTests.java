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

package dev.eventgrid.samples.consume;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.azure.storage.queue.QueueClient;
import com.azure.storage.queue.QueueClientBuilder;
import com.azure.storage.queue.models.QueueMessageItem;
import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.delivery.DeliveryAttempt;
import dev.eventgrid.emulator.delivery.DeliveryOutcome;
import dev.eventgrid.emulator.delivery.EventSubscription;
import dev.eventgrid.emulator.delivery.QueueMessage;
import dev.eventgrid.emulator.model.InputSchema;
import dev.eventgrid.spring.converter.EventGridMessageConverter;
import dev.eventgrid.spring.event.CloudEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.messaging.support.MessageBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Emulator, Azurite and the Azure Storage SDK together: what the emulator writes to a
 * real storage queue is what the SDK's {@link QueueClient} reads, byte for byte, the same
 * as the emulator's in-memory queue, and what our converter reads back. Runs where
 * {@code node} and {@code npm} are on the path, installing Azurite where the
 * {@code azurite} sample does ({@link Azurite#defaultInstallDirectory()}): npm installs
 * it once per machine.
 *
 * @author Event Grid for Spring Boot team
 */
class AzuriteStorageQueueTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	private static Azurite azurite;

	@BeforeAll
	static void startAzurite() {
		String unavailable = Azurite.unavailableReason();
		assumeTrue(unavailable == null, () -> "Skipped: " + unavailable);
		azurite = Azurite.start(Azurite.defaultInstallDirectory());
	}

	@AfterAll
	static void stopAzurite() {
		if (azurite != null) {
			azurite.close();
		}
	}

	@Test
	void theStorageSdkReadsWhatTheEmulatorWroteByteForByte() throws Exception {
		try (EventGridEmulator emulator = EventGridEmulator.builder()
			.topic("orders", InputSchema.CLOUD_EVENT_V1_0)
			.topic("audit", InputSchema.EVENT_GRID_EVENT)
			.subscription("orders", EventSubscription.queue("orders-memory"))
			.subscription("orders",
					EventSubscription.storageQueue("orders-azurite", azurite.connectionString(), "orders"))
			.subscription("audit", EventSubscription.queue("audit-memory"))
			.subscription("audit", EventSubscription.storageQueue("audit-azurite", azurite.connectionString(), "audit"))
			.start()) {
			publish(emulator, "orders", "application/cloudevents-batch+json; charset=utf-8",
					"[" + cloudEvent("o-1", "{\"city\":\"Zürich ☃\",\"amount\":1.10}") + ","
							+ cloudEvent("o-2", "[1,2.50,\"\\u00e9\"]") + "]");
			publish(emulator, "audit", "application/json",
					"[{\"id\":\"a-1\",\"subject\":\"/audit/1\","
							+ "\"eventType\":\"Audit.Recorded\",\"eventTime\":\"2026-01-02T03:04:05.1234567Z\","
							+ "\"dataVersion\":\"1.0\",\"data\":{\"who\":\"Ünal\"}}]");
			for (String subscription : List.of("orders-memory", "orders-azurite", "audit-memory", "audit-azurite")) {
				emulator.awaitDeliveries(subscription, subscription.startsWith("orders") ? 2 : 1, TIMEOUT);
			}
			assertSameMessages(emulator.queue("orders-memory").drain(), receive("orders", 2));
			assertSameMessages(emulator.queue("audit-memory").drain(), receive("audit", 1));
		}
	}

	@Test
	void ourConverterReadsTheMessagesTheStorageSdkReceives() throws Exception {
		try (EventGridEmulator emulator = EventGridEmulator.builder()
			.topic("orders", InputSchema.CLOUD_EVENT_V1_0)
			.subscription("orders",
					EventSubscription.storageQueue("to-azurite", azurite.connectionString(), "converted"))
			.start()) {
			publish(emulator, "orders", "application/cloudevents-batch+json; charset=utf-8",
					"[" + cloudEvent("c-1", "{\"orderId\":\"A-1\"}") + "]");
			emulator.awaitDeliveries("to-azurite", 1, TIMEOUT);
			QueueMessageItem item = receive("converted", 1).get(0);
			Object converted = new EventGridMessageConverter()
				.fromMessage(MessageBuilder.withPayload(item.getBody().toString()).build(), CloudEvent.class);
			assertThat(converted).isInstanceOfSatisfying(CloudEvent.class, (event) -> {
				assertThat(event.getId()).isEqualTo("c-1");
				assertThat(event.getType()).isEqualTo("Order.Created");
			});
		}
	}

	@Test
	void retriesUntilTheQueueEndpointComesUpAndThenCreatesTheQueue() throws Exception {
		int port = Azurite.freePort();
		try (EventGridEmulator emulator = EventGridEmulator.builder()
			.topic("orders", InputSchema.CLOUD_EVENT_V1_0)
			.subscription("orders", EventSubscription.storageQueue("late", Azurite.connectionString(port), "late"))
			.deliveryTimeScale(1000)
			.start()) {
			publish(emulator, "orders", "application/cloudevents-batch+json; charset=utf-8",
					"[" + cloudEvent("late-1", "{}") + "]");
			List<DeliveryAttempt> failed = emulator.subscription("late").awaitAttempts(2, TIMEOUT);
			assertThat(failed).extracting(DeliveryAttempt::outcome).containsOnly(DeliveryOutcome.SOCKET_ERROR);
			try (Azurite late = Azurite.start(Azurite.defaultInstallDirectory(), port)) {
				DeliveryAttempt delivered = emulator.awaitDeliveries("late", 1, Duration.ofSeconds(60)).get(0);
				assertThat(delivered.deliveryCount()).isGreaterThanOrEqualTo(2);
				QueueClient queue = new QueueClientBuilder().connectionString(late.connectionString())
					.queueName("late")
					.buildClient();
				String json = new String(Base64.getDecoder().decode(queue.receiveMessage().getBody().toString()),
						StandardCharsets.UTF_8);
				assertThat(json).contains("\"id\":\"late-1\"");
			}
		}
	}

	private static void assertSameMessages(List<QueueMessage> inMemory, List<QueueMessageItem> received) {
		Map<String, QueueMessageItem> byId = received.stream()
			.collect(Collectors.toMap(AzuriteStorageQueueTests::eventId, Function.identity()));
		assertThat(byId).hasSameSizeAs(inMemory);
		for (QueueMessage expected : inMemory) {
			QueueMessageItem actual = byId.get(eventId(expected.body()));
			assertThat(actual.getBody().toBytes()).isEqualTo(expected.body().getBytes(StandardCharsets.UTF_8));
		}
	}

	private static List<QueueMessageItem> receive(String queueName, int count) {
		QueueClient queue = new QueueClientBuilder().connectionString(azurite.connectionString())
			.queueName(queueName)
			.buildClient();
		List<QueueMessageItem> items = queue.receiveMessages(32).stream().toList();
		assertThat(items).hasSize(count);
		return items;
	}

	private static String eventId(QueueMessageItem item) {
		return eventId(item.getBody().toString());
	}

	private static String eventId(String base64) {
		String json = new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
		return json.replaceAll("(?s).*\"id\":\"([^\"]+)\".*", "$1");
	}

	private static String cloudEvent(String id, String data) {
		return "{\"id\":\"" + id + "\",\"source\":\"/orders\",\"type\":\"Order.Created\",\"specversion\":\"1.0\","
				+ "\"data\":" + data + "}";
	}

	private static void publish(EventGridEmulator emulator, String topic, String contentType, String body)
			throws Exception {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create(emulator.httpEndpoint(topic) + "?api-version=2018-01-01"))
			.header("Content-Type", contentType)
			.header("aeg-sas-key", emulator.key(topic))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		assertThat(CLIENT.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
	}

}
