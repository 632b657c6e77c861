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

package dev.eventgrid.emulator.api;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import dev.eventgrid.emulator.delivery.EmulatedQueue;
import dev.eventgrid.emulator.delivery.EmulatedSubscription;
import dev.eventgrid.emulator.fault.FaultPlan;
import dev.eventgrid.emulator.logging.ActivityLog;
import dev.eventgrid.emulator.namespace.EmulatedNamespace;
import dev.eventgrid.emulator.publish.SideRoute;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.QueryStringDecoder;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The emulator's HTTP API under {@value #PREFIX}, served on both ports for tests in any
 * language: list topics, subscriptions and namespaces, read and clear recorded events,
 * queue messages and dead-letters, inject and clear faults. It answers JSON, and only
 * clients on the same machine that are not web pages: a request from another machine,
 * with an {@code Origin} header or with a {@code Host} that is not local gets 403, so
 * that neither the network nor a browser tab can read keys or change state.
 *
 * @author Event Grid for Spring Boot team
 */
public final class EmulatorApi implements SideRoute {

	/**
	 * The path every route of the API starts with.
	 */
	public static final String PREFIX = "/emulator";

	private static final int MAX_BODY = 64 * 1024;

	private final EmulatorState state;

	private final String bindHost;

	private final JsonMapper mapper = JsonMapper.builder().build();

	private final ApiResources resources;

	/**
	 * Create the API of an emulator.
	 * @param state the emulator
	 * @param bindHost the host the emulator binds to, which requests may name in their
	 * {@code Host} header
	 */
	public EmulatorApi(EmulatorState state, String bindHost) {
		this.state = state;
		this.bindHost = bindHost;
		this.resources = new ApiResources(state, this.mapper);
	}

	@Override
	public @Nullable Publisher<Void> handle(HttpServerRequest request, HttpServerResponse response) {
		String path = new QueryStringDecoder(request.uri()).path();
		if (!path.equals(PREFIX) && !path.startsWith(PREFIX + "/")) {
			return null;
		}
		String refusal = refusal(request);
		if (refusal != null) {
			return send(request, response, 403, ApiResources.error("Forbidden", refusal));
		}
		List<String> segments = Arrays.stream(path.substring(PREFIX.length()).split("/"))
			.filter((segment) -> !segment.isEmpty())
			.toList();
		if (HttpMethod.POST.equals(request.method())) {
			return request.receive()
				.aggregate()
				.asByteArray()
				.defaultIfEmpty(new byte[0])
				.flatMap((body) -> send(request, response, () -> post(request, segments, body)));
		}
		return send(request, response, () -> route(request.method(), segments));
	}

	private @Nullable String refusal(HttpServerRequest request) {
		InetSocketAddress remote = request.remoteAddress();
		InetAddress address = (remote != null) ? remote.getAddress() : null;
		if (address == null || !isThisMachine(address)) {
			return "The emulator API answers only clients on this machine.";
		}
		if (request.requestHeaders().contains("Origin")) {
			return "The emulator API does not answer web pages (the request has an Origin header).";
		}
		String host = request.requestHeaders().get("Host");
		if (host != null && !isLocal(hostName(host))) {
			return "The emulator API answers only requests to localhost, an IP address or the bind host, not to '"
					+ hostName(host) + "'.";
		}
		return null;
	}

	private static boolean isThisMachine(InetAddress address) {
		try {
			return address.isLoopbackAddress() || NetworkInterface.getByInetAddress(address) != null;
		}
		catch (SocketException ex) {
			return false;
		}
	}

	private static String hostName(String host) {
		String name = host.trim();
		if (name.startsWith("[")) {
			int end = name.indexOf(']');
			return (end > 0) ? name.substring(1, end) : name;
		}
		int colon = name.indexOf(':');
		return (colon >= 0 && name.indexOf(':', colon + 1) < 0) ? name.substring(0, colon) : name;
	}

	private boolean isLocal(String host) {
		String name = host.toLowerCase(Locale.ROOT);
		return name.equals("localhost") || name.endsWith(".localhost") || name.equalsIgnoreCase(this.bindHost)
				|| name.matches("[0-9.]+") || name.contains(":");
	}

