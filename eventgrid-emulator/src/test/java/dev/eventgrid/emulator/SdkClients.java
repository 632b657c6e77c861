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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import javax.net.ssl.SSLException;

import com.azure.core.http.netty.NettyAsyncHttpClientBuilder;
import com.azure.core.http.policy.ExponentialBackoffOptions;
import com.azure.core.http.policy.RetryOptions;
import com.azure.messaging.eventgrid.EventGridPublisherClientBuilder;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;

/**
 * Clients of the emulator for tests: the Azure SDK over Reactor Netty trusting the
 * emulator's certificate with fast retries, and the JDK's HTTP client for raw requests.
 *
 * @author Event Grid for Spring Boot team
 */
final class SdkClients {

	private SdkClients() {
	}

	static com.azure.core.http.HttpClient azureHttpClient(EventGridEmulator emulator) {
		try {
			SslContext sslContext = SslContextBuilder.forClient().trustManager(emulator.certificate()).build();
			reactor.netty.http.client.HttpClient reactorClient = reactor.netty.http.client.HttpClient.create()
				.secure((spec) -> spec.sslContext(sslContext));
			return new NettyAsyncHttpClientBuilder(reactorClient).responseTimeout(Duration.ofSeconds(5)).build();
		}
		catch (SSLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static EventGridPublisherClientBuilder publisher(EventGridEmulator emulator, String endpoint) {
		ExponentialBackoffOptions backoff = new ExponentialBackoffOptions().setMaxRetries(3)
			.setBaseDelay(Duration.ofMillis(20))
			.setMaxDelay(Duration.ofMillis(100));
		return new EventGridPublisherClientBuilder().endpoint(endpoint)
			.httpClient(azureHttpClient(emulator))
			.retryOptions(new RetryOptions(backoff));
	}

	static HttpClient jdkClient(EventGridEmulator emulator) {
		return HttpClient.newBuilder()
			.sslContext(emulator.sslContext())
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	static HttpRequest.Builder post(String url, String contentType, String body) {
		return HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
	}

	static HttpResponse<String> send(HttpClient client, HttpRequest request) throws Exception {
		return client.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
