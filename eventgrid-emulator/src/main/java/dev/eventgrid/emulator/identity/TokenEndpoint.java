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

package dev.eventgrid.emulator.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.eventgrid.emulator.auth.AccessTokenIssuer;
import dev.eventgrid.emulator.identity.TokenRequest.Kind;
import org.jspecify.annotations.Nullable;

/**
 * The client credentials grant of the token endpoint ({@code POST
 * /{tenant}/oauth2/v2.0/token}): checks the form as Entra ID does and issues a token for
 * the resource of the {@code .default} scope.
 *
 * @author Event Grid for Spring Boot team
 */
final class TokenEndpoint {

	private static final Set<String> OIDC_SCOPES = Set.of("openid", "profile", "offline_access");

	private static final String DEFAULT_SUFFIX = "/.default";

	private final EntraDirectory directory;

	private final AccessTokenIssuer tokenIssuer;

	private final ClientAssertionVerifier assertions;

	TokenEndpoint(EntraDirectory directory, AccessTokenIssuer tokenIssuer, ClientAssertionVerifier assertions) {
		this.directory = directory;
		this.tokenIssuer = tokenIssuer;
		this.assertions = assertions;
	}

	/**
	 * Answer a token request.
	 * @param tenant the tenant of the request path
	 * @param form the decoded form parameters
	 * @param tokenEndpoint the URL the request was sent to, without a query
	 * @param now the current time
	 * @return the outcome
	 */
	Outcome handle(String tenant, Map<String, List<String>> form, String tokenEndpoint, Instant now) {
		String clientId = param(form, "client_id");
		String resource = null;
		Kind kind = (param(form, "client_secret") != null) ? Kind.CLIENT_SECRET
				: (param(form, "client_assertion") != null) ? Kind.CLIENT_CERTIFICATE : Kind.UNKNOWN;
		try {
			checkTenant(tenant);
			checkGrant(param(form, "grant_type"));
			clientId = required(clientId, "client_id");
			checkRegistered(clientId);
			resource = resource(param(form, "scope"));
			authenticate(form, clientId, tokenEndpoint, now);
			Map<String, Object> body = tokenResponse(clientId, resource);
			return new Outcome(200, body, new TokenRequest(now, kind, clientId, tenant, resource, 200, null));
		}
		catch (OAuthError error) {
			return new Outcome(error.status(), null,
					new TokenRequest(now, kind, clientId, tenant, resource, error.status(), error.errorCode()), error);
		}
	}

	private void checkTenant(String tenant) {
		if (!tenant.equalsIgnoreCase(this.directory.tenantId())) {
			throw OAuthError.invalidRequest(90002, "Tenant '" + tenant + "' not found. Check to make sure you have "
					+ "the correct tenant ID: the emulator's tenant is '" + this.directory.tenantId() + "'.");
		}
	}

	private static void checkGrant(@Nullable String grantType) {
		if (!"client_credentials".equals(required(grantType, "grant_type"))) {
			throw new OAuthError(400, "unsupported_grant_type", 70003, "The app requested an unsupported grant type '"
					+ grantType + "'; the emulator supports client_credentials only.");
		}
	}

	private void checkRegistered(String clientId) {
		if (!this.directory.clientIds().contains(clientId)) {
			throw OAuthError.unauthorizedClient(700016,
					"Application with identifier '" + clientId + "' was not found in the directory '"
							+ this.directory.tenantId() + "'. Register it with a client secret or certificate.");
		}
	}

	private static String resource(@Nullable String scope) {
		List<String> scopes = new ArrayList<>();
		for (String value : required(scope, "scope").trim().split("\\s+")) {
			if (!OIDC_SCOPES.contains(value)) {
				scopes.add(value);
			}
		}
		if (scopes.size() != 1 || !scopes.get(0).endsWith(DEFAULT_SUFFIX)
				|| scopes.get(0).length() == DEFAULT_SUFFIX.length()) {
			throw new OAuthError(400, "invalid_scope", 1002012, "The provided value for scope " + scope
					+ " is not valid. Client credential flows must have a scope value with /.default suffixed to "
					+ "the resource identifier (application ID URI).");
		}
		return scopes.get(0).substring(0, scopes.get(0).length() - DEFAULT_SUFFIX.length());
	}

