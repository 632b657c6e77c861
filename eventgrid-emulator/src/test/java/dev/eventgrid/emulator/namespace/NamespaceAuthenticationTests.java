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

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.eventgrid.emulator.auth.AccessTokenIssuer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The credentials a namespace accepts: its keys as {@code SharedAccessKey}, in
 * {@code aeg-sas-key} or, on publish only, in the {@code aeg-sas-key} query parameter;
 * SAS tokens for the namespace, a topic or a subscription; the emulator's bearer tokens.
 * Everything else gets 401.
 *
 * @author Event Grid for Spring Boot team
 */
class NamespaceAuthenticationTests {

	private static final String PRIMARY = "bmFtZXNwYWNlLXByaW1hcnkta2V5LWZvci10ZXN0cw==";

	private static final String SECONDARY = "bmFtZXNwYWNlLXNlY29uZGFyeS1rZXktZm9yLXRlc3Q=";

	@RegisterExtension
	static final RunningNamespaceEmulator running = new RunningNamespaceEmulator(
			(builder) -> builder.namespaceTimeScale(100)
				.namespace(NamespaceDefinition.named("contoso")
					.keys(PRIMARY, SECONDARY)
					.topic("orders", NamespaceSubscription.named("workers"))
					.topic("billing", NamespaceSubscription.named("workers"))));

	@Test
	void acceptsEitherKeyAsSharedAccessKeyOrAegSasKey() {
		assertThat(withHeader("Authorization", "SharedAccessKey " + SECONDARY)
			.publish("orders", NamespaceClient.event("1", "t", "/s"))
			.statusCode()).isEqualTo(200);
		assertThat(withHeader("aeg-sas-key", PRIMARY).receive("orders", "workers", "maxWaitTime=10").statusCode())
			.isEqualTo(200);
		assertThat(running.emulator().namespace("contoso").keys()).containsExactly(PRIMARY, SECONDARY);
	}

	@Test
	void acceptsTheKeyAsQueryParameterOnPublishOnly() {
		NamespaceClient anonymous = running.client().withCredential((builder) -> builder);
		String key = URLEncoder.encode(PRIMARY, StandardCharsets.UTF_8);
		HttpResponse<String> published = anonymous.send(anonymous
			.post("/topics/orders:publish", "aeg-sas-key=" + key, NamespaceClient.event("q", "t", "/s").toString())
			.header("Content-Type", NamespaceClient.SINGLE));
		assertThat(published.statusCode()).isEqualTo(200);
		assertThat(anonymous.receive("orders", "workers", "aeg-sas-key=" + key).statusCode()).isEqualTo(401);
	}

	@Test
	void refusesMissingAndWrongKeysWith401() {
		HttpResponse<String> missing = running.client()
			.withCredential((builder) -> builder)
			.publish("orders", NamespaceClient.event("1", "t", "/s"));
		assertThat(missing.statusCode()).isEqualTo(401);
		assertThat(NamespaceClient.json(missing).at("/error/code").stringValue()).isEqualTo("Unauthorized");
		assertThat(withHeader("Authorization", "SharedAccessKey " + PRIMARY.replace('b', 'c'))
			.receive("orders", "workers", "")
			.statusCode()).isEqualTo(401);
		assertThat(withHeader("Authorization", "Basic " + PRIMARY).receive("orders", "workers", "").statusCode())
			.isEqualTo(401);
	}

	@Test
	void acceptsSasTokensWhoseResourcePrefixesTheRequest() {
		String namespace = running.client().endpoint();
		String topic = namespace + "/topics/orders";
		String subscription = topic + "/eventsubscriptions/workers";
		assertThat(withSas(namespace).publish("billing", NamespaceClient.event("1", "t", "/s")).statusCode())
			.isEqualTo(200);
		assertThat(withSas(namespace).receive("billing", "workers", "maxWaitTime=10").statusCode()).isEqualTo(200);
		assertThat(withSas(topic).publish("orders", NamespaceClient.event("2", "t", "/s")).statusCode()).isEqualTo(200);
		assertThat(withSas(topic).receive("orders", "workers", "maxWaitTime=10").statusCode()).isEqualTo(200);
		assertThat(withSas(subscription).receive("orders", "workers", "maxWaitTime=10").statusCode()).isEqualTo(200);
		assertThat(withSas(subscription).publish("orders", NamespaceClient.event("3", "t", "/s")).statusCode())
			.isEqualTo(401);
		assertThat(withSas(topic).publish("billing", NamespaceClient.event("4", "t", "/s")).statusCode())
			.isEqualTo(401);
		NamespaceClient header = running.client()
			.withCredential(
					(builder) -> builder.header("Authorization", "SharedAccessSignature " + sas(topic, Instant.now())));
		assertThat(header.publish("orders", NamespaceClient.event("5", "t", "/s")).statusCode()).isEqualTo(200);
	}

	@Test
	void refusesAnExpiredSasToken() {
		String token = sas(running.client().endpoint(), Instant.now().minus(Duration.ofHours(2)));
		HttpResponse<String> response = withHeader("aeg-sas-token", token).publish("orders",
				NamespaceClient.event("1", "t", "/s"));
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(NamespaceClient.json(response).at("/error/message").stringValue()).contains("expired");
	}

	@Test
	void acceptsBearerTokensOfTheEmulatorForEventGridOnly() {
		assertThat(withHeader("Authorization", "Bearer " + running.emulator().issueAccessToken())
			.publish("orders", NamespaceClient.event("1", "t", "/s"))
			.statusCode()).isEqualTo(200);
		String otherAudience = running.emulator().issueAccessToken(Duration.ofHours(1), "https://storage.azure.com");
		assertThat(withHeader("Authorization", "Bearer " + otherAudience).receive("orders", "workers", "").statusCode())
			.isEqualTo(401);
		String expired = running.emulator().issueAccessToken(Duration.ofMinutes(-5), AccessTokenIssuer.AUDIENCE);
		assertThat(withHeader("Authorization", "Bearer " + expired).receive("orders", "workers", "").statusCode())
			.isEqualTo(401);
	}

	private static NamespaceClient withHeader(String name, String value) {
		return running.client().withCredential((builder) -> builder.header(name, value));
	}

	private static NamespaceClient withSas(String resource) {
		return withHeader("aeg-sas-token", sas(resource, Instant.now()));
	}

	private static String sas(String resource, Instant now) {
		String expiry = DateTimeFormatter.ofPattern("M/d/yyyy h:m:s a", Locale.US)
			.format(OffsetDateTime.ofInstant(now.plus(Duration.ofHours(1)), ZoneOffset.UTC));
		String unsigned = "r=" + URLEncoder.encode(resource, StandardCharsets.UTF_8) + "&e="
				+ URLEncoder.encode(expiry, StandardCharsets.UTF_8);
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(Base64.getDecoder().decode(PRIMARY), "HmacSHA256"));
			String signature = Base64.getEncoder()
				.encodeToString(mac.doFinal(unsigned.getBytes(StandardCharsets.UTF_8)));
			return unsigned + "&s=" + URLEncoder.encode(signature, StandardCharsets.UTF_8);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
