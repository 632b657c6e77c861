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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import dev.eventgrid.emulator.EventGridEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Publishes events to an emulator over plain HTTP and writes event JSON for tests.
 *
 * @author Event Grid for Spring Boot team
 */
final class Events {

	private static final HttpClient CLIENT = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private Events() {
	}

	static void publish(EventGridEmulator emulator, String topic, String... events) throws Exception {
		boolean cloudEvents = events.length > 0 && events[0].contains("\"specversion\"");
		String contentType = cloudEvents ? "application/cloudevents-batch+json; charset=utf-8" : "application/json";
		HttpRequest request = HttpRequest
			.newBuilder(URI.create(emulator.httpEndpoint(topic) + "?api-version=2018-01-01"))
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", contentType)
			.header("aeg-sas-key", emulator.key(topic))
			.POST(HttpRequest.BodyPublishers.ofString("[" + String.join(",", events) + "]", StandardCharsets.UTF_8))
			.build();
		HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
	}

	static HttpResponse<String> get(String url) throws Exception {
		return CLIENT.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	static String gridEvent(String id, String eventType, String subject) {
		return "{\"id\":\"" + id + "\",\"subject\":\"" + subject + "\",\"eventType\":\"" + eventType
				+ "\",\"eventTime\":\"2024-05-01T10:00:00.1234567Z\",\"dataVersion\":\"2.0\",\"data\":{\"n\":1,\"price\":1.10}}";
	}

	static String domainEvent(String id, String domainTopic) {
		return "{\"id\":\"" + id + "\",\"topic\":\"" + domainTopic + "\",\"subject\":\"s\",\"eventType\":\"t\","
				+ "\"eventTime\":\"2024-05-01T10:00:00Z\",\"data\":{}}";
	}

	static String cloudEvent(String id, String type, String subject) {
		return "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"source\":\"/orders\",\"type\":\"" + type
				+ "\",\"subject\":\"" + subject + "\",\"time\":\"2024-05-01T10:00:00Z\",\"traceparent\":\"00-x\","
				+ "\"data\":{\"n\":1}}";
	}

}
