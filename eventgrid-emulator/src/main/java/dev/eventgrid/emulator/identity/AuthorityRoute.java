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

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.eventgrid.emulator.auth.AccessTokenIssuer;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * Serves the authority's endpoints on the emulator's ports: OpenID configuration and keys
 * under {@code /{tenant}}, the token endpoint {@code /{tenant}/oauth2/v2.0/token} and the
 * managed identity endpoint {@code /msi/token}. Every token request is recorded.
 *
 * @author Event Grid for Spring Boot team
 */
final class AuthorityRoute implements SideRoute {

	private static final Logger logger = LoggerFactory.getLogger(AuthorityRoute.class);

	private static final Pattern TENANT_PATH = Pattern.compile(
			"/([A-Za-z0-9.-]+)/(oauth2/v2\\.0/token|(?:v2\\.0/)?\\.well-known/openid-configuration|discovery/v2\\.0/keys)/?");

	private static final Pattern IDENTITY_PATH = Pattern.compile("/msi/token/?");

	private static final int MAX_FORM_SIZE = 65_536;

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'")
		.withZone(ZoneOffset.UTC);

	private final EntraDirectory directory;

	private final TokenEndpoint tokenEndpoint;

	private final ManagedIdentityEndpoint identityEndpoint;

	private final RSAPublicKey signingKey;

	private final Consumer<TokenRequest> recorder;

	private final JsonMapper mapper;

	private final Clock clock;

	AuthorityRoute(EntraDirectory directory, AccessTokenIssuer tokenIssuer, Consumer<TokenRequest> recorder,
			JsonMapper mapper, Clock clock) {
		this.directory = directory;
		this.tokenEndpoint = new TokenEndpoint(directory, tokenIssuer, new ClientAssertionVerifier(mapper));
		this.identityEndpoint = new ManagedIdentityEndpoint(directory, tokenIssuer);
		this.signingKey = tokenIssuer.publicKey();
		this.recorder = recorder;
		this.mapper = mapper;
		this.clock = clock;
	}

	@Override
	public @Nullable Publisher<Void> handle(HttpServerRequest request, HttpServerResponse response) {
		QueryStringDecoder uri = new QueryStringDecoder(request.uri());
		if (IDENTITY_PATH.matcher(uri.path()).matches()) {
			return requireMethod(HttpMethod.GET, request, response, () -> managedIdentity(request, response, uri));
		}
		Matcher matcher = TENANT_PATH.matcher(uri.path());
		if (!matcher.matches()) {
			return null;
		}
		String tenant = matcher.group(1);
		String base = baseUrl(request);
		return switch (matcher.group(2)) {
			case "oauth2/v2.0/token" ->
				requireMethod(HttpMethod.POST, request, response, () -> token(request, response, tenant, base));
			case "discovery/v2.0/keys" ->
				requireMethod(HttpMethod.GET, request, response, () -> send(response, 200, keys(), "keys", request));
			default -> requireMethod(HttpMethod.GET, request, response,
					() -> send(response, 200, OpenIdMetadata.of(base, tenant), "metadata", request));
		};
	}

	private Mono<Void> token(HttpServerRequest request, HttpServerResponse response, String tenant, String base) {
		String endpoint = base + "/" + tenant + "/oauth2/v2.0/token";
		return request.receive()
			.asByteArray()
			.collect(ByteArrayOutputStream::new,
					(form, bytes) -> form.write(bytes, 0,
							Math.min(bytes.length, Math.max(0, MAX_FORM_SIZE + 1 - form.size()))))
			.flatMap((form) -> {
				Map<String, List<String>> parameters = new QueryStringDecoder(form.toString(StandardCharsets.UTF_8),
						StandardCharsets.UTF_8, false)
					.parameters();
				TokenEndpoint.Outcome outcome = (form.size() > MAX_FORM_SIZE)
						? refused(tenant, OAuthError.invalidRequest(90014, "The request body is too large."))
						: this.tokenEndpoint.handle(tenant, parameters, endpoint, this.clock.instant());
				this.recorder.accept(outcome.request());
				response.header("Cache-Control", "no-store").header("Pragma", "no-cache");
				Map<String, Object> token = outcome.token();
				OAuthError error = outcome.error();
				Object body = (token != null) ? token : errorBody(error, base, request);
				return send(response, outcome.status(), body, describe(outcome.request()), request);
			});
	}

