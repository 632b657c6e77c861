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

package dev.eventgrid.emulator;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;

import com.azure.core.credential.AzureKeyCredential;
import com.azure.messaging.eventgrid.EventGridPublisherClient;
import dev.eventgrid.emulator.model.InputSchema;
import dev.eventgrid.emulator.model.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Access keys, SAS tokens from every known generator, and the emulator's bearer tokens
 * are checked as the service checks them.
 *
 * @author Event Grid for Spring Boot team
 */
class AuthenticationTests {

	private static final String BODY = "[{\"id\":\"1\"}]";

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static EventGridEmulator emulator;

	private static HttpClient client;

	@BeforeAll
	static void startEmulator() {
		emulator = EventGridEmulator.builder()
			.topic("orders", InputSchema.CUSTOM)
			.topic("billing", InputSchema.CUSTOM)
			.domain("shop", InputSchema.CUSTOM)
			.start();
		client = SdkClients.jdkClient(emulator);
	}

	@AfterAll
	static void stopEmulator() {
		emulator.close();
	}

	@BeforeEach
	void reset() {
		emulator.clear();
	}

	@Test
	void acceptsEitherAccessKeyInTheHeader() throws Exception {
		assertThat(send(request("orders").header("aeg-sas-key", emulator.keys("orders").get(0))).statusCode())
			.isEqualTo(200);
		assertThat(send(request("orders").header("aeg-sas-key", emulator.keys("orders").get(1))).statusCode())
			.isEqualTo(200);
	}

	@Test
	void acceptsAnAccessKeyInTheQueryAndRedactsItFromTheLog() throws Exception {
		String key = URLEncoder.encode(emulator.key("orders"), StandardCharsets.UTF_8);
		HttpRequest request = SdkClients
			.post(emulator.httpsEndpoint("orders") + "?api-version=2018-01-01&aeg-sas-key=" + key, "application/json",
					BODY)
			.build();
		assertThat(SdkClients.send(client, request).statusCode()).isEqualTo(200);
		assertThat(emulator.requests()).singleElement()
			.extracting(RecordedRequest::query)
			.isEqualTo("api-version=2018-01-01&aeg-sas-key=[redacted]");
	}

	@Test
	void rejectsAWrongKeyOrNoCredentialWith401() throws Exception {
		assertUnauthorized(send(request("orders").header("aeg-sas-key", emulator.key("billing"))),
				"The specified access key is not valid");
		assertUnauthorized(send(request("orders")), "has no aeg-sas-key, aeg-sas-token or Authorization header");
		assertUnauthorized(send(request("orders").header("Authorization", "Basic dXNlcjpwYXNz")),
				"must use the SharedAccessSignature or Bearer scheme");
	}

	@Test
	void acceptsSasTokensFromTheJavaSdkInBothHeaders() throws Exception {
		String sas = javaSas("orders", OffsetDateTime.now().plusMinutes(5));
		assertThat(send(request("orders").header("aeg-sas-token", sas)).statusCode()).isEqualTo(200);
		assertThat(send(request("orders").header("Authorization", "SharedAccessSignature " + sas)).statusCode())
			.isEqualTo(200);
	}

	@Test
	void acceptsSasTokensSignedLikeThePythonSdk() throws Exception {
		String endpoint = emulator.httpsEndpoint("orders");
		String sas = SasTokens.python(endpoint, emulator.key("orders"), OffsetDateTime.now().plusMinutes(5));
		assertThat(sas).contains("%3FapiVersion%3D2018-01-01").contains("%20").contains("%2B00%3A00");
		assertThat(send(request("orders").header("aeg-sas-token", sas)).statusCode()).isEqualTo(200);
		String withMicros = SasTokens.python(endpoint, emulator.key("orders"),
				OffsetDateTime.now().plusMinutes(5).withNano(123_456_000));
		assertThat(send(request("orders").header("aeg-sas-token", withMicros)).statusCode()).isEqualTo(200);
	}

	@Test
	void acceptsSasTokensSignedLikeTheDotnetDocumentationSample() throws Exception {
		String sas = SasTokens.dotnet(emulator.httpsEndpoint("orders"), emulator.keys("orders").get(1),
				OffsetDateTime.now().plusMinutes(5));
		assertThat(sas).startsWith("r=https%3a%2f%2flocalhost%3a").doesNotContain("api-version").contains("+");
		assertThat(send(request("orders").header("aeg-sas-token", sas)).statusCode()).isEqualTo(200);
	}

	@Test
	void acceptsASasTokenForADomainOnTheDomainEndpoint() throws Exception {
		String sas = EventGridPublisherClient.generateSas(emulator.httpsEndpoint("shop"),
				new AzureKeyCredential(emulator.key("shop")), OffsetDateTime.now().plusMinutes(5));
		HttpRequest request = SdkClients
			.post(emulator.httpsEndpoint("shop") + "?api-version=2018-01-01", "application/json",
					"[{\"topic\":\"north\"}]")
			.header("aeg-sas-token", sas)
			.build();
		assertThat(SdkClients.send(client, request).statusCode()).isEqualTo(200);
	}

