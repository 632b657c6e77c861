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
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.eventgrid.emulator.auth.AccessTokenIssuer;
import dev.eventgrid.emulator.identity.TokenRequest.Kind;
import org.jspecify.annotations.Nullable;

/**
 * The managed identity endpoint of App Service and Container Apps
 * ({@code GET /msi/token?api-version=2019-08-01&resource=...}, the URL in
 * {@code IDENTITY_ENDPOINT}): a caller proves it runs on the host with the
 * {@code X-IDENTITY-HEADER} secret of {@code IDENTITY_HEADER}, and gets a token for the
 * host's system-assigned identity or, by {@code client_id}, a user-assigned one.
 *
 * @author Event Grid for Spring Boot team
 */
final class ManagedIdentityEndpoint {

	static final String API_VERSION = "2019-08-01";

	private final EntraDirectory directory;

	private final AccessTokenIssuer tokenIssuer;

	private final String systemAssignedClientId;

	ManagedIdentityEndpoint(EntraDirectory directory, AccessTokenIssuer tokenIssuer) {
		this.directory = directory;
		this.tokenIssuer = tokenIssuer;
		this.systemAssignedClientId = UUID
			.nameUUIDFromBytes(("system-assigned/" + directory.tenantId()).getBytes(StandardCharsets.UTF_8))
			.toString();
	}

	/**
	 * Answer a token request.
	 * @param query the decoded query parameters
	 * @param identityHeader the {@code X-IDENTITY-HEADER} value, or {@code null}
	 * @param now the current time
	 * @return the status, the body and the request as recorded
	 */
	Answer handle(Map<String, List<String>> query, @Nullable String identityHeader, Instant now) {
		String clientId = param(query, "client_id");
		String resource = param(query, "resource");
		String tenant = this.directory.tenantId();
		if (identityHeader == null || !MessageDigest.isEqual(identityHeader.getBytes(StandardCharsets.UTF_8),
				this.directory.identityHeader().getBytes(StandardCharsets.UTF_8))) {
			return refuse(401,
					(identityHeader != null) ? "The X-IDENTITY-HEADER header is not the value of IDENTITY_HEADER."
							: "The X-IDENTITY-HEADER header is missing.",
					clientId, resource, now);
		}
		if (!API_VERSION.equals(param(query, "api-version"))) {
			return refuse(400, "The api-version must be " + API_VERSION + ".", clientId, resource, now);
		}
		if (resource == null || resource.isBlank()) {
			return refuse(400, "The resource query parameter is required, such as https://eventgrid.azure.net.",
					clientId, resource, now);
		}
		if (param(query, "principal_id") != null || param(query, "mi_res_id") != null
				|| param(query, "object_id") != null
				|| (clientId != null && !this.directory.managedIdentities().contains(clientId))) {
			return refuse(400,
					"Unable to load requested managed identity: the emulator knows user-assigned "
							+ "identities by client_id only, and has " + this.directory.managedIdentities() + ".",
					clientId, resource, now);
		}
		String identity = (clientId != null) ? clientId : this.systemAssignedClientId;
		String token = this.tokenIssuer.issue(this.directory.tokenLifetime(), resource,
				TokenEndpoint.claims(tenant, identity));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("access_token", token);
		body.put("expires_on", Long.toString(now.plus(this.directory.tokenLifetime()).getEpochSecond()));
		body.put("resource", resource);
		body.put("token_type", "Bearer");
		body.put("client_id", identity);
		return new Answer(200, body,
				new TokenRequest(now, Kind.MANAGED_IDENTITY, identity, tenant, resource, 200, null));
	}

	private Answer refuse(int status, String message, @Nullable String clientId, @Nullable String resource,
			Instant now) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("statusCode", status);
		body.put("message", message);
		body.put("correlationId", UUID.randomUUID().toString());
		return new Answer(status, body, new TokenRequest(now, Kind.MANAGED_IDENTITY, clientId,
				this.directory.tenantId(), resource, status, message));
	}

	private static @Nullable String param(Map<String, List<String>> query, String name) {
		List<String> values = query.get(name);
		return (values != null && !values.isEmpty()) ? values.get(0) : null;
	}

	/**
	 * What the endpoint answers.
	 *
	 * @param status the HTTP status
	 * @param body the JSON body
	 * @param request the request as recorded
	 */
	record Answer(int status, Map<String, Object> body, TokenRequest request) {

	}

}
