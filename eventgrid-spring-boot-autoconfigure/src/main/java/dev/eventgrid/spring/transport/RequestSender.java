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
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import dev.eventgrid.spring.EventGridAuthenticationException;
import dev.eventgrid.spring.EventGridEndpointException;
import dev.eventgrid.spring.EventGridException;
import dev.eventgrid.spring.EventGridPayloadTooLargeException;
import dev.eventgrid.spring.EventGridThrottledException;
import dev.eventgrid.spring.credential.CredentialHeader;
import dev.eventgrid.spring.credential.EventGridCredential;
import dev.eventgrid.spring.event.EventSchema;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;

/**
 * Posts one request body to a publisher's endpoint: authorizes it, retries what may
 * succeed on a later attempt, and turns a final failure into an exception that says what
 * happened, with every secret masked.
 *
 * @author Event Grid for Spring Boot team
 */
public final class RequestSender {

	// The publishers log under their own name, which applications configure.
	private static final Log logger = LogFactory.getLog("dev.eventgrid.spring.core.EventGridPublisher");

	private static final String CLIENT_REQUEST_ID = "x-ms-client-request-id";

	private static final String CHANNEL_NAME = "aeg-channel-name";

	/**
	 * The content type of a request that holds one CloudEvent alone, as the Azure SDKs
	 * publish one event to a namespace topic.
	 */
	private static final String SINGLE_CLOUD_EVENT = "application/cloudevents+json; charset=utf-8";

	private static final String USER_AGENT = "eventgrid-spring-boot/"
			+ ((RequestSender.class.getPackage().getImplementationVersion() != null)
					? RequestSender.class.getPackage().getImplementationVersion() : "dev");

	private final String publisher;

	private final URI uri;

	private final EventSchema schema;

	private final EventGridCredential credential;

	private final Supplier<WebClient> webClient;

	private final Deadlines deadlines;

	private final @Nullable String channelName;

	private final RetrySettings retry;

	private final OutcomeListener outcomes;

	private final RateLimiter limiter;

	/**
	 * Create a sender.
	 * @param publisher the name of the publisher, for messages
	 * @param uri the publish URI, with its {@code api-version}
	 * @param schema the schema of the events, which gives the content type
	 * @param credential how requests are authorized
	 * @param webClient gives the client that sends requests; asked on every request, so
	 * it should hand out one client built once
	 * @param deadlines the deadlines of requests and attempts
	 * @param channelName the partner channel name, or {@code null}
	 * @param retry how requests are retried
	 * @param outcomes told how each request ends
	 * @param limiter paces the requests within the topic's ingress limit
	 */
	public RequestSender(String publisher, URI uri, EventSchema schema, EventGridCredential credential,
			Supplier<WebClient> webClient, Deadlines deadlines, @Nullable String channelName, RetrySettings retry,
			OutcomeListener outcomes, RateLimiter limiter) {
		this.publisher = publisher;
		this.uri = uri;
		this.schema = schema;
		this.credential = credential;
		this.webClient = webClient;
		this.deadlines = deadlines;
		this.channelName = channelName;
		this.retry = retry;
		this.outcomes = outcomes;
		this.limiter = limiter;
	}

	/**
	 * Send a request until it is accepted or cannot be, and emit how many attempts it
	 * took.
	 * @param batch the request to send
	 * @param traceContext the trace context headers to send with it, by name; may be
	 * empty
	 * @param listener told when the request is accepted or has failed for good
	 * @return the number of attempts, or an {@link EventGridException} if the request is
	 * not accepted
	 */
	public Mono<Integer> send(RequestBatch batch, Map<String, String> traceContext, SendListener listener) {
		Request request = new Request(batch, traceContext, listener);
		Mono<Integer> sent = this.deadlines.within(request.attempt(), this.retry.timeout(), request::timedOut)
			.onErrorResume(request::failed)
			.map(request::accepted);
		// The request's time-outs start when the limiter lets it leave.
		return this.limiter.isLimiting() ? paced(batch, sent) : sent;
	}

	// Return a request or attempt that leaves when the rate limiter lets it.
	private Mono<Integer> paced(RequestBatch batch, Mono<Integer> request) {
		return Mono.defer(() -> {
			long wait = this.limiter.reserve(batch.events().size(), batch.body().size());
			return (wait > 0) ? Mono.delay(Duration.ofNanos(wait)).then(request) : request;
		});
	}

