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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.context.SmartLifecycle;
import org.springframework.http.HttpHeaders;
import org.springframework.util.Assert;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Routes Event Grid's requests to the webhook paths of an {@link EventGridWebhookHandler}
 * in a Spring MVC application. Listeners are called on the request's thread, which waits
 * for the reactive or {@code CompletionStage} results some return. Once the application
 * context begins to stop, new deliveries are answered {@code 503}.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public class ServletEventGridWebhookRouter implements RouterFunction<ServerResponse>, SmartLifecycle {

	private final SingletonSupplier<EventGridWebhookHandler> handler;

	private final WebhookShutdown shutdown = new WebhookShutdown();

	/**
	 * Create a router.
	 * @param handler the handler
	 */
	public ServletEventGridWebhookRouter(EventGridWebhookHandler handler) {
		Assert.notNull(handler, "'handler' must not be null");
		this.handler = SingletonSupplier.of(handler);
	}

	/**
	 * Create a router that obtains its handler on the first request, so that an
	 * application whose webhook is never called does not build it.
	 * @param handler supplies the handler
	 */
	public ServletEventGridWebhookRouter(Supplier<EventGridWebhookHandler> handler) {
		Assert.notNull(handler, "'handler' must not be null");
		this.handler = SingletonSupplier.of(handler);
	}

	@Override
	public Optional<HandlerFunction<ServerResponse>> route(ServerRequest request) {
		String path = path(request);
		if (!this.handler.obtain().handles(path)) {
			return Optional.empty();
		}
		// the matched path names the request in http.server.requests observations and
		// metrics
		request.attributes()
			.put(RouterFunctions.MATCHING_PATTERN_ATTRIBUTE, PathPatternParser.defaultInstance.parse(path));
		return Optional.of(this::handle);
	}

	private static String path(ServerRequest request) {
		return request.requestPath().pathWithinApplication().value();
	}

	private ServerResponse handle(ServerRequest request) throws IOException {
		WebhookResponse refusal = this.shutdown.refusal();
		if (refusal != null) {
			return write(refusal);
		}
		WebhookRequest webhookRequest = new WebhookRequest(request.method(), path(request), headers(request),
				queryParams(request));
		WebhookResponse early = this.handler.obtain().preflight(webhookRequest);
		if (early != null) {
			return write(early);
		}
		int limit = this.handler.obtain().getMaxRequestSize();
		byte[] body;
		try (InputStream input = request.servletRequest().getInputStream()) {
			body = read(input, limit + 1, System.nanoTime() + this.handler.obtain().getBodyTimeout().toNanos());
		}
		if (body == null) {
			return write(this.handler.obtain().bodyTimedOut(webhookRequest));
		}
		if (body.length > limit) {
			return write(this.handler.obtain().tooLarge(webhookRequest));
		}
		EventGridWebhookHandler.Dispatch dispatch = this.handler.obtain().prepare(webhookRequest, body);
		return write(this.handler.obtain().dispatch(webhookRequest, dispatch));
	}

	/**
	 * Read a body up to a number of bytes, giving up once the deadline has passed: a
	 * client that sends a byte now and then would otherwise hold the thread as long as it
	 * likes. One read that waits for bytes that never come is bounded by the server's
	 * connection timeout.
	 * @param input the body
	 * @param max the most bytes to read
	 * @param deadline the deadline, in {@link System#nanoTime()} terms
	 * @return the bytes, or {@code null} if the deadline passed first
	 * @throws IOException if the body cannot be read
	 */
	private static byte @Nullable [] read(InputStream input, int max, long deadline) throws IOException {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		int read;
		while (body.size() < max && (read = input.read(buffer, 0, Math.min(buffer.length, max - body.size()))) >= 0) {
			body.write(buffer, 0, read);
			if (System.nanoTime() - deadline > 0 && body.size() < max) {
				return null;
			}
		}
		return body.toByteArray();
	}

	/**
	 * Return the request's headers with its {@code Content-Type} as sent: the servlet
	 * request adds the charset it decodes with, which would become the
	 * {@code datacontenttype} of a binary-mode CloudEvent.
	 * @param request the request
	 * @return the headers
	 */
	private static HttpHeaders headers(ServerRequest request) {
		HttpHeaders headers = new HttpHeaders();
		headers.putAll(request.headers().asHttpHeaders());
		String contentType = request.servletRequest().getHeader(HttpHeaders.CONTENT_TYPE);
		if (contentType != null) {
			headers.set(HttpHeaders.CONTENT_TYPE, contentType);
		}
		return headers;
	}

	private static MultiValueMap<String, String> queryParams(ServerRequest request) {
		MultiValueMap<String, String> encoded = UriComponentsBuilder.fromUri(request.uri()).build().getQueryParams();
		MultiValueMap<String, String> decoded = new LinkedMultiValueMap<>();
		encoded.forEach((name, values) -> values.forEach((value) -> decoded.add(decode(name), decode(value))));
		return decoded;
	}

	private static String decode(@Nullable String value) {
		return (value != null) ? UriUtils.decode(value, StandardCharsets.UTF_8) : "";
	}

	/**
	 * Take deliveries again after {@link #stop()}.
	 */
	@Override
	public void start() {
		this.shutdown.start();
	}

	/**
	 * Answer {@code 503} with {@code Retry-After} to the deliveries that arrive from now
	 * on, so that Event Grid delivers them again later; deliveries being handled finish.
	 * Called first when the application context stops or closes.
	 */
	@Override
	public void stop() {
		this.shutdown.stop();
	}

	@Override
	public boolean isRunning() {
		return this.shutdown.isRunning();
	}

	@Override
	public int getPhase() {
		return WebhookShutdown.PHASE;
	}

	private ServerResponse write(WebhookResponse response) {
		ServerResponse.BodyBuilder builder = ServerResponse.status(response.status())
			.headers((headers) -> headers.addAll(response.headers()));
		if (response.closesConnection()) {
			builder.header(HttpHeaders.CONNECTION, "close");
		}
		byte[] body = response.body();
		return (body != null) ? builder.body(body) : builder.build();
	}

}
