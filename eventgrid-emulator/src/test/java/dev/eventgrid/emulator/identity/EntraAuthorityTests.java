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

import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.model.InputSchema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The emulator's Entra ID authority at the HTTP level: what it serves, issues and
 * refuses, in the shapes of Entra ID and App Service.
 *
 * @author Event Grid for Spring Boot team
 */
class EntraAuthorityTests {

	private static final String SCOPE = "https://eventgrid.azure.net/.default";

	private static final JsonMapper mapper = JsonMapper.builder().build();

	private static final ClientCertificate certificate = ClientCertificate.generate("audit-app");

	private static EventGridEmulator emulator;

	private static HttpClient http;

	@BeforeAll
	static void start() {
		emulator = EventGridEmulator.builder()
			.topic("orders", InputSchema.CLOUD_EVENT_V1_0)
			.identities(EntraDirectory.create()
				.tenantId("contoso")
				.clientSecret("orders-app", "s3cret-value")
				.clientCertificate("audit-app", certificate.certificate())
				.managedIdentity("user-identity")
				.identityHeader("identity-header-secret"))
			.start();
		http = HttpClient.newBuilder().sslContext(emulator.sslContext()).build();
	}

	@AfterAll
	static void stop() {
		emulator.close();
	}

	@BeforeEach
	void clear() {
		emulator.clear();
	}