	private TokenEndpoint.Outcome refused(String tenant, OAuthError error) {
		return new TokenEndpoint.Outcome(error.status(), null, new TokenRequest(this.clock.instant(),
				TokenRequest.Kind.UNKNOWN, null, tenant, null, error.status(), error.errorCode()), error);
	}

	private Mono<Void> managedIdentity(HttpServerRequest request, HttpServerResponse response, QueryStringDecoder uri) {
		ManagedIdentityEndpoint.Answer answer = this.identityEndpoint.handle(uri.parameters(),
				request.requestHeaders().get("X-IDENTITY-HEADER"), this.clock.instant());
		this.recorder.accept(answer.request());
		return send(response, answer.status(), answer.body(), describe(answer.request()), request);
	}

	private Map<String, Object> errorBody(@Nullable OAuthError error, String base, HttpServerRequest request) {
		OAuthError refusal = (error != null) ? error
				: OAuthError.invalidRequest(90014, "The request could not be answered.");
		Instant now = this.clock.instant();
		String traceId = UUID.randomUUID().toString();
		String correlationId = correlationId(request);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", refusal.error());
		body.put("error_description", refusal.getMessage() + "\r\nTrace ID: " + traceId + "\r\nCorrelation ID: "
				+ correlationId + "\r\nTimestamp: " + TIMESTAMP.format(now));
		body.put("error_codes", List.of(refusal.code()));
		body.put("timestamp", TIMESTAMP.format(now));
		body.put("trace_id", traceId);
		body.put("correlation_id", correlationId);
		body.put("error_uri", base + "/error?code=" + refusal.code());
		return body;
	}

	private Map<String, Object> keys() {
		Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
		byte[] modulus = unsigned(this.signingKey.getModulus());
		Map<String, Object> key = new LinkedHashMap<>();
		key.put("kty", "RSA");
		key.put("use", "sig");
		key.put("alg", "RS256");
		key.put("kid", encoder.encodeToString(sha256(modulus)));
		key.put("n", encoder.encodeToString(modulus));
		key.put("e", encoder.encodeToString(unsigned(this.signingKey.getPublicExponent())));
		return Map.of("keys", List.of(key));
	}

	private static byte[] unsigned(BigInteger value) {
		byte[] bytes = value.toByteArray();
		return (bytes.length > 1 && bytes[0] == 0) ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Mono<Void> send(HttpServerResponse response, int status, Object body, String what,
			HttpServerRequest request) {
		byte[] bytes = this.mapper.writeValueAsBytes(body);
		if (logger.isDebugEnabled()) {
			logger.debug("{} {} -> {} ({})", request.method().name(), new QueryStringDecoder(request.uri()).path(),
					status, what);
		}
		return response.status(status)
			.header("Content-Type", "application/json; charset=utf-8")
			.header("Content-Length", Integer.toString(bytes.length))
			.header("client-request-id", correlationId(request))
			.sendByteArray(Mono.just(bytes))
			.then();
	}

	private static Mono<Void> requireMethod(HttpMethod method, HttpServerRequest request, HttpServerResponse response,
			Supplier<Mono<Void>> handler) {
		if (method.equals(request.method())) {
			return handler.get();
		}
		byte[] body = ("{\"error\":\"invalid_request\",\"error_description\":\"Use " + method.name() + ".\"}")
			.getBytes(StandardCharsets.UTF_8);
		return response.status(405)
			.header("Allow", method.name())
			.header("Content-Type", "application/json; charset=utf-8")
			.header("Content-Length", Integer.toString(body.length))
			.sendByteArray(Mono.just(body))
			.then();
	}

	private static String correlationId(HttpServerRequest request) {
		String id = request.requestHeaders().get("client-request-id");
		return (id != null && id.matches("[A-Za-z0-9-]{1,64}")) ? id : UUID.randomUUID().toString();
	}

	private static String baseUrl(HttpServerRequest request) {
		String host = request.requestHeaders().get("Host");
		if (host == null || !host.matches("[A-Za-z0-9.:\\[\\]-]+")) {
			host = "localhost:" + request.hostPort();
		}
		return request.scheme() + "://" + host;
	}

	private String describe(TokenRequest request) {
		return request.kind().name().toLowerCase(Locale.ROOT) + ", client " + request.clientId() + ", tenant "
				+ this.directory.tenantId()
				+ ((request.error() != null) ? ", refused: " + request.error() : ", issued");
	}

}
