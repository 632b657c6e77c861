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

package dev.eventgrid.emulator.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Authenticates publish requests the ways the service does: an access key in the
 * {@code aeg-sas-key} header or query parameter, a SAS token in the {@code aeg-sas-token}
 * header or as {@code Authorization: SharedAccessSignature <token>}, or
 * {@code Authorization: Bearer <jwt>} from the emulator's {@link AccessTokenIssuer}.
 *
 * @author Event Grid for Spring Boot team
 */
public final class PublishAuthenticator {

	private static final String SAS_SCHEME = "sharedaccesssignature ";

	private static final String BEARER_SCHEME = "bearer ";

	private final AccessTokenIssuer tokenIssuer;

	private final Clock clock;

	/**
	 * Create an authenticator.
	 * @param tokenIssuer the issuer whose bearer tokens are accepted
	 * @param clock the clock for expiry checks
	 */
	public PublishAuthenticator(AccessTokenIssuer tokenIssuer, Clock clock) {
		this.tokenIssuer = tokenIssuer;
		this.clock = clock;
	}

	/**
	 * Authenticate a request.
	 * @param keys the two access keys of the topic or domain
	 * @param requestUrl the request URL as scheme, host, port and path, without the query
	 * @param headers looks up a request header by name, {@code null} if absent
	 * @param queryKey the {@code aeg-sas-key} query parameter, or {@code null}
	 * @return the outcome
	 */
	public AuthResult authenticate(List<String> keys, String requestUrl, Function<String, @Nullable String> headers,
			@Nullable String queryKey) {
		String headerKey = headers.apply("aeg-sas-key");
		if (headerKey != null) {
			return checkKey("aeg-sas-key", headerKey, keys);
		}
		if (queryKey != null) {
			return checkKey("aeg-sas-key query parameter", queryKey.replace(' ', '+'), keys);
		}
		String sasToken = headers.apply("aeg-sas-token");
		if (sasToken != null) {
			return SasTokenVerifier.verify("aeg-sas-token", sasToken.trim(), keys, requestUrl, this.clock.instant());
		}
		String authorization = headers.apply("Authorization");
		if (authorization != null) {
			return checkAuthorization(authorization.trim(), keys, requestUrl);
		}
		return AuthResult.unauthorized("none",
				"The request has no aeg-sas-key, aeg-sas-token or Authorization header and no aeg-sas-key query parameter.");
	}

	private AuthResult checkAuthorization(String authorization, List<String> keys, String requestUrl) {
		String lowerCase = authorization.toLowerCase(Locale.ROOT);
		if (lowerCase.startsWith(SAS_SCHEME)) {
			String token = authorization.substring(SAS_SCHEME.length()).trim();
			return SasTokenVerifier.verify("SharedAccessSignature", token, keys, requestUrl, this.clock.instant());
		}
		if (lowerCase.startsWith(BEARER_SCHEME)) {
			String reason = this.tokenIssuer.verify(authorization.substring(BEARER_SCHEME.length()).trim());
			return (reason != null) ? AuthResult.unauthorized("Bearer", reason) : AuthResult.authenticated("Bearer");
		}
		return AuthResult.unauthorized("Authorization",
				"The Authorization header must use the SharedAccessSignature or Bearer scheme.");
	}

	private static AuthResult checkKey(String method, String presented, List<String> keys) {
		byte[] presentedBytes = presented.trim().getBytes(StandardCharsets.UTF_8);
		boolean matches = false;
		for (String key : keys) {
			matches |= MessageDigest.isEqual(presentedBytes, key.getBytes(StandardCharsets.UTF_8));
		}
		return matches ? AuthResult.authenticated(method)
				: AuthResult.unauthorized(method, "The specified access key is not valid for this resource.");
	}

}