	private ApiResponse route(HttpMethod method, List<String> segments) {
		String resource = segments.isEmpty() ? "" : segments.get(0);
		boolean get = HttpMethod.GET.equals(method);
		boolean delete = HttpMethod.DELETE.equals(method);
		switch (resource) {
			case "":
				return get ? ApiResponse.ok(overview()) : notAllowed("GET");
			case "events":
				if (delete && segments.size() == 1) {
					this.state.clear();
					return ApiResponse.noContent();
				}
				break;
			case "topics":
				return topics(segments, get, delete);
			case "subscriptions":
				return subscriptions(segments, get, delete);
			case "namespaces":
				return namespaces(segments, get);
			case "faults":
				return faults(segments, get, delete);
			default:
		}
		return notFound();
	}

	private Map<String, @Nullable Object> overview() {
		Map<String, @Nullable Object> overview = new LinkedHashMap<>();
		overview.put("topics", this.state.topics().stream().map(this.resources::topic).toList());
		overview.put("subscriptions", this.state.subscriptions().stream().map(this.resources::subscription).toList());
		overview.put("namespaces", this.state.namespaces().stream().map(this.resources::namespace).toList());
		return overview;
	}

	private ApiResponse topics(List<String> segments, boolean get, boolean delete) {
		if (segments.size() == 1) {
			return get ? ApiResponse
				.ok(ApiResources.list("topics", this.state.topics().stream().map(this.resources::topic).toList()))
					: notAllowed("GET");
		}
		String name = find(() -> this.state.topic(segments.get(1))).name();
		if (segments.size() == 2) {
			return get ? ApiResponse.ok(this.resources.topic(this.state.topic(name))) : notAllowed("GET");
		}
		if (segments.size() == 3 && segments.get(2).equals("events")) {
			if (get) {
				return ApiResponse.ok(ApiResources.list("events",
						this.state.receivedEvents(name).stream().map(this.resources::event).toList()));
			}
			if (delete) {
				this.state.clearEvents(name);
				return ApiResponse.noContent();
			}
			return notAllowed("GET, DELETE");
		}
		return notFound();
	}

	private ApiResponse subscriptions(List<String> segments, boolean get, boolean delete) {
		if (segments.size() == 1) {
			return get
					? ApiResponse.ok(ApiResources.list("subscriptions",
							this.state.subscriptions().stream().map(this.resources::subscription).toList()))
					: notAllowed("GET");
		}
		EmulatedSubscription subscription = find(() -> this.state.subscription(segments.get(1)));
		String part = (segments.size() == 3) ? segments.get(2) : (segments.size() == 2) ? "" : "?";
		return switch (part) {
			case "" -> get ? ApiResponse.ok(this.resources.subscription(subscription)) : notAllowed("GET");
			case "deliveries" -> get
					? ApiResponse.ok(ApiResources.list("deliveries",
							subscription.deliveries().stream().map(this.resources::attempt).toList()))
					: notAllowed("GET");
			case "messages" -> messages(subscription, get, delete);
			case "dead-letters" -> deadLetters(subscription, get, delete);
			default -> notFound();
		};
	}

	private ApiResponse messages(EmulatedSubscription subscription, boolean get, boolean delete) {
		EmulatedQueue queue = subscription.queue();
		if (queue == null) {
			throw new ApiException(404, "NotFound",
					"Event subscription '" + subscription.name() + "' has no in-memory queue; it delivers to "
							+ subscription.definition().endpointType().serviceName()
							+ ((subscription.definition().storageQueue() != null) ? " of a storage account" : ""));
		}
		if (get) {
			return ApiResponse
				.ok(ApiResources.list("messages", queue.messages().stream().map(this.resources::message).toList()));
		}
		return delete ? ApiResponse.ok(ApiResources.count("cleared", queue.drain().size())) : notAllowed("GET, DELETE");
	}

	private ApiResponse deadLetters(EmulatedSubscription subscription, boolean get, boolean delete) {
		if (get) {
			return ApiResponse.ok(ApiResources.list("deadLetters",
					subscription.deadLetters().stream().map(this.resources::deadLetter).toList()));
		}
		return delete ? ApiResponse.ok(ApiResources.count("cleared", subscription.clearDeadLetters()))
				: notAllowed("GET, DELETE");
	}

	private ApiResponse namespaces(List<String> segments, boolean get) {
		if (!get) {
			return notAllowed("GET");
		}
		if (segments.size() == 1) {
			return ApiResponse.ok(ApiResources.list("namespaces",
					this.state.namespaces().stream().map(this.resources::namespace).toList()));
		}
		EmulatedNamespace namespace = find(() -> this.state.namespace(segments.get(1)));
		return (segments.size() == 2) ? ApiResponse.ok(this.resources.namespace(namespace)) : notFound();
	}

