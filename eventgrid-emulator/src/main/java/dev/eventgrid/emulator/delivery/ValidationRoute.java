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

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.eventgrid.emulator.publish.SideRoute;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.QueryStringDecoder;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * Serves the manual validation URL, {@code GET
 * /eventsubscriptions/{name}/validate?id=...}, on the emulator's ports: a GET with the
 * subscription's code and token while the subscription awaits manual action completes the
 * handshake.
 *
 * @author Event Grid for Spring Boot team
 */
final class ValidationRoute implements SideRoute {

	static final String VALIDATED = "Webhook successfully validated as a subscription endpoint.";

	private static final Pattern PATH = Pattern.compile("(?i)/eventsubscriptions/([^/]+)/validate/?");

	private final Function<String, @Nullable EmulatedSubscription> subscriptions;

	private final Clock clock;

	ValidationRoute(Function<String, @Nullable EmulatedSubscription> subscriptions, Clock clock) {
		this.subscriptions = subscriptions;
		this.clock = clock;
	}

	@Override
	public @Nullable Publisher<Void> handle(HttpServerRequest request, HttpServerResponse response) {
		QueryStringDecoder uri = new QueryStringDecoder(request.uri());
		Matcher matcher = PATH.matcher(uri.path());
		if (!matcher.matches()) {
			return null;
		}
		if (!HttpMethod.GET.equals(request.method())) {
			response.header("Allow", "GET");
			return answer(response, 405, "Use GET to validate an event subscription.");
		}
		EmulatedSubscription subscription = this.subscriptions.apply(matcher.group(1));
		if (subscription == null) {
			return answer(response, 404, "No event subscription named '" + matcher.group(1) + "'.");
		}
		Map<String, List<String>> query = uri.parameters();
		if (!subscription.validateManually(first(query, "id"), first(query, "token"), this.clock.instant())) {
			return answer(response, 400, "The validation URL is invalid or has expired; the subscription is "
					+ subscription.state().serviceName() + ".");
		}
		return answer(response, 200, VALIDATED);
	}

	private static String first(Map<String, List<String>> query, String name) {
		List<String> values = query.get(name);
		return (values != null && !values.isEmpty()) ? values.get(0) : "";
	}

	private static Mono<Void> answer(HttpServerResponse response, int status, String text) {
		byte[] body = text.getBytes(StandardCharsets.UTF_8);
		return response.status(status)
			.header("Content-Type", "text/plain; charset=utf-8")
			.header("Content-Length", Integer.toString(body.length))
			.sendByteArray(Mono.just(body))
			.then();
	}

}
