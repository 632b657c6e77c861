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

package dev.eventgrid.emulator.publish;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import dev.eventgrid.emulator.model.EmulatedTopic;
import dev.eventgrid.emulator.model.RequestHeaders;
import io.netty.handler.codec.http.QueryStringDecoder;
import org.jspecify.annotations.Nullable;
import reactor.netty.http.server.HttpServerRequest;

/**
 * The facts of one incoming request that the handler keeps while it is being served.
 *
 * @param sequence the sequence number of the request, starting at 1
 * @param requestId the {@code x-ms-request-id} of the response
 * @param receivedAt when the request was received
 * @param method the HTTP method
 * @param path the request path, without the query
 * @param rawQuery the query string as sent, empty if none
 * @param query the decoded query parameters
 * @param headers the request headers
 * @param secure whether the request came over HTTPS
 * @param host the {@code Host} header, or the address that received the request if it has
 * none
 * @param contentLength the {@code Content-Length} header, or {@code -1} if it is missing
 * or not a number
 * @author Event Grid for Spring Boot team
 */
record Exchange(long sequence, String requestId, Instant receivedAt, String method, String path, String rawQuery,
		Map<String, List<String>> query, RequestHeaders headers, boolean secure, String host, long contentLength) {

	private static final Pattern ACCESS_KEY = Pattern.compile("(?i)(aeg-sas-key=)[^&]*");

	static Exchange of(HttpServerRequest request, long sequence, String requestId, Instant receivedAt) {
		String uri = request.uri();
		int queryStart = uri.indexOf('?');
		String rawQuery = (queryStart >= 0) ? uri.substring(queryStart + 1) : "";
		RequestHeaders headers = RequestHeaders.of(request.requestHeaders());
		return new Exchange(sequence, requestId, receivedAt, request.method().name(), request.fullPath(), rawQuery,
				new QueryStringDecoder(uri).parameters(), headers, "https".equalsIgnoreCase(request.scheme()),
				host(request, headers), contentLength(headers.first("Content-Length")));
	}

	private static String host(HttpServerRequest request, RequestHeaders headers) {
		String host = headers.first("Host");
		if (host != null && !host.isBlank()) {
			return host.trim();
		}
		InetSocketAddress address = request.hostAddress();
		return (address != null) ? address.getHostString() + ":" + address.getPort() : "localhost";
	}

	private static long contentLength(@Nullable String value) {
		try {
			return (value != null) ? Long.parseLong(value.trim()) : -1;
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	String redactedQuery() {
		return ACCESS_KEY.matcher(this.rawQuery).replaceAll("$1[redacted]");
	}

	PublishRequest toPublishRequest(EmulatedTopic topic, BodyCollector body) {
		return new PublishRequest(topic, this.secure ? "https" : "http", this.host, this.path, this.query, this.headers,
				body.bytes(), body.size(), this.sequence, this.requestId, this.receivedAt);
	}

}
