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

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;

import com.azure.core.credential.AzureKeyCredential;
import com.azure.messaging.eventgrid.EventGridPublisherClient;
import dev.eventgrid.emulator.model.InputSchema;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property-based fuzzing of SAS token validation over real HTTP: a valid token changed in
 * any way, one character replaced, removed or inserted, or cut short, is refused with 400
 * or 401 and the service's error body, never accepted and never answered with a server
 * error, and always within {@link #ANSWER_TIMEOUT}: each request has that timeout, since
 * jqwik ignores JUnit Jupiter's {@code @Timeout}.
 *
 * @author Event Grid for Spring Boot team
 */
class SasValidationFuzzingTests {

	private static final String BODY = "[{\"id\":\"1\",\"subject\":\"s\",\"eventType\":\"t\","
			+ "\"eventTime\":\"2024-05-01T10:00:00Z\",\"dataVersion\":\"1\",\"data\":1}]";

	private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);

	private static EventGridEmulator emulator;

	private static HttpClient client;

	private static String token;

	@BeforeContainer
	static void start() {
		emulator = EventGridEmulator.builder().topic("fuzzed", InputSchema.EVENT_GRID_EVENT).start();
		client = HttpClient.newHttpClient();
		token = EventGridPublisherClient.generateSas(emulator.httpEndpoint("fuzzed"),
				new AzureKeyCredential(emulator.key("fuzzed")), OffsetDateTime.now().plusHours(1));
	}

	@AfterContainer
	static void stop() {
		emulator.close();
	}

	@Property(tries = 400)
	void refusesEveryChangedToken(@ForAll("changedTokens") String changed) throws Exception {
		HttpResponse<String> response = post(changed);

		if (equivalent(changed, token)) {
			assertThat(response.statusCode()).isEqualTo(200);
		}
		else {
			assertThat(response.statusCode()).isIn(400, 401);
			assertThat(response.body()).startsWith("{\"error\":{\"code\":");
		}
	}

	@Property(tries = 200)
	void refusesArbitraryText(@ForAll("headerSafeText") String text) throws Exception {
		assertThat(post(text).statusCode()).isIn(400, 401);
	}

	/**
	 * Return whether two tokens are the same to the service: header values are trimmed,
	 * the signature is compared once URL-decoded, and everything before it is signed as
	 * written.
	 */
	private static boolean equivalent(String changed, String original) {
		String trimmed = changed.trim();
		int signature = trimmed.indexOf("&s=");
		int originalSignature = original.indexOf("&s=");
		if (signature < 0 || !trimmed.substring(0, signature).equals(original.substring(0, originalSignature))) {
			return false;
		}
		return decode(trimmed.substring(signature + 3)).equals(decode(original.substring(originalSignature + 3)));
	}

	private static String decode(String value) {
		try {
			return URLDecoder.decode(value, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return "not decodable: " + value;
		}
	}

	@Provide
	Arbitrary<String> changedTokens() {
		Arbitrary<Integer> position = Arbitraries.integers().between(0, 1_000);
		Arbitrary<Character> character = Arbitraries.chars().range(' ', '~');
		Arbitrary<Integer> operation = Arbitraries.integers().between(0, 3);
		return Combinators.combine(position, character, operation).as((at, replacement, op) -> {
			int index = at % token.length();
			return switch (op) {
				case 0 -> token.substring(0, index) + replacement + token.substring(index + 1);
				case 1 -> token.substring(0, index) + token.substring(index + 1);
				case 2 -> token.substring(0, index) + replacement + token.substring(index);
				default -> token.substring(0, index);
			};
		}).filter((changed) -> !changed.isBlank());
	}

	@Provide
	Arbitrary<String> headerSafeText() {
		return Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(200);
	}

	private static HttpResponse<String> post(String sasToken) throws Exception {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create(emulator.httpEndpoint("fuzzed") + "?api-version=2018-01-01"))
			.timeout(ANSWER_TIMEOUT)
			.header("aeg-sas-token", sasToken.trim())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(BODY))
			.build();
		return client.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
