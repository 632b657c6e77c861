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

import java.util.Locale;
import java.util.function.Function;

import dev.eventgrid.emulator.auth.AuthResult;
import dev.eventgrid.emulator.auth.PublishAuthenticator;
import dev.eventgrid.emulator.model.RequestHeaders;
import org.jspecify.annotations.Nullable;

/**
 * Authenticates namespace requests the ways the service does: an access key as
 * {@code Authorization: SharedAccessKey <key>} (the namespace SDKs' form), in the
 * {@code aeg-sas-key} header or, on publish, the {@code aeg-sas-key} query parameter; a
 * SAS token whose resource is the namespace, the topic or the subscription (a token
 * covers every URL its resource prefixes); or a bearer token of the emulator's issuer.
 * The checks themselves are the {@link PublishAuthenticator}'s.
 *
 * @author Event Grid for Spring Boot team
 */
final class NamespaceAuthenticator {

	private static final String SHARED_ACCESS_KEY = "sharedaccesskey ";

	private final PublishAuthenticator authenticator;

	NamespaceAuthenticator(PublishAuthenticator authenticator) {
		this.authenticator = authenticator;
	}

	void authenticate(EmulatedNamespace namespace, NamespaceExchange exchange) {
		RequestHeaders headers = exchange.headers();
		String authorization = headers.first("Authorization");
		String sharedKey = (authorization != null
				&& authorization.trim().toLowerCase(Locale.ROOT).startsWith(SHARED_ACCESS_KEY))
						? authorization.trim().substring(SHARED_ACCESS_KEY.length()).trim() : null;
		Function<String, @Nullable String> lookup = (sharedKey != null)
				? (name) -> sharedKeyAsHeader(name, sharedKey, headers) : headers::first;
		String queryKey = exchange.path().isPublish() ? exchange.query("aeg-sas-key") : null;
		AuthResult result = this.authenticator.authenticate(namespace.keys(), exchange.url(), lookup, queryKey);
		if (!result.authenticated()) {
			throw new NamespaceRejection(401, "The request is not authorized for namespace '" + namespace.name() + "' ("
					+ ((sharedKey != null) ? "SharedAccessKey" : result.method()) + "): " + result.reason());
		}
	}

	private static @Nullable String sharedKeyAsHeader(String name, String sharedKey, RequestHeaders headers) {
		if ("aeg-sas-key".equalsIgnoreCase(name)) {
			return sharedKey;
		}
		return "Authorization".equalsIgnoreCase(name) ? null : headers.first(name);
	}

}
