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

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.NodeScripts;
import dev.eventgrid.emulator.NodeScripts.Result;
import dev.eventgrid.emulator.model.InputSchema;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufFlux;
import reactor.netty.http.client.HttpClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SAS tokens written by the real Python and JavaScript SDKs, kept in
 * {@code src/test/resources/sas} (see its README for how they were made), are read and
 * verified by the emulator: accepted until they expire, then refused with the instant the
 * SDK meant. The signature is an HMAC over the token's exact text, so a token that was
 * not written by the SDK for that key cannot pass.
 *
 * @author Event Grid for Spring Boot team
 */
class SdkSasTokenFixturesTests {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final Path FIXTURES = Path.of("src/test/resources/sas");

	private static final String PYTHON = "python-generate-sas.json";

	private static final String JAVASCRIPT = "javascript-generate-shared-access-signature.json";

	// The host the tokens were made for: the standalone emulator's default HTTPS port.
	private static final String HOST = "localhost:7443";

	private static EventGridEmulator emulator;

	private static HttpClient client;

	@BeforeAll
	static void startEmulator() throws IOException {
		String key = fixture(PYTHON).get("key").asString();
		assertThat(fixture(JAVASCRIPT).get("key").asString()).isEqualTo(key);
		emulator = EventGridEmulator.builder()
			.topic("orders", InputSchema.EVENT_GRID_EVENT, key, "c2Vjb25kLWtleQ==")
			.domain("shop", InputSchema.EVENT_GRID_EVENT, key, "c2Vjb25kLWtleQ==")
			.start();
		SslContext ssl = SslContextBuilder.forClient().trustManager(emulator.trustManagerFactory()).build();
		client = HttpClient.create()
			.secure((spec) -> spec.sslContext(ssl))
			.headers((headers) -> headers.set("Host", HOST));
	}

	@AfterAll
	static void stopEmulator() {
		emulator.close();
	}

	static List<Arguments> tokens() {
		List<Arguments> tokens = new ArrayList<>();
		for (String file : List.of(PYTHON, JAVASCRIPT)) {
			fixture(file).get("tokens").forEach((token) -> tokens.add(Arguments.of(file, token)));
		}
		return tokens;
	}

	@ParameterizedTest(name = "{0} [{index}]")
	@MethodSource("tokens")
	void readsTheExpiryTheSdkMeant(String file, JsonNode fixture) {
		String token = fixture.get("token").asString();
		String expiry = token.substring(token.indexOf("&e=") + 3, token.indexOf("&s="));
		assertThat(SasExpiry.parse(URLDecoder.decode(expiry, StandardCharsets.UTF_8)))
			.isEqualTo(Instant.parse(fixture.get("expiresAt").asString()));
	}

	@ParameterizedTest(name = "{0} [{index}]")
	@MethodSource("tokens")
	void acceptsTheTokenUntilItExpires(String file, JsonNode fixture) {
		Instant expiresAt = Instant.parse(fixture.get("expiresAt").asString());
		String endpoint = fixture.get("endpoint").asString();
		String path = endpoint.substring(endpoint.indexOf(HOST) + HOST.length());
		Answer answer = publish(path, fixture.get("token").asString());
		if (expiresAt.isAfter(Instant.now())) {
			assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		}
		else {
			assertThat(answer.status()).isEqualTo(401);
			assertThat(answer.body()).contains("The SAS token expired at " + expiresAt);
		}
	}

	@Test
	void theJavaScriptTokensAreWhatTheSdkWrites() throws Exception {
		NodeScripts scripts = NodeScripts.install(Path.of("target", "js-sas"), "@azure/eventgrid@5.12.0");
		Result result = scripts.node("sas-tokens.cjs", List.of(FIXTURES.resolve(JAVASCRIPT).toString()), Map.of());
		assertThat(result.exitCode()).as(result.output()).isZero();
		assertThat(MAPPER.readTree(result.output())).isEqualTo(fixture(JAVASCRIPT));
	}

	private static Answer publish(String path, String token) {
		String topic = path.startsWith("/domains/") ? "\"topic\":\"north\"," : "";
		String body = "[{" + topic + "\"id\":\"1\",\"subject\":\"s\",\"eventType\":\"t\","
				+ "\"eventTime\":\"2024-05-01T10:00:00Z\",\"dataVersion\":\"1\",\"data\":1}]";
		String url = "https://localhost:" + emulator.httpsPort() + path + "?api-version=2018-01-01";
		return client.headers((headers) -> headers.set("aeg-sas-token", token).set("Content-Type", "application/json"))
			.post()
			.uri(url)
			.send(ByteBufFlux.fromString(Mono.just(body)))
			.responseSingle((response, content) -> content.asString()
				.defaultIfEmpty("")
				.map((text) -> new Answer(response.status().code(), text)))
			.block(Duration.ofSeconds(30));
	}

	private static JsonNode fixture(String file) {
		try {
			return MAPPER.readTree(Files.readString(FIXTURES.resolve(file), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Answer(int status, String body) {

	}

}
