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

package dev.eventgrid.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import javax.net.ssl.TrustManagerFactory;

import dev.eventgrid.emulator.tls.TlsMaterial;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link HttpSink} and the clients the throughput benchmark drives against it.
 *
 * @author Event Grid for Spring Boot team
 */
class HttpSinkTests {

	@Test
	void answersOkAndCountsBodyBytes() throws Exception {
		try (HttpSink sink = HttpSink.start(1)) {
			HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
			for (int i = 0; i < 3; i++) {
				HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(sink.endpoint()))
					.POST(HttpRequest.BodyPublishers.ofString("[{\"id\":1}]"))
					.build(), HttpResponse.BodyHandlers.ofString());
				assertThat(response.statusCode()).isEqualTo(200);
				assertThat(response.body()).isEmpty();
			}
			assertThat(sink.requests()).isEqualTo(3);
			assertThat(sink.bytes()).isEqualTo(30);
			assertThat(sink.cpuNanos()).isPositive();
		}
	}

	@Test
	void everyClientPostsTheSameBatchInOneRequestOfAboutTheSameSize() {
		BenchmarkEvents.Inputs inputs = BenchmarkEvents.inputs(10, 1024);
		byte[] body = BenchmarkEvents.requestBody(BenchmarkEvents.cloudEvents(inputs));
		try (HttpSink sink = HttpSink.start(1)) {
			postsTheSameBatch(sink, inputs, body, null);
		}
	}

	@Test
	void everyClientPostsTheSameBatchOverTls() {
		BenchmarkEvents.Inputs inputs = BenchmarkEvents.inputs(10, 1024);
		byte[] body = BenchmarkEvents.requestBody(BenchmarkEvents.cloudEvents(inputs));
		TlsMaterial tls = TlsMaterial.selfSigned("127.0.0.1");
		try (HttpSink sink = HttpSink.startTls(1, tls.privateKey(), tls.certificate())) {
			assertThat(sink.endpoint()).startsWith("https://");
			postsTheSameBatch(sink, inputs, body, tls.trustManagerFactory());
		}
	}

	private void postsTheSameBatch(HttpSink sink, BenchmarkEvents.Inputs inputs, byte[] body,
			@Nullable TrustManagerFactory trust) {
		ThroughputRun run = new ThroughputRun(sink, 2, 10);
		try (LoadClient ours = LoadClient.ours(sink.endpoint(), inputs, 4, trust);
				LoadClient sdk = LoadClient.azureSdk(sink.endpoint(), inputs, 4, trust);
				LoadClient bare = LoadClient.bareWebClient(sink.endpoint(), body, 4, trust);
				LoadClient raw = LoadClient.raw(sink.endpoint(), body, 4, trust)) {
			for (LoadClient client : new LoadClient[] { ours, sdk, bare, raw }) {
				ThroughputRun.Result result = run.run(client, Duration.ofMillis(200));
				assertThat(result.requests()).as(client.name()).isPositive();
				assertThat(result.events()).isEqualTo(result.requests() * 10);
				assertThat((double) result.bytesPerRequest()).as(client.name())
					.isBetween(body.length * 0.97, body.length * 1.03);
				assertThat(result.p99Nanos()).isGreaterThanOrEqualTo(result.p50Nanos()).isPositive();
			}
		}
	}

}