	private void authenticate(Map<String, List<String>> form, String clientId, String tokenEndpoint, Instant now) {
		String secret = param(form, "client_secret");
		if (secret != null) {
			if (!matchesAny(secret, this.directory.secretsOf(clientId))) {
				throw OAuthError.invalidClient(7000215, "Invalid client secret provided. Ensure the secret being "
						+ "sent in the request is the client secret value, not the client secret ID, for a secret "
						+ "added to app '" + clientId + "'.");
			}
			return;
		}
		String assertion = param(form, "client_assertion");
		if (assertion != null) {
			if (!ClientAssertionVerifier.ASSERTION_TYPE.equals(param(form, "client_assertion_type"))) {
				throw OAuthError.invalidRequest(900144, "The request body must contain the following parameter: "
						+ "'client_assertion_type' with the value '" + ClientAssertionVerifier.ASSERTION_TYPE + "'.");
			}
			this.assertions.verify(assertion, clientId, this.directory.certificatesOf(clientId), tokenEndpoint, now);
			return;
		}
		throw OAuthError.invalidClient(7000216,
				"'client_assertion', 'client_secret' or 'request' is required for the 'client_credentials' grant type.");
	}

	private static boolean matchesAny(String presented, List<String> secrets) {
		byte[] bytes = presented.getBytes(StandardCharsets.UTF_8);
		boolean matches = false;
		for (String secret : secrets) {
			matches |= MessageDigest.isEqual(bytes, secret.getBytes(StandardCharsets.UTF_8));
		}
		return matches;
	}

	private Map<String, Object> tokenResponse(String clientId, String resource) {
		Duration lifetime = this.directory.tokenLifetime();
		String token = this.tokenIssuer.issue(lifetime, resource, claims(this.directory.tenantId(), clientId));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("token_type", "Bearer");
		body.put("expires_in", lifetime.toSeconds());
		body.put("ext_expires_in", lifetime.toSeconds());
		// why: Entra ID asks clients to refresh long-lived tokens at half their lifetime.
		if (lifetime.compareTo(Duration.ofHours(2)) >= 0) {
			body.put("refresh_in", lifetime.toSeconds() / 2);
		}
		body.put("access_token", token);
		return body;
	}

	static Map<String, Object> claims(String tenantId, String clientId) {
		String objectId = UUID.nameUUIDFromBytes((tenantId + "/" + clientId).getBytes(StandardCharsets.UTF_8))
			.toString();
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put("sub", objectId);
		claims.put("oid", objectId);
		claims.put("appid", clientId);
		claims.put("azp", clientId);
		claims.put("tid", tenantId);
		claims.put("idtyp", "app");
		return claims;
	}

	private static String required(@Nullable String value, String name) {
		if (value == null || value.isBlank()) {
			throw OAuthError.invalidRequest(900144,
					"The request body must contain the following parameter: '" + name + "'.");
		}
		return value;
	}

	private static @Nullable String param(Map<String, List<String>> form, String name) {
		List<String> values = form.get(name);
		return (values != null && !values.isEmpty()) ? values.get(0) : null;
	}

	/**
	 * What the endpoint answers.
	 *
	 * @param status the HTTP status
	 * @param token the token response, or {@code null} if refused
	 * @param request the request as recorded
	 * @param error why the request was refused, or {@code null}
	 */
	record Outcome(int status, @Nullable Map<String, Object> token, TokenRequest request, @Nullable OAuthError error) {

		Outcome(int status, Map<String, Object> token, TokenRequest request) {
			this(status, token, request, null);
		}

	}

}