	private ApiResponse faults(List<String> segments, boolean get, boolean delete) {
		if (segments.size() != 1) {
			return notFound();
		}
		if (get) {
			return ApiResponse
				.ok(ApiResources.list("faults", this.state.faults().rules().stream().map(String::valueOf).toList()));
		}
		if (delete) {
			this.state.faults().clear();
			this.state.namespaces().forEach((namespace) -> namespace.faults().clear());
			return ApiResponse.noContent();
		}
		return notAllowed("GET, POST, DELETE");
	}

	private ApiResponse post(HttpServerRequest request, List<String> segments, byte[] body) {
		if (segments.size() != 1 || !segments.get(0).equals("faults")) {
			return route(request.method(), segments);
		}
		String contentType = request.requestHeaders().get("Content-Type");
		if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
			throw new ApiException(415, "UnsupportedMediaType", "Send the fault as application/json");
		}
		if (body.length > MAX_BODY) {
			throw new ApiException(413, "PayloadTooLarge", "A fault is at most " + MAX_BODY + " bytes");
		}
		FaultRequest fault = FaultRequest.from(this.resources.tree(body));
		fault.applyTo(faultPlan(fault));
		return new ApiResponse(201,
				ApiResources.list("faults", this.state.faults().rules().stream().map(String::valueOf).toList()));
	}

	private FaultPlan faultPlan(FaultRequest fault) {
		String namespace = fault.namespace();
		String topic = fault.topic();
		if (namespace != null) {
			EmulatedNamespace scope = find(() -> this.state.namespace(namespace));
			return (topic != null) ? scope.faults(topic) : scope.faults();
		}
		return (topic != null) ? this.state.faults().forTopic(find(() -> this.state.topic(topic)).name())
				: this.state.faults();
	}

	private static <T> T find(Supplier<T> lookup) {
		try {
			return lookup.get();
		}
		catch (IllegalArgumentException ex) {
			throw new ApiException(404, "NotFound", String.valueOf(ex.getMessage()));
		}
	}

	private static ApiResponse notFound() {
		return new ApiResponse(404, ApiResources.error("NotFound",
				"No such emulator API route; see the README's table of /emulator routes"));
	}

	private static ApiResponse notAllowed(String allowed) {
		return new ApiResponse(405, ApiResources.error("MethodNotAllowed", "Use " + allowed));
	}

	private Mono<Void> send(HttpServerRequest request, HttpServerResponse response, Supplier<ApiResponse> handler) {
		ApiResponse answer;
		try {
			answer = handler.get();
		}
		catch (ApiException ex) {
			answer = new ApiResponse(ex.status(), ApiResources.error(ex.code(), String.valueOf(ex.getMessage())));
		}
		catch (IllegalArgumentException | JacksonException ex) {
			answer = new ApiResponse(400, ApiResources.error("BadRequest", String.valueOf(ex.getMessage())));
		}
		return send(request, response, answer.status(), answer.body());
	}

	private Mono<Void> send(HttpServerRequest request, HttpServerResponse response, int status, @Nullable Object body) {
		ActivityLog.apiCalled(request.method().name(), request.fullPath(), status);
		response.status(status).header("Cache-Control", "no-store");
		if (body == null) {
			return response.header("Content-Length", "0").send().then();
		}
		byte[] json = this.mapper.writeValueAsBytes(body);
		return response.header("Content-Type", "application/json; charset=utf-8")
			.header("Content-Length", Integer.toString(json.length))
			.sendByteArray(Mono.just(json))
			.then();
	}

	/**
	 * An answer of the API.
	 *
	 * @param status the status
	 * @param body the JSON body, or {@code null} for none
	 */
	record ApiResponse(int status, @Nullable Object body) {

		static ApiResponse ok(Object body) {
			return new ApiResponse(200, body);
		}

		static ApiResponse noContent() {
			return new ApiResponse(204, null);
		}

	}

	/**
	 * A request the API refuses, with its status and error code.
	 */
	static final class ApiException extends RuntimeException {

		private final int status;

		private final String code;

		ApiException(int status, String code, String message) {
			super(message);
			this.status = status;
			this.code = code;
		}

		int status() {
			return this.status;
		}

		String code() {
			return this.code;
		}

	}

}
