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

package dev.eventgrid.spring.namespace;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A plain HTTP server on loopback that records every request it gets and answers as an
 * Event Grid namespace would: {@code {}} to a publish, the events of
 * {@link #RECEIVED_IDS} with lock tokens {@code token-1}, … to a receive, and every lock
 * token of a settle or renewal as succeeded.
 *
 * @author Event Grid for Spring Boot team
 */
final class CapturingServer implements AutoCloseable {

	static final List<String> RECEIVED_IDS = List.of("single", "batch-1", "batch-2");

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final HttpServer server;

	private final List<CapturedRequest> requests = new ArrayList<>();

	CapturingServer() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	String endpoint() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	synchronized List<CapturedRequest> takeRequests() {
		List<CapturedRequest> taken = List.copyOf(this.requests);
		this.requests.clear();
		return taken;
	}

	private void handle(HttpExchange exchange) throws IOException {
		byte[] body;
		try (InputStream in = exchange.getRequestBody()) {
			body = in.readAllBytes();
		}
		Map<String, String> headers = new TreeMap<>();
		exchange.getRequestHeaders()
			.forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
		CapturedRequest request = new CapturedRequest(exchange.getRequestMethod(),
				exchange.getRequestURI().getRawPath(), exchange.getRequestURI().getRawQuery(), headers,
				new String(body, StandardCharsets.UTF_8));
		synchronized (this) {
			this.requests.add(request);
		}
		byte[] answer = MAPPER.writeValueAsBytes(answer(request));
		exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
		exchange.sendResponseHeaders(200, answer.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(answer);
		}
	}

	private static JsonNode answer(CapturedRequest request) {
		ObjectNode answer = MAPPER.createObjectNode();
		if (request.path().endsWith(":receive")) {
			ArrayNode value = answer.putArray("value");
			for (int i = 0; i < RECEIVED_IDS.size(); i++) {
				ObjectNode detail = value.addObject();
				detail.putObject("brokerProperties").put("lockToken", "token-" + (i + 1)).put("deliveryCount", 1);
				String id = RECEIVED_IDS.get(i);
				ObjectNode event = detail.putObject("event");
				event.put("specversion", "1.0")
					.put("id", id)
					.put("source", "/shop")
					.put("type", "Order.Created")
					.put("subject", "/orders/" + id)
					.put("time", "2026-01-01T00:00:00Z")
					.put("datacontenttype", "application/json");
				event.putObject("data").put("id", id).put("quantity", 2);
			}
		}
		else if (!request.path().endsWith(":publish")) {
			answer.set("succeededLockTokens", MAPPER.readTree(request.body()).path("lockTokens"));
			answer.putArray("failedLockTokens");
		}
		return answer;
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	/**
	 * A request as the server received it.
	 *
	 * @param method the HTTP method
	 * @param path the raw path
	 * @param query the raw query, or {@code null}
	 * @param headers the headers, by lower-case name
	 * @param body the body as text
	 */
	record CapturedRequest(String method, String path, @Nullable String query, Map<String, String> headers,
			String body) {

	}

}