	@Test
	void rejectsAnExpiredSasTokenWith401() throws Exception {
		String sas = javaSas("orders", OffsetDateTime.now().minusMinutes(1));
		assertUnauthorized(send(request("orders").header("aeg-sas-token", sas)), "The SAS token expired at");
		String python = SasTokens.python(emulator.httpsEndpoint("orders"), emulator.key("orders"),
				OffsetDateTime.now().minusSeconds(5));
		assertUnauthorized(send(request("orders").header("aeg-sas-token", python)), "The SAS token expired at");
	}

	@Test
	void rejectsATamperedSignatureWith401() throws Exception {
		String sas = javaSas("orders", OffsetDateTime.now().plusMinutes(5));
		// A character of the signature outside the escapes of '+', '/' and '=' (%2B, %2F,
		// %3D): changing one of those would make the signature malformed base64 (400)
		// rather than a wrong one (401).
		int signature = sas.indexOf("&s=") + 3;
		while (sas.charAt(signature) == '%') {
			signature += 3;
		}
		char replacement = (sas.charAt(signature) == 'A') ? 'B' : 'A';
		String tampered = sas.substring(0, signature) + replacement + sas.substring(signature + 1);
		assertUnauthorized(send(request("orders").header("aeg-sas-token", tampered)),
				"signature does not match either access key");
		String otherKey = SasTokens.python(emulator.httpsEndpoint("orders"), emulator.key("billing"),
				OffsetDateTime.now().plusMinutes(5));
		assertUnauthorized(send(request("orders").header("aeg-sas-token", otherKey)),
				"signature does not match either access key");
	}

	@Test
	void rejectsASasTokenForAnotherTopicWith401() throws Exception {
		String sas = EventGridPublisherClient.generateSas(emulator.httpsEndpoint("billing"),
				new AzureKeyCredential(emulator.key("orders")), OffsetDateTime.now().plusMinutes(5));
		assertUnauthorized(send(request("orders").header("aeg-sas-token", sas)),
				"was signed for the resource 'https://localhost:" + emulator.httpsPort()
						+ "/topics/billing/api/events', which does not cover");
	}

	@Test
	void rejectsAMalformedSasTokenWith400WithoutEchoingSecrets() throws Exception {
		HttpResponse<String> response = send(request("orders").header("aeg-sas-token", emulator.key("orders")));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(message(response))
			.contains("Invalid key in aeg-sas-token. Valid format "
					+ ":r=UrlEncodedResource&e=UrlEncodedUtcExpiration&s=UrlEncodedSignature. Input sas string: ")
			.doesNotContain(emulator.key("orders"));
		String noExpiry = "r=x&e=tomorrow&s=c2lnbmF0dXJl";
		assertThat(send(request("orders").header("aeg-sas-token", noExpiry)).statusCode()).isEqualTo(400);
	}

	@Test
	void acceptsTheEmulatorsBearerTokens() throws Exception {
		HttpRequest.Builder request = request("orders").header("Authorization",
				"Bearer " + emulator.issueAccessToken());
		assertThat(send(request).statusCode()).isEqualTo(200);
		assertThat(emulator.requests()).singleElement()
			.satisfies((recorded) -> assertThat(recorded.headers().toString()).doesNotContain("Bearer"));
	}

	@Test
	void rejectsExpiredForeignAndMisdirectedBearerTokensWith401() throws Exception {
		String expired = emulator.issueAccessToken(Duration.ofMinutes(-1), "https://eventgrid.azure.net");
		assertUnauthorized(send(request("orders").header("Authorization", "Bearer " + expired)), "has expired");
		String storage = emulator.issueAccessToken(Duration.ofMinutes(5), "https://storage.azure.com");
		assertUnauthorized(send(request("orders").header("Authorization", "Bearer " + storage)),
				"audience is not 'https://eventgrid.azure.net'");
		try (EventGridEmulator other = EventGridEmulator.builder().topic("orders", InputSchema.CUSTOM).start()) {
			String foreign = other.issueAccessToken();
			assertUnauthorized(send(request("orders").header("Authorization", "Bearer " + foreign)),
					"not issued by this emulator");
		}
		assertUnauthorized(send(request("orders").header("Authorization", "Bearer not-a-jwt")), "not a JSON Web Token");
	}

	private static String javaSas(String topic, OffsetDateTime expiry) {
		return EventGridPublisherClient.generateSas(emulator.httpsEndpoint(topic),
				new AzureKeyCredential(emulator.key(topic)), expiry);
	}

	private static HttpRequest.Builder request(String topic) {
		return SdkClients.post(emulator.httpsEndpoint(topic) + "?api-version=2018-01-01", "application/json", BODY);
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return SdkClients.send(client, request.build());
	}

	private static void assertUnauthorized(HttpResponse<String> response, String reason) throws Exception {
		assertThat(response.statusCode()).isEqualTo(401);
		JsonNode error = MAPPER.readTree(response.body()).get("error");
		assertThat(error.get("code").asString()).isEqualTo("Unauthorized");
		assertThat(error.get("message").asString()).startsWith("The request authorization key is not authorized for ")
			.contains("This is due to the reason: ")
			.contains(reason);
	}

	private static String message(HttpResponse<String> response) throws Exception {
		return MAPPER.readTree(response.body()).get("error").get("message").asString();
	}

}
