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

package dev.eventgrid.emulator.namespace;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;

import dev.eventgrid.emulator.fault.Fault;
import dev.eventgrid.emulator.publish.SideRoute;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.QueryStringDecoder;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * Serves the namespace data plane on the emulator's ports. A request names its namespace
 * by a {@code /namespaces/{namespace}} path prefix, else by the first label of its
 * {@code Host} header ({@code contoso.localhost}); when only one namespace is declared,
 * paths without either reach it. The namespace's fault plan applies to every operation.
 *
 * @author Event Grid for Spring Boot team
 */
final class NamespaceRoute implements SideRoute {

	private static final Logger logger = LoggerFactory.getLogger(NamespaceRoute.class);

	private final Map<String, EmulatedNamespace> namespaces;

	private final NamespaceOperations operations;

	private final NamespaceJson json;

	private final Clock clock;

	NamespaceRoute(Map<String, EmulatedNamespace> namespaces, NamespaceOperations operations, NamespaceJson json,
			Clock clock) {
		this.namespaces = namespaces;
		this.operations = operations;
		this.json = json;
		this.clock = clock;
	}

	@Override
	public @Nullable Publisher<Void> handle(HttpServerRequest request, HttpServerResponse response) {
		NamespacePath path = NamespacePath.parse(new QueryStringDecoder(request.uri()).path());
		if (path == null || this.namespaces.isEmpty()) {
			return null;
		}
		NamespaceExchange exchange = NamespaceExchange.of(request, path, this.clock.instant());
		try {
			EmulatedNamespace namespace = resolve(exchange);
			if (!HttpMethod.POST.equals(request.method())) {
				response.header("Allow", "POST");
				throw new NamespaceRejection(405, "The HTTP method '" + request.method().name()
						+ "' is not supported; namespace operations use POST.");
			}
			return serve(namespace, exchange, request, response);
		}
		catch (NamespaceRejection rejection) {
			return send(response, exchange, error(exchange, rejection));
		}
	}

	private EmulatedNamespace resolve(NamespaceExchange exchange) {
		String prefix = exchange.path().namespace();
		String hostLabel = exchange.hostLabel();
		EmulatedNamespace namespace = (prefix != null) ? find(prefix) : (hostLabel != null) ? find(hostLabel) : null;
		if (namespace == null && prefix == null && this.namespaces.size() == 1) {
			namespace = this.namespaces.values().iterator().next();
		}
		if (namespace == null) {
			String named = (prefix != null) ? "'" + prefix + "'" : "for host '" + exchange.host() + "'";
			throw new NamespaceRejection(404, "There is no namespace " + named + "; declared: " + names()
					+ ". Use an endpoint such as https://localhost:<port>/namespaces/<namespace>.");
		}
		return namespace;
	}

	private @Nullable EmulatedNamespace find(String name) {
		return this.namespaces.get(name.toLowerCase(Locale.ROOT));
	}

	private Collection<String> names() {
		return this.namespaces.values().stream().map(EmulatedNamespace::name).toList();
	}

	private Mono<Void> serve(EmulatedNamespace namespace, NamespaceExchange exchange, HttpServerRequest request,
			HttpServerResponse response) {
		Fault fault = namespace.faults().next(exchange.path().topic());
		if (fault instanceof Fault.Fail fail) {
			Duration retryAfter = fail.retryAfter();
			if (retryAfter != null) {
				response.header(fail.retryAfterHeader().headerName(), fail.retryAfterHeader().value(retryAfter));
			}
			return send(response, exchange, error(exchange, new NamespaceRejection(fail.status(),
					"The emulator failed this request on purpose (injected fault " + fail.status() + ").")));
		}
		if (fault instanceof Fault.EchoCredential echo) {
			return send(response, exchange,
					error(exchange, new NamespaceRejection(echo.status(), echo.message(exchange.headers()::first))));
		}
		if (fault instanceof Fault.DropBeforeResponse) {
			return closeConnection(request);
		}
		return request.receive()
			.collect(() -> new BoundedBody(CloudEventReader.MAX_SIZE), BoundedBody::add)
			.flatMap((body) -> this.operations.handle(namespace, exchange, body))
			.onErrorResume(NamespaceRejection.class, (rejection) -> Mono.just(error(exchange, rejection)))
			.flatMap((answer) -> answer(request, response, exchange, answer, fault));
	}

	private Mono<Void> answer(HttpServerRequest request, HttpServerResponse response, NamespaceExchange exchange,
			Answer answer, @Nullable Fault fault) {
		if (fault instanceof Fault.DropAfterAccept && answer.isSuccess()) {
			log(exchange, 0, fault);
			return closeConnection(request);
		}
		Mono<Void> sent = send(response, exchange, answer);
		return (fault instanceof Fault.Delay delay) ? Mono.delay(delay.delay()).then(sent) : sent;
	}

	private Answer error(NamespaceExchange exchange, NamespaceRejection rejection) {
		return this.json.error(rejection.status(), rejection.code(), String.valueOf(rejection.getMessage()),
				exchange.requestId(), this.clock.instant());
	}

	private Mono<Void> send(HttpServerResponse response, NamespaceExchange exchange, Answer answer) {
		log(exchange, answer.status(), null);
		response.status(answer.status())
			.header("Content-Type", "application/json; charset=utf-8")
			.header("Content-Length", Integer.toString(answer.body().length))
			.header("x-ms-request-id", exchange.requestId());
		if (answer.errorCode() != null) {
			response.header("x-ms-error-code", answer.errorCode());
		}
		return response.sendByteArray(Mono.just(answer.body())).then();
	}

	private static void log(NamespaceExchange exchange, int status, @Nullable Fault fault) {
		if (logger.isDebugEnabled()) {
			logger.debug("POST {} -> {}{}", exchange.url(), (status != 0) ? status : "dropped",
					(fault != null) ? " with fault " + fault : "");
		}
	}

	private static Mono<Void> closeConnection(HttpServerRequest request) {
		return Mono.create((sink) -> request
			.withConnection((connection) -> connection.channel().close().addListener((future) -> sink.success())));
	}

}
