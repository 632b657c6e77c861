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

package dev.eventgrid.emulator.api;

import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.delivery.EventSubscription;
import dev.eventgrid.emulator.model.InputSchema;
import dev.eventgrid.emulator.namespace.NamespaceDefinition;
import dev.eventgrid.emulator.namespace.NamespaceSubscription;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the emulator's HTTP API, driven with the JDK's {@link HttpClient} as a test
 * in any language would drive it.
 *
 * @author Event Grid for Spring Boot team
 */
class EmulatorApiTests {

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static EventGridEmulator emulator;

	private static String api;

	@BeforeAll
	static void start() throws Exception {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		emulator = EventGridEmulator.builder()
			.topic("orders", InputSchema.CLOUD_EVENT_V1_0)
			.domain("shop", InputSchema.EVENT_GRID_EVENT)
			.subscription("orders", EventSubscription.queue("orders-queue"))
			.subscription("orders", EventSubscription
				.storageQueue("orders-unreachable",
						"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=a2V5;"
								+ "QueueEndpoint=http://127.0.0.1:" + closedPort + "/devstoreaccount1",
						"orders")
				.maxDeliveryAttempts(1))
			.namespace(NamespaceDefinition.named("contoso").topic("jobs", NamespaceSubscription.named("workers")))
			.start();
		api = "http://localhost:" + emulator.httpPort() + "/emulator";
	}

	@AfterAll
	static void stop() {
		emulator.close();
	}

	@BeforeEach
	void clear() {
		emulator.clear();
		emulator.faults().clear();
	}

	@Test
	void listsTopicsWithTheirEndpointsAndKeysAndTheirSubscriptionsAndNamespaces() throws Exception {
		JsonNode topics = json(send("GET", "/topics", null)).get("topics");
		assertThat(topics).hasSize(2);
		JsonNode orders = topics.get(0);
		assertThat(orders.get("name").asString()).isEqualTo("orders");
		assertThat(orders.get("schema").asString()).isEqualTo("CloudEventSchemaV1_0");
		assertThat(orders.get("httpEndpoint").asString()).isEqualTo(emulator.httpEndpoint("orders"));
		assertThat(orders.get("keys").get(0).asString()).isEqualTo(emulator.key("orders"));
		assertThat(topics.get(1).get("kind").asString()).isEqualTo("domain");
		JsonNode subscriptions = json(send("GET", "/subscriptions", null)).get("subscriptions");
		assertThat(subscriptions).extracting((subscription) -> subscription.get("name").asString())
			.containsExactly("orders-queue", "orders-unreachable");
		assertThat(subscriptions.get(1).get("endpoint").asString()).endsWith("/devstoreaccount1/orders")
			.doesNotContain("a2V5");
		JsonNode namespace = json(send("GET", "/namespaces/contoso", null));
		assertThat(namespace.get("topics").get(0).get("subscriptions").get(0).get("name").asString())
			.isEqualTo("workers");
		assertThat(json(send("GET", "", null)).propertyNames()).containsExactly("topics", "subscriptions",
				"namespaces");
	}

	@Test
	void readsAndClearsRecordedEventsAndQueueMessages() throws Exception {
		publish("a1");
		publish("a2");
		emulator.awaitDeliveries("orders-queue", 2, Duration.ofSeconds(5));
		JsonNode events = json(send("GET", "/topics/orders/events", null)).get("events");
		assertThat(events).extracting((event) -> event.get("event").get("id").asString()).containsExactly("a1", "a2");
		JsonNode messages = json(send("GET", "/subscriptions/orders-queue/messages", null)).get("messages");
		assertThat(messages).hasSize(2);
		assertThat(messages.get(0).get("body").asString())
			.isEqualTo(emulator.queue("orders-queue").messages().get(0).body());
		assertThat(json(send("DELETE", "/subscriptions/orders-queue/messages", null)).get("cleared").asInt())
			.isEqualTo(2);
		assertThat(send("DELETE", "/topics/orders/events", null).statusCode()).isEqualTo(204);
		assertThat(json(send("GET", "/topics/orders/events", null)).get("events")).isEmpty();
		assertThat(json(send("GET", "/subscriptions/orders-queue/messages", null)).get("messages")).isEmpty();
	}

