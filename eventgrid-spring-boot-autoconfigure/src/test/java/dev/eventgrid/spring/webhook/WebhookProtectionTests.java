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

package dev.eventgrid.spring.webhook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of a webhook that requires both a shared secret and a Microsoft Entra ID bearer
 * token, validated against a local key set, and limits the size of requests.
 *
 * @author Event Grid for Spring Boot team
 */
@SpringBootTest(classes = WebhookTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=reactive", "eventgrid.webhook.secret.value=s3cret-value",
				"eventgrid.webhook.secret.header=X-Webhook-Secret", "eventgrid.webhook.max-request-size=4KB",
				"eventgrid.webhook.entra.audiences=api://orders-webhook",
				"eventgrid.webhook.entra.issuers=" + WebhookProtectionTests.ISSUER })
@ExtendWith(OutputCaptureExtension.class)
class WebhookProtectionTests {

	static final String ISSUER = "https://login.microsoftonline.com/tenant-1/v2.0";

	private static final String AUDIENCE = "api://orders-webhook";

	private static final RSAKey signingKey = generateKey("key-1");

	private static final HttpServer jwks = startKeySetServer();

	@LocalServerPort
	int port;

	@Autowired
	RecordingListeners listeners;

	private WebhookClient client;

	@DynamicPropertySource
	static void keySet(DynamicPropertyRegistry registry) {
		registry.add("eventgrid.webhook.entra.jwk-set-uri",
				() -> "http://localhost:" + jwks.getAddress().getPort() + "/keys");
	}

	@AfterAll
	static void stopKeySetServer() {
		jwks.stop(0);
	}

	@Autowired
	EventGridWebhookHandler handler;

	@BeforeEach
	void createClient() {
		this.client = new WebhookClient(this.port);
		// every refusal logged, so that each test sees its own
		this.handler.setRefusalLogInterval(Duration.ofNanos(1));
	}

	@AfterEach
	void reset() {
		this.listeners.reset();
	}

	@Test
	void acceptsARequestWithTheSecretInTheQueryAndAValidToken() {
		HttpResponse<String> response = this.client.post("/api/events?secret=s3cret-value", order(), "Authorization",
				"Bearer " + token(AUDIENCE, Instant.now().plusSeconds(600), signingKey));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(this.listeners.orders).hasSize(1);
	}

	@Test
	void acceptsTheSecretInAHeader() {
		HttpResponse<String> response = this.client.post("/api/events", order(), "X-Webhook-Secret", "s3cret-value",
				"Authorization", "Bearer " + validToken());

		assertThat(response.statusCode()).isEqualTo(200);
	}

	@Test
	void refusesARequestWithoutTheSecretWith401AndCallsNoListener() {
		HttpResponse<String> response = this.client.post("/api/events", order(), "Authorization",
				"Bearer " + validToken());

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(this.listeners.calls()).isZero();
	}

