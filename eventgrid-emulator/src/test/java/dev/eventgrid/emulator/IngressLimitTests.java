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

package dev.eventgrid.emulator;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import dev.eventgrid.emulator.fault.IngressLimit;
import dev.eventgrid.emulator.fault.RetryAfterHeader;
import dev.eventgrid.emulator.model.InputSchema;
import dev.eventgrid.emulator.model.RecordedRequest;
import dev.eventgrid.emulator.standalone.EmulatorConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Topics with an ingress limit answer requests over it with the service's 429.
 *
 * @author Event Grid for Spring Boot team
 */
class IngressLimitTests {

	@Test
	void answersRequestsOverTheLimitWithTooManyRequestsAndRecordsNoEvent() throws Exception {
		try (EventGridEmulator emulator = EventGridEmulator.builder()
			.topic("orders", InputSchema.CUSTOM)
			.topic("billing", InputSchema.CUSTOM)
			.ingressLimit("orders", IngressLimit.of(2, 1_000_000))
			.start()) {
			HttpClient client = SdkClients.jdkClient(emulator);
			assertThat(publish(emulator, client, "orders", 2).statusCode()).isEqualTo(200);
			HttpResponse<String> throttled = publish(emulator, client, "orders", 1);
			assertThat(throttled.statusCode()).isEqualTo(429);
			assertThat(throttled.body()).contains("\"code\":\"TooManyRequests\"", "Too Many Events",
					"limit of 2 events or 1000000 bytes per second");
			assertThat(throttled.headers().firstValue("Retry-After")).isEmpty();
			assertThat(throttled.headers().firstValue("x-ms-request-id")).isPresent();
			assertThat(publish(emulator, client, "billing", 50).statusCode()).isEqualTo(200);
			assertThat(emulator.receivedEvents("orders")).hasSize(2);
			assertThat(emulator.requests()).extracting(RecordedRequest::status).containsExactly(200, 429, 200);
		}
	}

	@Test
	void announcesTheConfiguredRetryDelay() throws Exception {
		try (EventGridEmulator emulator = EventGridEmulator.builder()
			.topic("orders", InputSchema.CUSTOM)
			.ingressLimit(IngressLimit.of(1, 1_000_000)
				.withRetryAfter(Duration.ofMillis(1500), RetryAfterHeader.RETRY_AFTER_MS))
			.start()) {
			HttpClient client = SdkClients.jdkClient(emulator);
			assertThat(publish(emulator, client, "orders", 1).statusCode()).isEqualTo(200);
			HttpResponse<String> throttled = publish(emulator, client, "orders", 1);
			assertThat(throttled.statusCode()).isEqualTo(429);
			assertThat(throttled.headers().firstValue("retry-after-ms")).hasValue("1500");
		}
	}

	@Test
	void acceptsAgainOnceTheLimitHasRefilled() throws Exception {
		try (EventGridEmulator emulator = EventGridEmulator.builder()
			.topic("orders", InputSchema.CUSTOM)
			.ingressLimit(IngressLimit.of(20, 1_000_000))
			.start()) {
			HttpClient client = SdkClients.jdkClient(emulator);
			assertThat(publish(emulator, client, "orders", 20).statusCode()).isEqualTo(200);
			assertThat(publish(emulator, client, "orders", 20).statusCode()).isEqualTo(429);
			long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
			int status = 429;
			while (status == 429 && System.nanoTime() < deadline) {
				status = publish(emulator, client, "orders", 1).statusCode();
			}
			assertThat(status).isEqualTo(200);
		}
	}

	@Test
	void standaloneConfigurationTakesTheDocumentedLimitInOneLine(@TempDir Path directory) throws Exception {
		Path file = directory.resolve("emulator.yaml");
		Files.writeString(file, String.join("\n", "topics:", "  - name: orders", "    schema: custom",
				"ingress-limit: { retry-after-ms: 2000 }", ""));
		EventGridEmulatorBuilder builder = EmulatorConfiguration.load(file).applyTo(EventGridEmulator.builder());
		try (EventGridEmulator emulator = builder.start()) {
			HttpClient client = SdkClients.jdkClient(emulator);
			assertThat(publish(emulator, client, "orders", 5_000).statusCode()).isEqualTo(200);
			HttpResponse<String> throttled = publish(emulator, client, "orders", 5_000);
			assertThat(throttled.statusCode()).isEqualTo(429);
			assertThat(throttled.body()).contains("limit of 5000 events or 1048576 bytes per second");
			assertThat(throttled.headers().firstValue("Retry-After")).hasValue("2");
		}
	}

	private static HttpResponse<String> publish(EventGridEmulator emulator, HttpClient client, String topic, int events)
			throws Exception {
		StringBuilder body = new StringBuilder("[");
		for (int i = 0; i < events; i++) {
			body.append((i > 0) ? "," : "").append("{\"n\":").append(i).append('}');
		}
		return SdkClients.send(client,
				SdkClients
					.post(emulator.httpsEndpoint(topic) + "?api-version=2018-01-01", "application/json",
							body.append(']').toString())
					.header("aeg-sas-key", emulator.key(topic))
					.build());
	}

}
