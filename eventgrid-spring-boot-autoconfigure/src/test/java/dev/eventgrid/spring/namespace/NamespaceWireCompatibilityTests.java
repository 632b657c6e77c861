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

package dev.eventgrid.spring.namespace;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import dev.eventgrid.spring.core.EventGridPublisher;
import dev.eventgrid.spring.core.EventGridTemplate;
import dev.eventgrid.spring.core.ReactiveEventGridTemplate;
import dev.eventgrid.spring.credential.EventGridCredential;
import dev.eventgrid.spring.event.CloudEvent;
import dev.eventgrid.spring.namespace.CapturingServer.CapturedRequest;
import dev.eventgrid.spring.namespace.JavaScriptSdk.Result;
import org.assertj.core.api.SoftAssertions;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shows that what our publisher and receiver put on the wire matches what the JavaScript
 * SDK {@code @azure/eventgrid-namespaces} 1.0.0 sends for the same operations: both run
 * publish one event, publish a batch, receive, acknowledge, release with a delay, reject
 * and renew locks against a {@link CapturingServer}, and each pair of requests must have
 * the same method, path, query parameters (with {@code api-version}), authorization
 * scheme and key, content type and JSON body (event times aside). The SDK runs through
 * {@code src/test/js/namespaces-wire.cjs}; the test is skipped, saying why, without
 * {@code node} or {@code npm}.
 *
 * @author Event Grid for Spring Boot team
 */
class NamespaceWireCompatibilityTests {

	private static final String PACKAGE = "@azure/eventgrid-namespaces@1.0.0";

	private static final String KEY = "d2lyZS1jb21wYXRpYmlsaXR5LXRlc3Qta2V5LTEyMzQ1Njc4OTA=";

	private static final String TOPIC = "orders";

	private static final String SUBSCRIPTION = "workers";

	private static final List<String> OPERATIONS = List.of("publish one event", "publish a batch", "receive",
			"acknowledge", "release after 10 s", "reject", "renew locks");

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	@Test
	void publisherAndReceiverSendWhatTheJavaScriptSdkSends() throws Exception {
		// In the test rather than @BeforeAll, so that a missing node is reported as a
		// skipped test with its reason.
		JavaScriptSdk sdk = JavaScriptSdk.install(PACKAGE);
		try (CapturingServer server = new CapturingServer()) {
			List<CapturedRequest> theirs = runSdk(sdk, server);
			List<CapturedRequest> ours = runOurs(server);
			assertThat(theirs).as("requests of the JavaScript SDK").hasSize(OPERATIONS.size());
			assertThat(ours).as("requests of our publisher and receiver").hasSize(OPERATIONS.size());
			SoftAssertions softly = new SoftAssertions();
			for (int i = 0; i < OPERATIONS.size(); i++) {
				Map<String, Object> sdkWire = wire(theirs.get(i));
				Map<String, Object> ourWire = wire(ours.get(i));
				String operation = OPERATIONS.get(i);
				System.out.println(operation + "\n  sdk:  " + sdkWire + "\n  ours: " + ourWire);
				sdkWire.forEach((aspect, value) -> softly.assertThat(ourWire.get(aspect))
					.as(operation + ": " + aspect)
					.isEqualTo(value));
			}
			softly.assertAll();
		}
	}

	private static List<CapturedRequest> runSdk(JavaScriptSdk sdk, CapturingServer server) throws InterruptedException {
		Result result = sdk.node("namespaces-wire.cjs", Map.of("EG_ENDPOINT", server.endpoint(), "EG_KEY", KEY,
				"EG_TOPIC", TOPIC, "EG_SUBSCRIPTION", SUBSCRIPTION));
		assertThat(result.exitCode()).as(result.output()).isZero();
		assertThat(result.output()).contains("\"received\":[\"single\",\"batch-1\",\"batch-2\"]");
		return server.takeRequests();
	}

	private static List<CapturedRequest> runOurs(CapturingServer server) {
		EventGridCredential credential = EventGridCredential.accessKey(KEY);
		EventGridPublisher publisher = EventGridPublisher.builder(server.endpoint())
			.name(TOPIC)
			.namespaceTopic(TOPIC)
			.credential(credential)
			.build();
		EventGridTemplate template = new EventGridTemplate(new ReactiveEventGridTemplate(publisher));
		template.send(event("single"));
		template.send(List.of(event("batch-1"), event("batch-2")));
		EventGridReceiver receiver = new EventGridReceiver(ReactiveEventGridReceiver.builder(server.endpoint())
			.name(SUBSCRIPTION)
			.topic(TOPIC)
			.subscription(SUBSCRIPTION)
			.credential(credential)
			.build());
		List<String> tokens = receiver.receive(3, Duration.ofSeconds(10))
			.stream()
			.map(ReceivedEvent::lockToken)
			.toList();
		assertThat(tokens).containsExactly("token-1", "token-2", "token-3");
		receiver.acknowledge(List.of(tokens.get(0)));
		receiver.release(List.of(tokens.get(1)), Duration.ofSeconds(10));
		receiver.reject(List.of(tokens.get(2)));
		receiver.renewLocks(List.of(tokens.get(0), tokens.get(1)));
		publisher.close();
		return server.takeRequests();
	}

	private static CloudEvent event(String id) {
		return CloudEvent.builder()
			.type("Order.Created")
			.source("/shop")
			.id(id)
			.subject("/orders/" + id)
			.dataContentType("application/json")
			.data(Map.of("id", id, "quantity", 2))
			.build();
	}

	/**
	 * Return what the comparison looks at in a request.
	 */
	private static Map<String, Object> wire(CapturedRequest request) {
		Map<String, Object> wire = new LinkedHashMap<>();
		wire.put("method", request.method());
		wire.put("path", request.path());
		wire.put("query", query(request.query()));
		String authorization = request.headers().getOrDefault("authorization", "");
		int space = authorization.indexOf(' ');
		wire.put("authorization scheme", (space > 0) ? authorization.substring(0, space) : authorization);
		wire.put("authorization key is the key", authorization.substring(space + 1).equals(KEY));
		wire.put("content-type", normalize(request.headers().get("content-type")));
		wire.put("body", body(request.body()));
		return wire;
	}

	private static Map<String, String> query(@Nullable String query) {
		Map<String, String> parameters = new TreeMap<>();
		if (query != null) {
			for (String parameter : query.split("&")) {
				int equals = parameter.indexOf('=');
				parameters.put(parameter.substring(0, equals), parameter.substring(equals + 1));
			}
		}
		return parameters;
	}

	private static @Nullable String normalize(@Nullable String contentType) {
		return (contentType != null) ? contentType.toLowerCase(Locale.ROOT).replace(" ", "") : null;
	}

	/**
	 * Return a body's JSON with the times of its events replaced by a placeholder, since
	 * each side stamps its own; an empty body stays empty text.
	 */
	private static Object body(String body) {
		if (body.isEmpty()) {
			return "";
		}
		JsonNode json = MAPPER.readTree(body);
		List<JsonNode> events = new ArrayList<>();
		if (json.isArray()) {
			json.forEach(events::add);
		}
		else {
			events.add(json);
		}
		for (JsonNode event : events) {
			if (event instanceof ObjectNode object && object.has("time")) {
				object.put("time", "<time>");
			}
		}
		return json;
	}

}
