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
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import dev.eventgrid.emulator.model.RequestHeaders;
import dev.eventgrid.emulator.tls.TlsMaterial;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.Http11SslContextSpec;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A webhook for tests: records every request and answers as told, by default like a
 * well-behaved Event Grid receiver that completes both validation handshakes.
 *
 * @author Event Grid for Spring Boot team
 */
final class WebhookReceiver implements AutoCloseable {

	static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final Object monitor = new Object();

	private final List<Request> requests = new ArrayList<>();

	private final DisposableServer server;

	private final String scheme;

	private volatile Function<Request, Reply> replies = WebhookReceiver::wellBehaved;

	private WebhookReceiver(@Nullable TlsMaterial tls) {
		HttpServer server = HttpServer.create().host("127.0.0.1").port(0).handle(this::handle);
		if (tls != null) {
			server = server
				.secure((spec) -> spec.sslContext(Http11SslContextSpec.forServer(tls.privateKey(), tls.chain())));
		}
		this.server = server.bindNow(Duration.ofSeconds(10));
		this.scheme = (tls != null) ? "https" : "http";
	}

	static WebhookReceiver start() {
		return new WebhookReceiver(null);
	}

	static WebhookReceiver startSecure(TlsMaterial tls) {
		return new WebhookReceiver(tls);
	}

	URI uri() {
		return URI.create(this.scheme + "://127.0.0.1:" + this.server.port() + "/api/events");
	}

	void replyWith(Function<Request, Reply> replies) {
		this.replies = replies;
	}

	List<Request> requests() {
		synchronized (this.monitor) {
			return List.copyOf(this.requests);
		}
	}

	List<Request> notifications() {
		return requests().stream().filter(Request::isNotification).toList();
	}

	List<Request> awaitNotifications(int count, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		synchronized (this.monitor) {
			List<Request> notifications = notifications();
			while (notifications.size() < count) {
				long remaining = deadline - System.nanoTime();
				if (remaining <= 0) {
					throw new IllegalStateException("Expected " + count + " notifications but got " + notifications);
				}
				this.monitor.wait(Math.max(1, remaining / 1_000_000));
				notifications = notifications();
			}
			return notifications;
		}
	}

	private Mono<Void> handle(HttpServerRequest request, HttpServerResponse response) {
		return request.receive().aggregate().asString(StandardCharsets.UTF_8).defaultIfEmpty("").flatMap((body) -> {
			Request received = new Request(request.method().name(), request.uri(),
					RequestHeaders.of(request.requestHeaders()), body, Instant.now());
			synchronized (this.monitor) {
				this.requests.add(received);
				this.monitor.notifyAll();
			}
			Reply reply = this.replies.apply(received);
			reply.headers().forEach(response::header);
			if (reply.status() == 0) {
				return Mono.create((sink) -> response.withConnection(
						(connection) -> connection.channel().close().addListener((done) -> sink.success())));
			}
			return reply.before()
				.then(Mono.defer(() -> response.status(reply.status())
					.sendString(Mono.just(reply.body()), StandardCharsets.UTF_8)
					.then()));
		});
	}

	static Reply wellBehaved(Request request) {
		if (request.method().equals("OPTIONS")) {
			return Reply.status(200).header("WebHook-Allowed-Origin", "eventgrid.azure.net").header("Allow", "POST");
		}
		if ("SubscriptionValidation".equals(request.headers().first("aeg-event-type"))) {
			String code = request.json().get(0).get("data").get("validationCode").asString();
			return Reply.status(200).body("{\"validationResponse\":\"" + code + "\"}");
		}
		return Reply.status(200);
	}

	@Override
	public void close() {
		this.server.disposeNow(Duration.ofSeconds(10));
	}

	/**
	 * A request the receiver got.
	 *
	 * @param method the HTTP method
	 * @param uri the request URI
	 * @param headers the headers
	 * @param body the body text
	 * @param receivedAt when it arrived
	 */
	record Request(String method, String uri, RequestHeaders headers, String body, Instant receivedAt) {

		JsonNode json() {
			return MAPPER.readTree(this.body);
		}

		boolean isNotification() {
			return "Notification".equals(this.headers.first("aeg-event-type"));
		}

	}

	/**
	 * What the receiver answers.
	 *
	 * @param status the status, or {@code 0} to close the connection without an answer
	 * @param headers the response headers
	 * @param body the body text
	 * @param before what to wait for before answering
	 */
	record Reply(int status, Map<String, String> headers, String body, Mono<?> before) {

		static Reply status(int status) {
			return new Reply(status, Map.of(), "", Mono.empty());
		}

		static Reply dropConnection() {
			return status(0);
		}

		Reply header(String name, String value) {
			Map<String, String> headers = new LinkedHashMap<>(this.headers);
			headers.put(name, value);
			return new Reply(this.status, headers, this.body, this.before);
		}

		Reply body(String body) {
			return new Reply(this.status, this.headers, body, this.before);
		}

		Reply after(Duration delay) {
			return new Reply(this.status, this.headers, this.body, Mono.delay(delay));
		}

		Reply after(CompletableFuture<?> gate) {
			return new Reply(this.status, this.headers, this.body, Mono.fromFuture(gate));
		}

	}

}