	@Test
	void servesTheOpenIdConfigurationAndTheKeysThatVerifyItsTokens() throws Exception {
		JsonNode metadata = json(
				get(emulator.authority().authorityHost() + "contoso/v2.0/.well-known/openid-configuration", Map.of()));
		assertThat(metadata.path("token_endpoint").asString()).isEqualTo(emulator.authority().tokenEndpoint());
		assertThat(metadata.path("issuer").asString()).isEqualTo(emulator.authority().authorityHost() + "contoso/v2.0");
		JsonNode key = json(get(metadata.path("jwks_uri").asString(), Map.of())).path("keys").get(0);
		String token = json(token(Map.of("client_id", "orders-app", "client_secret", "s3cret-value"), 200))
			.path("access_token")
			.asString();

		String[] parts = token.split("\\.");
		Signature signature = Signature.getInstance("SHA256withRSA");
		signature.initVerify(publicKey(key));
		signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
		assertThat(signature.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
	}

	@Test
	void issuesAClientSecretTokenThatThePublishPathAccepts() throws Exception {
		JsonNode token = json(token(Map.of("client_id", "orders-app", "client_secret", "s3cret-value"), 200));

		assertThat(token.path("token_type").asString()).isEqualTo("Bearer");
		assertThat(token.path("expires_in").asLong()).isEqualTo(3600);
		JsonNode claims = claims(token.path("access_token").asString());
		assertThat(claims.path("aud").asString()).isEqualTo("https://eventgrid.azure.net");
		assertThat(claims.path("appid").asString()).isEqualTo("orders-app");
		assertThat(claims.path("tid").asString()).isEqualTo("contoso");
		assertThat(publish(token.path("access_token").asString())).isEqualTo(200);
		assertThat(emulator.authority().tokenRequests()).singleElement()
			.satisfies((request) -> assertThat(request.kind()).isEqualTo(TokenRequest.Kind.CLIENT_SECRET));
	}

	@Test
	void refusesAWrongSecretAsEntraIdDoesWithoutEchoingIt() throws Exception {
		HttpResponse<String> response = token(Map.of("client_id", "orders-app", "client_secret", "not-the-secret"),
				401);

		JsonNode error = json(response);
		assertThat(error.path("error").asString()).isEqualTo("invalid_client");
		assertThat(error.path("error_codes").get(0).asInt()).isEqualTo(7000215);
		assertThat(error.path("error_description").asString()).startsWith("AADSTS7000215: Invalid client secret")
			.doesNotContain("not-the-secret")
			.doesNotContain("s3cret-value");
		assertThat(emulator.authority().tokenRequests()).singleElement().satisfies((request) -> {
			assertThat(request.issued()).isFalse();
			assertThat(request.error()).isEqualTo("AADSTS7000215");
		});
	}

	@Test
	void refusesAnUnknownClientAnotherTenantAndAScopeThatIsNotDotDefault() throws Exception {
		assertThat(json(token(Map.of("client_id", "nobody", "client_secret", "x"), 400)).path("error_codes")
			.get(0)
			.asInt()).isEqualTo(700016);
		HttpResponse<String> otherTenant = post(emulator.authority().authorityHost() + "fabrikam/oauth2/v2.0/token",
				form(Map.of("grant_type", "client_credentials", "client_id", "orders-app", "client_secret",
						"s3cret-value", "scope", SCOPE)));
		assertThat(otherTenant.statusCode()).isEqualTo(400);
		assertThat(json(otherTenant).path("error_codes").get(0).asInt()).isEqualTo(90002);
		assertThat(json(token(Map.of("client_id", "orders-app", "client_secret", "s3cret-value", "scope",
				"https://eventgrid.azure.net/user_impersonation"), 400))
			.path("error")
			.asString()).isEqualTo("invalid_scope");
		assertThat(json(token(Map.of("client_id", "orders-app"), 401)).path("error_codes").get(0).asInt())
			.isEqualTo(7000216);
	}

	@Test
	void tokenForAnotherResourceIsIssuedButRefusedOnThePublishPath() throws Exception {
		String token = json(token(Map.of("client_id", "orders-app", "client_secret", "s3cret-value", "scope",
				"https://storage.azure.com/.default"), 200))
			.path("access_token")
			.asString();

		assertThat(claims(token).path("aud").asString()).isEqualTo("https://storage.azure.com");
		assertThat(publish(token)).isEqualTo(401);
	}

	@Test
	void acceptsAClientAssertionSignedWithTheRegisteredCertificate() throws Exception {
		String endpoint = emulator.authority().tokenEndpoint();
		JsonNode token = json(
				token(assertion(assertionJwt(certificate.privateKey(), endpoint, Duration.ofMinutes(10))), 200));

		assertThat(claims(token.path("access_token").asString()).path("appid").asString()).isEqualTo("audit-app");
		assertThat(emulator.authority().tokenRequests()).singleElement()
			.satisfies((request) -> assertThat(request.kind()).isEqualTo(TokenRequest.Kind.CLIENT_CERTIFICATE));
	}

	@Test
	void refusesAssertionsSignedWithAnotherKeyForAnotherAudienceOrExpired() throws Exception {
		String endpoint = emulator.authority().tokenEndpoint();
		PrivateKey otherKey = ClientCertificate.generate("intruder").privateKey();
		assertThat(errorCode(token(assertion(assertionJwt(otherKey, endpoint, Duration.ofMinutes(10))), 401)))
			.isEqualTo(700027);
		assertThat(errorCode(token(
				assertion(assertionJwt(certificate.privateKey(), "https://elsewhere/token", Duration.ofMinutes(10))),
				401)))
			.isEqualTo(50027);
		assertThat(errorCode(
				token(assertion(assertionJwt(certificate.privateKey(), endpoint, Duration.ofMinutes(-10))), 401)))
			.isEqualTo(700024);
	}

	@Test
	void managedIdentityEndpointIssuesTokensToCallersWithTheIdentityHeader() throws Exception {
		String url = emulator.authority().identityEndpoint()
				+ "?api-version=2019-08-01&resource=https%3A%2F%2Feventgrid.azure.net";
		assertThat(get(url, Map.of()).statusCode()).isEqualTo(401);
		assertThat(get(url, Map.of("X-IDENTITY-HEADER", "wrong")).statusCode()).isEqualTo(401);
		assertThat(get(url + "&client_id=unknown", Map.of("X-IDENTITY-HEADER", "identity-header-secret")).statusCode())
			.isEqualTo(400);

		JsonNode system = json(get(url, Map.of("X-IDENTITY-HEADER", "identity-header-secret")));
		JsonNode user = json(
				get(url + "&client_id=user-identity", Map.of("X-IDENTITY-HEADER", "identity-header-secret")));

		assertThat(system.path("token_type").asString()).isEqualTo("Bearer");
		assertThat(system.path("resource").asString()).isEqualTo("https://eventgrid.azure.net");
		assertThat(Long.parseLong(system.path("expires_on").asString())).isBetween(
				Instant.now().plusSeconds(3500).getEpochSecond(), Instant.now().plusSeconds(3700).getEpochSecond());
		assertThat(user.path("client_id").asString()).isEqualTo("user-identity");
		assertThat(system.path("client_id").asString()).isNotEqualTo("user-identity");
		assertThat(publish(user.path("access_token").asString())).isEqualTo(200);
	}

	private static int errorCode(HttpResponse<String> response) {
		return json(response).path("error_codes").get(0).asInt();
	}

	private static Map<String, String> assertion(String jwt) {
		return Map.of("client_id", "audit-app", "client_assertion_type",
				"urn:ietf:params:oauth:client-assertion-type:jwt-bearer", "client_assertion", jwt);
	}

	private static String assertionJwt(PrivateKey key, String audience, Duration validity) throws Exception {
		Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
		Map<String, Object> header = new LinkedHashMap<>();
		header.put("alg", "RS256");
		header.put("typ", "JWT");
		// Standard Base64, as MSAL4J sends it.
		header.put("x5t", Base64.getEncoder()
			.encodeToString(MessageDigest.getInstance("SHA-1").digest(certificate.certificate().getEncoded())));
		long now = Instant.now().getEpochSecond();
		Map<String, Object> claims = Map.of("aud", audience, "iss", "audit-app", "sub", "audit-app", "jti", "1", "nbf",
				now - 60, "exp", now + validity.toSeconds());
		String input = encoder.encodeToString(mapper.writeValueAsBytes(header)) + "."
				+ encoder.encodeToString(mapper.writeValueAsBytes(claims));
		Signature signature = Signature.getInstance("SHA256withRSA");
		signature.initSign(key);
		signature.update(input.getBytes(StandardCharsets.US_ASCII));
		return input + "." + encoder.encodeToString(signature.sign());
	}

	private static HttpResponse<String> token(Map<String, String> parameters, int expectedStatus) throws Exception {
		Map<String, String> form = new LinkedHashMap<>(Map.of("grant_type", "client_credentials", "scope", SCOPE));
		form.putAll(parameters);
		HttpResponse<String> response = post(emulator.authority().tokenEndpoint(), form(form));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
		return response;
	}

	private static String form(Map<String, String> parameters) {
		return parameters.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private static HttpResponse<String> post(String url, String form) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> get(String url, Map<String, String> headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
		headers.forEach(request::header);
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static int publish(String token) throws Exception {
		return http
			.send(HttpRequest.newBuilder(URI.create(emulator.httpsEndpoint("orders") + "?api-version=2018-01-01"))
				.header("Content-Type", "application/cloudevents-batch+json; charset=utf-8")
				.header("Authorization", "Bearer " + token)
				.POST(HttpRequest.BodyPublishers
					.ofString("[{\"specversion\":\"1.0\",\"id\":\"1\",\"source\":\"/s\",\"type\":\"t\"}]"))
				.build(), HttpResponse.BodyHandlers.ofString())
			.statusCode();
	}

	private static JsonNode json(HttpResponse<String> response) {
		return mapper.readTree(response.body());
	}

	private static JsonNode claims(String token) {
		return mapper.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
	}

	private static PublicKey publicKey(JsonNode key) throws Exception {
		Base64.Decoder decoder = Base64.getUrlDecoder();
		return KeyFactory.getInstance("RSA")
			.generatePublic(new RSAPublicKeySpec(new BigInteger(1, decoder.decode(key.path("n").asString())),
					new BigInteger(1, decoder.decode(key.path("e").asString()))));
	}

}
