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

package dev.eventgrid.spring.transport;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import dev.eventgrid.spring.EventGridAuthenticationException;
import dev.eventgrid.spring.EventGridException;
import dev.eventgrid.spring.EventGridThrottledException;
import dev.eventgrid.spring.credential.EventGridCredential;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;

/**
 * Posts the requests of an Event Grid namespace's subscriber operations (receive,
 * acknowledge, release, reject, renew locks): authorizes each attempt with the
 * credential, retries 408, 429 and 5xx answers (not 501, 505) and I/O failures with
 * exponential back-off and jitter, honouring the service's retry-after headers, and turns
 * a final failure into an {@link EventGridException} carrying the status, the service's
 * error code and message, with every secret masked.
 *
 * @author Event Grid for Spring Boot team
 */
public final class OperationSender {

	private static final String JSON_UTF8 = "application/json; charset=utf-8";

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final String USER_AGENT = "eventgrid-spring-boot/"
			+ ((OperationSender.class.getPackage().getImplementationVersion() != null)
					? OperationSender.class.getPackage().getImplementationVersion() : "dev");

	private final String client;

	private final EventGridCredential credential;

	private final Supplier<WebClient> webClient;

	private final RetrySettings retry;

	/**
	 * Create a sender.
	 * @param client the name of the client, for messages
	 * @param credential how requests are authorized
	 * @param webClient gives the client that sends requests; asked on every request, so
	 * it should hand out one client built once
	 * @param retry how requests are retried; its try timeout is added to the time an
	 * operation may wait on the service, such as a receive's wait
	 */
	public OperationSender(String client, EventGridCredential credential, Supplier<WebClient> webClient,
			RetrySettings retry) {
		this.client = client;
		this.credential = credential;
		this.webClient = webClient;
		this.retry = retry;
	}

	/**
	 * Post an operation until it succeeds or cannot, and emit the answer's JSON.
	 * @param uri the operation's URI, with its query
	 * @param body the JSON body, or {@code null} to send an empty body
	 * @param operation what the operation does, for messages, such as
	 * {@code receive from orders/workers}
	 * @param serviceWait how long the service may hold the request before answering, such
	 * as a receive's wait; {@link Duration#ZERO} for none
	 * @return the answer, or an {@link EventGridException} if the operation failed
	 */
	public Mono<JsonNode> post(URI uri, @Nullable Object body, String operation, Duration serviceWait) {
		byte[] bytes = (body != null) ? MAPPER.writeValueAsBytes(body) : new byte[0];
		Duration tryTimeout = this.retry.tryTimeout().plus(serviceWait);
		Duration timeout = this.retry.timeout().plus(serviceWait);
		Attempts attempts = new Attempts(uri, bytes, tryTimeout);
		return attempts.next()
			.timeout(timeout)
			.onErrorMap((ex) -> toException(ex, operation, attempts.count, timeout, tryTimeout))
			.map(OperationSender::readJson);
	}

	private static JsonNode readJson(byte[] answer) {
		return (answer.length == 0) ? MAPPER.createObjectNode() : MAPPER.readTree(answer);
	}

	private Mono<byte[]> exchange(URI uri, byte[] body) {
		return this.credential.header()
			.flatMap((header) -> this.webClient.get().post().uri(uri).httpRequest((request) -> {
				ReactorNettyWiretap.silence(request);
				HttpHeaders headers = request.getHeaders();
				headers.set(header.name(), header.value());
				if (body.length > 0) {
					// As the Azure SDKs send it; a receive has no body and no type.
					headers.set(HttpHeaders.CONTENT_TYPE, JSON_UTF8);
				}
				headers.setContentLength(body.length);
				headers.set("x-ms-client-request-id", UUID.randomUUID().toString());
				headers.set(HttpHeaders.USER_AGENT, USER_AGENT);
			}).bodyValue(body).exchangeToMono(OperationSender::answer));
	}

	private static Mono<byte[]> answer(ClientResponse response) {
		int status = response.statusCode().value();
		// Read as bytes: Spring's String decoder logs what it decodes at TRACE, and an
		// error body may repeat the credential.
		Mono<byte[]> body = response.bodyToMono(byte[].class).defaultIfEmpty(new byte[0]);
		if (response.statusCode().is2xxSuccessful()) {
			return body;
		}
		return body.flatMap((bytes) -> Mono.error(new HttpFailure(status, response.headers().asHttpHeaders(),
				new String(bytes, StandardCharsets.UTF_8))));
	}

