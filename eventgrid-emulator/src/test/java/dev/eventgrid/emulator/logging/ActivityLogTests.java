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

package dev.eventgrid.emulator.logging;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.model.InputSchema;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ActivityLog} and {@link LogText}: one line per request, escaped and
 * without credentials.
 *
 * @author Event Grid for Spring Boot team
 */
class ActivityLogTests {

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	@Test
	void escapesControlCharactersAndRedactsCredentials() {
		assertThat(LogText.of("a\r\nINFO forged\u001b[31m\u202e\\n"))
			.isEqualTo("a\\r\\nINFO forged\\u001b[31m\\u202e\\\\n");
		assertThat(LogText.of("Authorization: Bearer eyJhbGciOi.eyJzdWIiOi.c2lnbmF0dXJl"))
			.isEqualTo("Authorization: Bearer [redacted]");
		assertThat(LogText.of("r=https%3A%2F%2Fx&e=1%2F1%2F2030&s=c2lnbmF0dXJl"))
			.isEqualTo("r=https%3A%2F%2Fx&e=1%2F1%2F2030&s=[redacted]");
		assertThat(LogText.of("AccountName=a;AccountKey=c2VjcmV0;QueueEndpoint=x"))
			.isEqualTo("AccountName=a;AccountKey=[redacted];QueueEndpoint=x");
		assertThat(LogText.url("https://user:pw@hooks.example/api?code=secret"))
			.isEqualTo("https://hooks.example/api?[redacted]");
		assertThat(LogText.of("x".repeat(300))).hasSize(259).endsWith("...");
		assertThat(LogText.quoted("say \"hi\"")).isEqualTo("\"say \\\"hi\\\"\"");
	}

	@Test
	void logsOneLinePerPublishWithItsEventsEscaped() throws Exception {
		try (EventGridEmulator emulator = EventGridEmulator.builder()
			.topic("orders", InputSchema.CLOUD_EVENT_V1_0)
			.start(); CapturedLog log = new CapturedLog()) {
			String event = "{\"id\":\"1\\r\\nINFO forged line\",\"source\":\"/s\",\"type\":\"Order\\u001b[31mRed\","
					+ "\"specversion\":\"1.0\"}";
			assertThat(publish(emulator, "[" + event + "]", emulator.key("orders")).statusCode()).isEqualTo(200);
			List<String> lines = log.lines();
			assertThat(lines).anySatisfy((line) -> assertThat(line)
				.startsWith("publish topic=orders events=1 status=200 credential=aeg-sas-key bytes="));
			assertThat(lines).anySatisfy((line) -> assertThat(line).contains("id=1\\r\\nINFO forged line")
				.contains("type=Order\\u001b[31mRed"));
			assertThat(lines).noneSatisfy((line) -> assertThat(line).containsAnyOf("\n", "\r", "\u001b"));
			assertThat(String.join("\n", lines)).doesNotContain(emulator.key("orders"));
		}
	}

	@Test
	void logsAuthenticationFailuresWithoutTheCredential() throws Exception {
		try (EventGridEmulator emulator = EventGridEmulator.builder()
			.topic("orders", InputSchema.CLOUD_EVENT_V1_0)
			.start(); CapturedLog log = new CapturedLog()) {
			String wrongKey = "d3Jvbmcta2V5LXRoYXQtbXVzdC1ub3QtYmUtbG9nZ2Vk";
			assertThat(publish(emulator, "[]", wrongKey).statusCode()).isEqualTo(401);
			assertThat(log.lines()).singleElement()
				.asString()
				.startsWith("auth-failure topic=orders credential=aeg-sas-key status=401 reason=")
				.contains("The specified access key is not valid")
				.doesNotContain(wrongKey);
		}
	}

	@Test
	void logsUnknownPathsWithTheirDecodedLineBreaksEscaped() throws Exception {
		try (EventGridEmulator emulator = EventGridEmulator.builder()
			.topic("orders", InputSchema.CLOUD_EVENT_V1_0)
			.start(); CapturedLog log = new CapturedLog()) {
			HttpRequest request = HttpRequest
				.newBuilder(URI.create("http://localhost:" + emulator.httpPort() + "/nothing/%0d%0aforged"))
				.GET()
				.build();
			assertThat(CLIENT.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
			assertThat(log.lines()).singleElement()
				.asString()
				.isEqualTo("request method=GET path=/nothing/\\r\\nforged status=404")
				.doesNotContain("\r", "\n");
		}
	}

	private static HttpResponse<String> publish(EventGridEmulator emulator, String body, String key) throws Exception {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create(emulator.httpEndpoint("orders") + "?api-version=2018-01-01"))
			.header("Content-Type", "application/cloudevents-batch+json; charset=utf-8")
			.header("aeg-sas-key", key)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
