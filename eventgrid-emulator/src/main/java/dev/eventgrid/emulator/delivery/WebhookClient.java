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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import javax.net.ssl.TrustManagerFactory;

import dev.eventgrid.emulator.model.RequestHeaders;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.netty.http.Http11SslContextSpec;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;

/**
 * The HTTP client that calls webhooks, on event loops and a connection pool of its own.
 * HTTPS endpoints are verified against the configured trust, or the JDK's default trust
 * when none is configured.
 *
 * @author Event Grid for Spring Boot team
 */
final class WebhookClient implements AutoCloseable {

	private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);

	private final LoopResources loops;

	private final ConnectionProvider connections;

	private final HttpClient plain;

	private final HttpClient secure;

	WebhookClient(@Nullable TrustManagerFactory trust) {
		this.loops = LoopResources.create("eventgrid-emulator-delivery", 2, true);
		this.connections = ConnectionProvider.builder("eventgrid-emulator-delivery")
			.maxConnections(256)
			.pendingAcquireMaxCount(-1)
			.maxIdleTime(Duration.ofSeconds(20))
			.build();
		this.plain = HttpClient.create(this.connections).runOn(this.loops);
		Http11SslContextSpec spec = Http11SslContextSpec.forClient();
		Http11SslContextSpec trusted = (trust != null) ? spec.configure((builder) -> builder.trustManager(trust))
				: spec;
		this.secure = this.plain.secure((ssl) -> ssl.sslContext(trusted));
	}

	/**
	 * Send a request and read the whole answer, failing with a
	 * {@link java.util.concurrent.TimeoutException} if it takes longer than the timeout.
	 * @param method the HTTP method
	 * @param uri where to send the request
	 * @param headers the request headers
	 * @param body the request body, or {@code null} for none
	 * @param timeout how long the request and the answer may take together
	 * @return the answer
	 */
	Mono<HttpResult> send(HttpMethod method, URI uri, Map<String, String> headers, byte @Nullable [] body,
			Duration timeout) {
		HttpClient client = ("https".equalsIgnoreCase(uri.getScheme()) ? this.secure : this.plain)
			.headers((outgoing) -> {
				headers.forEach(outgoing::set);
				if (body != null) {
					outgoing.set(HttpHeaderNames.CONTENT_LENGTH, body.length);
				}
			});
		HttpClient.RequestSender sender = client.request(method).uri(uri);
		HttpClient.ResponseReceiver<?> receiver = (body != null)
				? sender.send((request, outbound) -> outbound.sendByteArray(Mono.just(body))) : sender;
		return receiver
			.responseSingle((response, content) -> content.asString(StandardCharsets.UTF_8)
				.defaultIfEmpty("")
				.map((text) -> new HttpResult(response.status().code(), RequestHeaders.of(response.responseHeaders()),
						text)))
			.timeout(timeout);
	}

	@Override
	public void close() {
		try {
			this.connections.disposeLater().block(CLOSE_TIMEOUT);
		}
		finally {
			this.loops.disposeLater(Duration.ZERO, CLOSE_TIMEOUT).block(CLOSE_TIMEOUT);
		}
	}

	/**
	 * An endpoint's answer.
	 *
	 * @param status the status code
	 * @param headers the response headers
	 * @param body the response body as text
	 */
	record HttpResult(int status, RequestHeaders headers, String body) {

	}

}