	@Test
	void refusesAWrongSecretWith401AndCallsNoListener() {
		HttpResponse<String> response = this.client.post("/api/events?secret=s3cret-valuf", order(), "Authorization",
				"Bearer " + validToken());

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).doesNotContain("s3cret");
		assertThat(this.listeners.calls()).isZero();
	}

	@Test
	void refusesARequestWithoutABearerTokenWith401AndAChallenge() {
		HttpResponse<String> response = this.client.post("/api/events?secret=s3cret-value", order());

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
		assertThat(this.listeners.calls()).isZero();
	}

	@Test
	void refusesAnExpiredToken() {
		assertRefused(token(AUDIENCE, Instant.now().minusSeconds(600), signingKey));
	}

	@Test
	void refusesATokenForAnotherAudience() {
		assertRefused(token("api://another-app", Instant.now().plusSeconds(600), signingKey));
	}

	@Test
	void refusesATokenSignedWithAnotherKey() {
		assertRefused(token(AUDIENCE, Instant.now().plusSeconds(600), generateKey("key-1")));
	}

	@Test
	void authenticatesTheAbuseProtectionHandshakeToo() {
		assertThat(this.client.options("/events/cloud", "WebHook-Request-Origin", "eventgrid.azure.net").statusCode())
			.isEqualTo(401);
		assertThat(this.client
			.options("/events/cloud?secret=s3cret-value", "WebHook-Request-Origin", "eventgrid.azure.net",
					"Authorization", "Bearer " + validToken())
			.statusCode()).isEqualTo(200);
	}

	@Test
	void logsNeitherTheSecretNorTheToken(CapturedOutput output) {
		String expired = token(AUDIENCE, Instant.now().minusSeconds(600), signingKey);
		this.client.post("/api/events?secret=wrong-s3cret", order(), "Authorization", "Bearer " + validToken());
		this.client.post("/api/events?secret=s3cret-value", order(), "Authorization", "Bearer " + expired);

		assertThat(output).contains("Wrong shared secret", "Bearer token refused")
			.doesNotContain("s3cret")
			.doesNotContain(expired)
			.doesNotContain(expired.substring(expired.lastIndexOf('.') + 1));
	}

	@Test
	void masksTheSecretOfTheQueryWhereItLogsARequestsUrl(CapturedOutput output) {
		LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
		logging.setLogLevel("dev.eventgrid.spring.webhook", LogLevel.DEBUG);
		try {
			assertThat(this.client
				.post("/api/events?secret=s3cret-value&tenant=t1", order(), "Authorization", "Bearer " + validToken())
				.statusCode()).isEqualTo(200);
			assertThat(this.client
				.post("/api/events?SECRET=s3cret-wrong", order(), "Authorization", "Bearer " + validToken())
				.statusCode()).isEqualTo(401);
		}
		finally {
			logging.setLogLevel("dev.eventgrid.spring.webhook", null);
		}

		assertThat(output).contains("Event Grid webhook request POST /api/events?secret=***&tenant=t1")
			.contains("Event Grid webhook request POST /api/events?SECRET=***")
			.doesNotContain("s3cret");
	}

	@Test
	void refusesABodyDeclaredLargerThanTheLimitWith413() {
		HttpResponse<String> response = this.client.post("/api/events?secret=s3cret-value", largeOrder(),
				"Authorization", "Bearer " + validToken());

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(this.listeners.calls()).isZero();
	}

	@Test
	void refusesAChunkedBodyThatGrowsLargerThanTheLimitWith413() {
		byte[] body = largeOrder().getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> response = this.client.post("/api/events?secret=s3cret-value",
				HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)), "Authorization",
				"Bearer " + validToken());

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(this.listeners.calls()).isZero();
	}

	private void assertRefused(String token) {
		HttpResponse<String> response = this.client.post("/api/events?secret=s3cret-value", order(), "Authorization",
				"Bearer " + token);

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer error=\"invalid_token\"");
		assertThat(this.listeners.calls()).isZero();
	}

	private static String order() {
		return WebhookClient.orderPlaced("e-1", "o-1");
	}

	private static String largeOrder() {
		return WebhookClient.orderPlaced("e-1", "o-" + "1".repeat(5000));
	}

	private static String validToken() {
		return token(AUDIENCE, Instant.now().plusSeconds(600), signingKey);
	}

	private static String token(String audience, Instant expiry, RSAKey key) {
		JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISSUER)
			.audience(List.of(audience))
			.subject("eventgrid")
			.issueTime(Date.from(expiry.minusSeconds(3600)))
			.notBeforeTime(Date.from(expiry.minusSeconds(3600)))
			.expirationTime(Date.from(expiry))
			.build();
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
		try {
			jwt.sign(new RSASSASigner(key));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

	private static RSAKey generateKey(String keyId) {
		try {
			return new RSAKeyGenerator(2048).keyID(keyId).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static HttpServer startKeySetServer() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
			byte[] keys = new JWKSet(signingKey.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
			server.createContext("/keys", (exchange) -> {
				exchange.getResponseHeaders().set("Content-Type", "application/json");
				exchange.sendResponseHeaders(200, keys.length);
				exchange.getResponseBody().write(keys);
				exchange.close();
			});
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
