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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;

import dev.eventgrid.emulator.EventGridEmulator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A raw HTTP client of one emulated namespace for tests: it builds the service's requests
 * by hand with the JDK's client, authenticated with {@code SharedAccessKey} unless told
 * otherwise, and reads the JSON answers.
 *
 * @author Event Grid for Spring Boot team
 */
final class NamespaceClient {

	static final JsonMapper MAPPER = JsonMapper.builder().build();

	static final String BATCH = "application/cloudevents-batch+json; charset=utf-8";

	static final String SINGLE = "application/cloudevents+json; charset=utf-8";

	private final HttpClient client;

	private final String endpoint;

	private final String apiVersion;

	private final UnaryOperator<HttpRequest.Builder> credential;

	private NamespaceClient(HttpClient client, String endpoint, String apiVersion,
			UnaryOperator<HttpRequest.Builder> credential) {
		this.client = client;
		this.endpoint = endpoint;
		this.apiVersion = apiVersion;
		this.credential = credential;
	}

	static NamespaceClient of(EventGridEmulator emulator, String namespace) {
		String key = emulator.namespace(namespace).key();
		HttpClient client = HttpClient.newBuilder()
			.sslContext(emulator.sslContext())
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		return new NamespaceClient(client, emulator.namespace(namespace).httpsEndpoint(), "2024-06-01",
				(builder) -> builder.header("Authorization", "SharedAccessKey " + key));
	}

	NamespaceClient withCredential(UnaryOperator<HttpRequest.Builder> credential) {
		return new NamespaceClient(this.client, this.endpoint, this.apiVersion, credential);
	}

	NamespaceClient withApiVersion(String apiVersion) {
		return new NamespaceClient(this.client, this.endpoint, apiVersion, this.credential);
	}

	NamespaceClient withEndpoint(String endpoint) {
		return new NamespaceClient(this.client, endpoint, this.apiVersion, this.credential);
	}

	String endpoint() {
		return this.endpoint;
	}

	HttpResponse<String> publish(String topic, String contentType, String body) {
		return send(post("/topics/" + topic + ":publish", "", body).header("Content-Type", contentType));
	}

	HttpResponse<String> publish(String topic, JsonNode... events) {
		return publish(topic, BATCH, MAPPER.writeValueAsString(List.of(events)));
	}

	HttpResponse<String> receive(String topic, String subscription, String query) {
		return send(receiveRequest(topic, subscription, query));
	}

	CompletableFuture<HttpResponse<String>> receiveAsync(String topic, String subscription, String query) {
		return sendAsync(receiveRequest(topic, subscription, query));
	}

	CompletableFuture<HttpResponse<String>> sendAsync(HttpRequest.Builder request) {
		return this.client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	HttpRequest.Builder receiveRequest(String topic, String subscription, String query) {
		return post("/topics/" + topic + "/eventsubscriptions/" + subscription + ":receive", query, "");
	}

	List<Received> receiveEvents(String topic, String subscription, int maxEvents) {
		HttpResponse<String> response = receive(topic, subscription, "maxEvents=" + maxEvents + "&maxWaitTime=10");
		if (response.statusCode() != 200) {
			throw new IllegalStateException("Receive failed: " + response.statusCode() + " " + response.body());
		}
		return Received.of(json(response));
	}

	HttpResponse<String> settle(String topic, String subscription, String action, String query, String... tokens) {
		String body = MAPPER.writeValueAsString(Map.of("lockTokens", List.of(tokens)));
		return send(post("/topics/" + topic + "/eventsubscriptions/" + subscription + ":" + action, query, body)
			.header("Content-Type", "application/json; charset=UTF-8"));
	}

	HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	HttpRequest.Builder post(String path, String query, String body) {
		String separator = query.isEmpty() ? "" : "&";
		URI uri = URI.create(this.endpoint + path + "?" + query + separator + "api-version=" + this.apiVersion);
		return this.credential.apply(HttpRequest.newBuilder(uri)
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
	}

	static JsonNode json(HttpResponse<String> response) {
		return MAPPER.readTree(response.body());
	}

	static ObjectNode event(String id, String type, String subject) {
		return MAPPER.createObjectNode()
			.put("specversion", "1.0")
			.put("id", id)
			.put("source", "/orders")
			.put("type", type)
			.put("subject", subject)
			.put("time", "2026-01-01T00:00:00Z")
			.put("data", "payload-" + id);
	}

	/**
	 * An event as a receive response lists it.
	 *
	 * @param lockToken the lock token
	 * @param deliveryCount the delivery count
	 * @param event the CloudEvent
	 */
	record Received(String lockToken, int deliveryCount, JsonNode event) {

		String id() {
			return this.event.get("id").stringValue();
		}

		static List<Received> of(JsonNode result) {
			List<Received> received = new ArrayList<>();
			for (JsonNode detail : result.get("value")) {
				JsonNode broker = detail.get("brokerProperties");
				received.add(new Received(broker.get("lockToken").stringValue(), broker.get("deliveryCount").asInt(),
						detail.get("event")));
			}
			return received;
		}

	}

}