	private @Nullable Duration retryDelay(Throwable failure, int attempt) {
		boolean retryable = (failure instanceof HttpFailure http) ? http.isRetryable()
				: failure instanceof TimeoutException || failure instanceof WebClientRequestException
						|| failure instanceof IOException;
		if (!retryable || attempt >= this.retry.maxAttempts()) {
			return null;
		}
		Duration serverDelay = (failure instanceof HttpFailure http) ? http.retryAfter() : null;
		return (serverDelay != null) ? serverDelay
				: this.retry.backoff(attempt - 1, ThreadLocalRandom.current().nextDouble());
	}

	private Throwable toException(Throwable failure, String operation, int attempts, Duration timeout,
			Duration tryTimeout) {
		String what = "Event Grid " + this.client + " could not " + operation;
		String tries = " after " + attempts + ((attempts == 1) ? " attempt" : " attempts");
		if (failure instanceof HttpFailure http) {
			return toException(http, what + tries);
		}
		if (failure instanceof EventGridException) {
			return failure;
		}
		if (failure instanceof TimeoutException) {
			return new EventGridException(
					what + ": no answer within " + timeout + " (" + tryTimeout + " per attempt)" + tries, failure);
		}
		return new EventGridException(what + tries + ": " + describe(failure), failure);
	}

	private EventGridException toException(HttpFailure http, String prefix) {
		String code = null;
		String message = redact(http.body());
		try {
			JsonNode error = MAPPER.readTree(http.body()).path("error");
			if (error.isObject()) {
				code = error.path("code").asString(null);
				message = redact(error.path("message").asString(message));
			}
		}
		catch (RuntimeException ex) {
			// not the service's error body; keep the text
		}
		String requestId = http.requestId();
		String detail = prefix + ": " + http.status() + ((code != null) ? " " + code : "")
				+ (message.isEmpty() ? "" : ": " + message)
				+ ((requestId != null) ? " (x-ms-request-id " + requestId + ")" : "") + hint(http.status());
		return switch (http.status()) {
			case 401, 403 -> new EventGridAuthenticationException(detail, http.status(), code, message, requestId);
			case 429 -> new EventGridThrottledException(detail, http.retryAfter(), code, message, requestId);
			default -> new EventGridException(detail, null, http.status(), code, message, requestId);
		};
	}

	private String hint(int status) {
		return switch (status) {
			case 401 -> "; check the " + this.credential.describe() + " of the namespace";
			case 403 -> "; the namespace's quota, network rules or role assignments refuse this client";
			case 404 -> "; check the namespace endpoint and the subscription name";
			case 410 -> "; the namespace has no such topic: check the topic name";
			default -> "";
		};
	}

	private String redact(String text) {
		String redacted = text;
		List<String> secrets = new ArrayList<>(this.credential.secrets());
		secrets.sort(Comparator.comparingInt(String::length).reversed());
		for (String secret : secrets) {
			if (!secret.isEmpty()) {
				redacted = redacted.replace(secret, "***");
			}
		}
		return redacted;
	}

	private String describe(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = (root.getMessage() != null) ? ": " + redact(root.getMessage()) : "";
		return root.getClass().getSimpleName() + message;
	}

	/**
	 * The attempts of one operation.
	 */
	private final class Attempts {

		private final URI uri;

		private final byte[] body;

		private final Duration tryTimeout;

		private volatile int count;

		Attempts(URI uri, byte[] body, Duration tryTimeout) {
			this.uri = uri;
			this.body = body;
			this.tryTimeout = tryTimeout;
		}

		Mono<byte[]> next() {
			return Mono.defer(() -> {
				this.count++;
				return exchange(this.uri, this.body).timeout(this.tryTimeout);
			}).onErrorResume(this::retry);
		}

		private Mono<byte[]> retry(Throwable failure) {
			Duration delay = retryDelay(failure, this.count);
			if (delay == null) {
				return Mono.error(failure);
			}
			return delay.isZero() ? next() : Mono.delay(delay).then(next());
		}

	}

}
