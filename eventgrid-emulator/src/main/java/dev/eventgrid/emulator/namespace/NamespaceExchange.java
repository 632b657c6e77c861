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

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.eventgrid.emulator.model.RequestHeaders;
import io.netty.handler.codec.http.QueryStringDecoder;
import org.jspecify.annotations.Nullable;
import reactor.netty.http.server.HttpServerRequest;

/**
 * The facts of one namespace request kept while it is served.
 *
 * @param path the parsed path
 * @param requestId the {@code x-ms-request-id} of the response
 * @param receivedAt when the request arrived
 * @param url the request URL as scheme, host, port and path, without the query
 * @param host the {@code Host} header
 * @param query the decoded query parameters
 * @param headers the request headers
 * @author Event Grid for Spring Boot team
 */
record NamespaceExchange(NamespacePath path, String requestId, Instant receivedAt, String url, String host,
		Map<String, List<String>> query, RequestHeaders headers) {

	static NamespaceExchange of(HttpServerRequest request, NamespacePath path, Instant receivedAt) {
		RequestHeaders headers = RequestHeaders.of(request.requestHeaders());
		String host = headers.first("Host");
		if (host == null || host.isBlank()) {
			host = "localhost";
		}
		String scheme = "https".equalsIgnoreCase(request.scheme()) ? "https" : "http";
		return new NamespaceExchange(path, UUID.randomUUID().toString(), receivedAt,
				scheme + "://" + host.trim() + request.fullPath(), host.trim(),
				new QueryStringDecoder(request.uri()).parameters(), headers);
	}

	@Nullable String query(String name) {
		List<String> values = this.query.get(name);
		return (values != null && !values.isEmpty()) ? values.get(0) : null;
	}

	/**
	 * Return the name of the namespace the host names: the first label of a host name
	 * that is not an IP address, such as {@code contoso} in
	 * {@code contoso.localhost:7443}.
	 * @return the first label, or {@code null} if the host is an address or has one label
	 */
	@Nullable String hostLabel() {
		String name = this.host.startsWith("[") ? "" : this.host.replaceFirst(":\\d+$", "");
		int dot = name.indexOf('.');
		if (dot <= 0 || name.matches("[0-9.]+")) {
			return null;
		}
		return name.substring(0, dot);
	}

}