	/**
	 * Build the client that sends requests and a request to this publisher's endpoint,
	 * without sending it.
	 */
	public void warmUp() {
		this.webClient.get().post().uri(this.uri).httpRequest((request) -> {
		});
	}

	/**
	 * Return a random (version 4) UUID for {@code x-ms-client-request-id}: a correlation
	 * id, which needs no secure random number generator and its lock.
	 * @return the UUID, as text
	 */
	private static String requestId() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		long most = (random.nextLong() & ~0xF000L) | 0x4000L;
		long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(most, least).toString();
	}

	private Mono<Integer> exchange(RequestBatch batch, CredentialHeader header, String requestId,
			Map<String, String> traceContext) {
		WebClient.RequestBodySpec request = this.webClient.get().post().uri(this.uri);
		if (!traceContext.isEmpty()) {
			request.headers((headers) -> traceContext.forEach(headers::set));
		}
		// The publish headers go on the HTTP request itself rather than through the
		// request's headers, which the client copies twice on the way to it.
		return request.httpRequest((httpRequest) -> {
			ReactorNettyWiretap.silence(httpRequest);
			setHeaders(httpRequest.getHeaders(), batch, header, requestId);
		}).body(batch.body().inserter()).exchangeToMono(RequestSender::status);
	}

	private void setHeaders(HttpHeaders headers, RequestBatch batch, CredentialHeader header, String requestId) {
		headers.set(header.name(), header.value());
		headers.set(HttpHeaders.CONTENT_TYPE, batch.single() ? SINGLE_CLOUD_EVENT : this.schema.getContentType());
		headers.setContentLength(batch.body().size());
		headers.set(CLIENT_REQUEST_ID, requestId);
		headers.set(HttpHeaders.USER_AGENT, USER_AGENT);
		if (this.channelName != null) {
			headers.set(CHANNEL_NAME, this.channelName);
		}
	}

	/**
	 * Return the status of a response that accepted the request, whose empty body the
	 * client releases, or fail with what refused it.
	 * @param response the response
	 * @return the status code, or an {@link HttpFailure} if the request was refused
	 */
	private static Mono<Integer> status(ClientResponse response) {
		int status = response.statusCode().value();
		if (response.statusCode().is2xxSuccessful()) {
			return Mono.just(status);
		}
		// Read as bytes: Spring's String decoder logs what it decodes at TRACE, and an
		// error body may repeat the credential.
		return response.bodyToMono(byte[].class)
			.map((body) -> new String(body, StandardCharsets.UTF_8))
			.defaultIfEmpty("")
			.flatMap((body) -> Mono.error(new HttpFailure(status, response.headers().asHttpHeaders(), body)));
	}

	/**
	 * Return the delay before the retry that follows attempt {@code attempt} (from 1), or
	 * {@code null} if the failure is final.
	 * @param failure what the attempt failed with
	 * @param attempt the number of the attempt that failed
	 * @return the delay, or {@code null} if the failure is final
	 */
	private @Nullable Duration retryDelay(Throwable failure, int attempt) {
		if (!isRetryable(failure) || attempt >= this.retry.maxAttempts()) {
			return null;
		}
		Duration serverDelay = (failure instanceof HttpFailure http) ? http.retryAfter() : null;
		if (serverDelay != null) {
			return serverDelay;
		}
		if (isThrottled(failure) && this.limiter.isLimiting()) {
			// The limiter paces the retry with the other requests.
			return Duration.ZERO;
		}
		return this.retry.backoff(attempt - 1, ThreadLocalRandom.current().nextDouble());
	}

	private static boolean isThrottled(Throwable failure) {
		return failure instanceof HttpFailure http && http.status() == 429;
	}

	private static boolean isRetryable(Throwable failure) {
		if (failure instanceof HttpFailure http) {
			return http.isRetryable();
		}
		return (failure instanceof TimeoutException || failure instanceof WebClientRequestException
				|| failure instanceof IOException) && EndpointFailure.of(failure) == null;
	}

	private Throwable toException(Throwable failure, RequestBatch batch, int attempts) {
		String what = "Publisher '" + this.publisher + "' " + batch.describe() + " to " + this.uri.getHost();
		String tries = " after " + attempts + ((attempts == 1) ? " attempt" : " attempts");
		if (failure instanceof HttpFailure http) {
			return toException(http, what + " was refused" + tries, batch);
		}
		if (failure instanceof EventGridException) {
			return failure;
		}
		EndpointFailure endpoint = EndpointFailure.of(failure);
		if (endpoint != null) {
			return new EventGridEndpointException(what + " could not be sent" + tries + ": "
					+ endpoint.problem(this.uri) + " (" + describe(failure) + "); "
					+ endpoint.action(this.uri, endpointProperty()) + ". Not retried: no retry can fix this.", failure);
		}
		if (failure instanceof RequestTimeoutException timeout) {
			Throwable last = timeout.getCause();
			return new EventGridException(what + " did not complete within " + this.retry.timeout() + tries
					+ ((last != null) ? "; last failure: " + describe(last) : ""), last);
		}
		if (failure instanceof TimeoutException) {
			return new EventGridException(
					what + " timed out: no response within " + this.retry.tryTimeout() + " per attempt" + tries,
					failure);
		}
		return new EventGridException(what + " could not be sent" + tries + ": " + describe(failure), failure);
	}

	private String endpointProperty() {
		return "default".equals(this.publisher) ? "eventgrid.endpoint"
				: "eventgrid.publishers." + this.publisher + ".endpoint";
	}

	private EventGridException toException(HttpFailure http, String prefix, RequestBatch batch) {
		String code = null;
		String message = redact(http.body());
		try {
			JsonNode error = ErrorReader.MAPPER.readTree(http.body()).path("error");
			if (error.isObject()) {
				code = error.path("code").asString(null);
				message = redact(error.path("message").asString(message));
			}
		}
		catch (RuntimeException ex) {
			// not the service's error body; keep the text
		}
		String requestId = http.requestId();
		String detail = prefix + " with " + http.status() + ((code != null) ? " " + code : "")
				+ (message.isEmpty() ? "" : ": " + message)
				+ ((requestId != null) ? " (x-ms-request-id " + requestId + ")" : "") + hint(http.status());
		if (http.status() == 403 && isNamespace()) {
			// A namespace answers 403 for a quota exceeded or a message too large.
			return new EventGridException(detail, null, http.status(), code, message, requestId);
		}
		return switch (http.status()) {
			case 401, 403 -> new EventGridAuthenticationException(detail, http.status(), code, message, requestId);
			case 413 -> new EventGridPayloadTooLargeException(detail, batch.body().size(), code, message, requestId);
			case 429 -> new EventGridThrottledException(detail, http.retryAfter(), code, message, requestId);
			default -> new EventGridException(detail, null, http.status(), code, message, requestId);
		};
	}

	private String hint(int status) {
		return switch (status) {
			case 401 -> "; check the " + this.credential.describe() + " for this topic";
			case 403 -> isNamespace()
					? "; the namespace refuses it: a quota is exceeded, or an event or the request is too large "
							+ "(1 MB each, 1,000 events a request)"
					: "; the topic's network rules or role assignments refuse this client";
			case 404 -> "; check the endpoint URL " + this.uri.getScheme() + "://" + this.uri.getAuthority()
					+ this.uri.getPath();
			case 410 -> "; the namespace has no such topic: check the namespace topic name";
			case 413 -> "; lower eventgrid.batch.max-request-size";
			case 429 ->
				isNamespace() ? "; a namespace takes at most 1,000 events or 1 MB per second per throughput unit"
						: "; the topic takes at most 5,000 events or 1 MB per second";
			default -> "";
		};
	}

	private boolean isNamespace() {
		return this.uri.getPath().endsWith(":publish");
	}

	private String redact(String text) {
		String redacted = text;
		// Longest first, so that a secret is masked whole before a shorter form inside
		// it.
		List<String> secrets = new ArrayList<>(this.credential.secrets());
		secrets.sort(Comparator.comparingInt(String::length).reversed());
		for (String secret : secrets) {
			if (!secret.isEmpty()) {
				redacted = redacted.replace(secret, "***");
			}
		}
		return redacted;
	}

	private void log(RequestBatch batch, int attempt, String outcome, long start) {
		if (logger.isDebugEnabled()) {
			logger.debug("Publisher '" + this.publisher + "' request " + batch.number() + ": " + batch.events().size()
					+ " events, " + batch.body().size() + " bytes, attempt " + attempt + " -> " + outcome + " in "
					+ Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms");
		}
	}

	private String describe(Throwable failure) {
		if (failure instanceof HttpFailure http) {
			return "HTTP " + http.status();
		}
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = (root.getMessage() != null) ? ": " + redact(root.getMessage()) : "";
		return root.getClass().getSimpleName() + message;
	}

	/**
	 * One request and its attempts.
	 */
	private final class Request {

		private final RequestBatch batch;

		private final Map<String, String> traceContext;

		private final SendListener listener;

		private final String requestId = requestId();

		private volatile int attempts;

		private volatile @Nullable Throwable lastFailure;

		Request(RequestBatch batch, Map<String, String> traceContext, SendListener listener) {
			this.batch = batch;
			this.traceContext = traceContext;
			this.listener = listener;
		}

		/**
		 * Return the next attempt, followed by those that may retry it.
		 * @return the attempts, which emit the status code of the one accepted
		 */
		// Return the next attempt, followed by those that may retry it.
		// Why onErrorResume rather than retryWhen: retryWhen builds a sink and a
		// companion subscription for every request, retried or not
		// (TransportOperatorsBenchmark: 225 ns and 728 B a request, against 66 ns and
		// 312 B).
		Mono<Integer> attempt() {
			return Mono.defer(this::once).onErrorResume(this::retry);
		}

		private Mono<Integer> once() {
			int number = ++this.attempts;
			long start = System.nanoTime();
			Mono<Integer> exchange = RequestSender.this.credential.header()
				.flatMap(
						(header) -> RequestSender.this.exchange(this.batch, header, this.requestId, this.traceContext));
			Mono<Integer> attempt = RequestSender.this.deadlines.within(exchange, RequestSender.this.retry.tryTimeout(),
					this::attemptTimedOut);
			if (!logger.isDebugEnabled()) {
				return attempt.doOnError(this::attemptFailed);
			}
			return attempt.doOnNext((status) -> log(this.batch, number, String.valueOf(status), start))
				.doOnError((ex) -> {
					attemptFailed(ex);
					log(this.batch, number, describe(ex), start);
				});
		}

		private Mono<Integer> retry(Throwable failure) {
			Duration delay = retryDelay(failure, this.attempts);
			if (delay == null) {
				return Mono.error(failure);
			}
			Mono<Integer> next = RequestSender.this.limiter.isLimiting() ? paced(this.batch, attempt()) : attempt();
			return delay.isZero() ? next : Mono.delay(delay).then(next);
		}

		private Throwable attemptTimedOut() {
			return new TimeoutException("no response within " + RequestSender.this.retry.tryTimeout());
		}

		private void attemptFailed(Throwable failure) {
			this.lastFailure = failure;
			if (isThrottled(failure)) {
				RequestSender.this.limiter.throttled(this.batch.events().size(), this.batch.body().size());
			}
		}

		Throwable timedOut() {
			return new RequestTimeoutException(this.lastFailure);
		}

		Mono<Integer> failed(Throwable failure) {
			this.listener.requestFinished(this.batch.events().size(), this.batch.body().size(), this.attempts, false);
			Throwable exception = toException(failure, this.batch, this.attempts);
			RequestSender.this.outcomes.failed(exception);
			return Mono.error(exception);
		}

		Integer accepted(Integer status) {
			this.listener.requestFinished(this.batch.events().size(), this.batch.body().size(), this.attempts, true);
			RequestSender.this.outcomes.accepted();
			RequestSender.this.limiter.accepted(this.batch.events().size(), this.batch.body().size());
			this.batch.body().recycle();
			return this.attempts;
		}

	}

	/**
	 * The whole request, retries included, took longer than allowed.
	 */
	private static final class RequestTimeoutException extends RuntimeException {

		RequestTimeoutException(@Nullable Throwable lastFailure) {
			super("request timed out", lastFailure, false, false);
		}

	}

	/**
	 * The reader of the service's error bodies, built on the first refusal rather than at
	 * startup.
	 */
	private static final class ErrorReader {

		static final JsonMapper MAPPER = JsonMapper.builder().build();

	}

}
