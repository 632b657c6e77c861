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

package dev.eventgrid.spring.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.eventgrid.spring.fuzz.TimeLimit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property-based fuzzing of the webhook endpoint over real HTTP: mutated deliveries of
 * both schemas, arbitrary bytes and arbitrary {@code aeg-event-type} headers are answered
 * 200, 400 or 413, never with a server error, which would make Event Grid retry a payload
 * that can never succeed, and each within its time limit.
 *
 * @author Event Grid for Spring Boot team
 */
@TimeLimit(perTry = 10, perProperty = 180)
class WebhookFuzzingTests {

	private static final String EVENT_GRID = "[{\"id\":\"1\",\"subject\":\"orders/1\",\"data\":{\"orderId\":\"A-1\","
			+ "\"quantity\":2},\"eventType\":\"Shop.OrderPlaced\",\"eventTime\":\"2024-05-01T10:00:00Z\","
			+ "\"dataVersion\":\"1\",\"metadataVersion\":\"1\",\"topic\":\"/subscriptions/s/topics/t\"}]";

	private static final String CLOUD_EVENT = "{\"specversion\":\"1.0\",\"id\":\"1\",\"source\":\"/orders\","
			+ "\"type\":\"Shop.OrderPlaced\",\"time\":\"2024-05-01T10:00:00Z\",\"data\":{\"orderId\":\"A-1\"}}";

	private static final String VALIDATION = "[{\"id\":\"v\",\"topic\":\"/subscriptions/s\",\"subject\":\"\","
			+ "\"data\":{\"validationCode\":\"512d38b6-c7b8-40c8-89fe-f46f9e9622b6\",\"validationUrl\":\"https://x/\"},"
			+ "\"eventType\":\"Microsoft.EventGrid.SubscriptionValidationEvent\","
			+ "\"eventTime\":\"2024-05-01T10:00:00Z\",\"metadataVersion\":\"1\",\"dataVersion\":\"1\"}]";

	private static final List<String> PATHS = List.of("/api/events", "/events/cloud", "/events/storage");

	private static ConfigurableApplicationContext application;

	private static HttpClient client;

	private static int port;

	@BeforeContainer
	static void start() {
		application = new SpringApplicationBuilder(WebhookTestApplication.class)
			.properties("server.port=0", "spring.main.web-application-type=reactive")
			.run();
		port = application.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
		client = HttpClient.newHttpClient();
	}

	@AfterContainer
	static void stop() {
		application.close();
	}

	@Property(tries = 600)
	void answersMutatedDeliveriesWithoutServerErrors(@ForAll("mutatedDeliveries") String body,
			@ForAll("paths") String path, @ForAll("eventTypeHeaders") String eventType) throws Exception {
		assertThat(post(path, body.getBytes(StandardCharsets.UTF_8), eventType)).isIn(200, 400, 413);
	}

	@Property(tries = 300)
	void answersArbitraryBytesWithoutServerErrors(@ForAll @Size(max = 600) byte[] body, @ForAll("paths") String path)
			throws Exception {
		assertThat(post(path, body, "Notification")).isIn(200, 400, 413);
	}

	@Provide
	Arbitrary<String> paths() {
		return Arbitraries.of(PATHS);
	}

	@Provide
	Arbitrary<String> eventTypeHeaders() {
		return Arbitraries.oneOf(Arbitraries.of("Notification", "SubscriptionValidation", "SubscriptionDeletion"),
				Arbitraries.strings().withCharRange('!', '~').ofMaxLength(30));
	}

	@Provide
	Arbitrary<String> mutatedDeliveries() {
		Arbitrary<String> seed = Arbitraries.of(EVENT_GRID, CLOUD_EVENT, VALIDATION, "[" + CLOUD_EVENT + "]");
		Arbitrary<Integer> position = Arbitraries.integers().between(0, 10_000);
		Arbitrary<String> insert = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(3), Arbitraries.of("{", "}", "[",
				"]", "\"", ",", ":", "null", "-1e400", "\\u0000", "\"specversion\":\"1.0\","));
		Arbitrary<Integer> operation = Arbitraries.integers().between(0, 2);
		return Combinators.combine(seed, position, insert, operation).as((text, at, add, op) -> {
			int index = at % (text.length() + 1);
			return switch (op) {
				case 0 -> text.substring(0, index);
				case 1 -> text.substring(0, index) + add + text.substring(index);
				default ->
					text.substring(0, index) + add + text.substring(Math.min(text.length(), index + add.length()));
			};
		});
	}

	private static int post(String path, byte[] body, String eventType) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/json")
			.header("aeg-event-type", eventType)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

}