	@Test
	void readsAndClearsDeadLetters() throws Exception {
		publish("d1");
		emulator.subscription("orders-unreachable").awaitDeadLetters(1, Duration.ofSeconds(10));
		JsonNode deadLetters = json(send("GET", "/subscriptions/orders-unreachable/dead-letters", null))
			.get("deadLetters");
		assertThat(deadLetters).singleElement().satisfies((deadLetter) -> {
			assertThat(deadLetter.get("eventId").asString()).isEqualTo("d1");
			assertThat(deadLetter.get("deadLetterReason").asString()).isEqualTo("MaxDeliveryAttemptsExceeded");
			assertThat(deadLetter.get("lastDeliveryOutcome").asString()).isEqualTo("SocketError");
		});
		assertThat(json(send("DELETE", "/subscriptions/orders-unreachable/dead-letters", null)).get("cleared").asInt())
			.isEqualTo(1);
		assertThat(emulator.subscription("orders-unreachable").deadLetters()).isEmpty();
	}

	@Test
	void injectsAndClearsFaults() throws Exception {
		HttpResponse<String> added = send("POST", "/faults",
				"{\"type\":\"fail\",\"status\":503,\"count\":1,\"retryAfterSeconds\":2,\"topic\":\"orders\"}");
		assertThat(added.statusCode()).isEqualTo(201);
		HttpResponse<String> failed = publish("f1");
		assertThat(failed.statusCode()).isEqualTo(503);
		assertThat(failed.headers().firstValue("Retry-After")).hasValue("2");
		assertThat(publish("f2").statusCode()).isEqualTo(200);
		send("POST", "/faults", "{\"type\":\"fail\",\"status\":429,\"count\":5}");
		assertThat(json(send("GET", "/faults", null)).get("faults")).hasSize(1);
		assertThat(send("DELETE", "/faults", null).statusCode()).isEqualTo(204);
		assertThat(publish("f3").statusCode()).isEqualTo(200);
	}

	@Test
	void answersBadRequestsWithTheServiceErrorShape() throws Exception {
		HttpResponse<String> unknownTopic = send("GET", "/topics/nothing/events", null);
		assertThat(unknownTopic.statusCode()).isEqualTo(404);
		assertThat(json(unknownTopic).get("error").get("message").asString()).contains("No topic or domain named");
		assertThat(send("GET", "/nowhere", null).statusCode()).isEqualTo(404);
		assertThat(send("PUT", "/topics", null).statusCode()).isEqualTo(405);
		HttpResponse<String> badFault = send("POST", "/faults", "{\"type\":\"explode\"}");
		assertThat(badFault.statusCode()).isEqualTo(400);
		assertThat(json(badFault).get("error").get("message").asString()).contains("Unknown fault type 'explode'");
		HttpRequest textFault = HttpRequest.newBuilder(URI.create(api + "/faults"))
			.header("Content-Type", "text/plain")
			.POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"fail\",\"status\":503}"))
			.build();
		assertThat(CLIENT.send(textFault, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(415);
		assertThat(emulator.faults().rules()).isEmpty();
	}

	@Test
	void refusesWebPagesAndForeignHostNames() throws Exception {
		HttpRequest fromPage = HttpRequest.newBuilder(URI.create(api + "/events"))
			.header("Origin", "https://attacker.example")
			.DELETE()
			.build();
		HttpResponse<String> refused = CLIENT.send(fromPage, HttpResponse.BodyHandlers.ofString());
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(json(refused).get("error").get("message").asString()).contains("Origin");
		try (Socket socket = new Socket("127.0.0.1", emulator.httpPort())) {
			socket.getOutputStream()
				.write(("GET /emulator/topics HTTP/1.1\r\nHost: rebound.attacker.example\r\nConnection: close\r\n\r\n")
					.getBytes(StandardCharsets.US_ASCII));
			String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(answer).startsWith("HTTP/1.1 403").doesNotContain(emulator.key("orders"));
		}
	}

	private static HttpResponse<String> publish(String id) throws Exception {
		String event = "[{\"id\":\"" + id
				+ "\",\"source\":\"/orders\",\"type\":\"Order.Created\",\"specversion\":\"1.0\","
				+ "\"data\":{\"city\":\"Zürich\"}}]";
		HttpRequest request = HttpRequest
			.newBuilder(URI.create(emulator.httpEndpoint("orders") + "?api-version=2018-01-01"))
			.header("Content-Type", "application/cloudevents-batch+json; charset=utf-8")
			.header("aeg-sas-key", emulator.key("orders"))
			.POST(HttpRequest.BodyPublishers.ofString(event))
			.build();
		return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> send(String method, String path, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api + path));
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		request.method(method,
				(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static JsonNode json(HttpResponse<String> response) {
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
		return MAPPER.readTree(response.body());
	}

}
