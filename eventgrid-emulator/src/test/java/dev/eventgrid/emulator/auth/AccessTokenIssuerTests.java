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
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The issuer signs RS256 JWTs and accepts only its own, unexpired tokens for Event Grid.
 *
 * @author Event Grid for Spring Boot team
 */
class AccessTokenIssuerTests {

	private final AccessTokenIssuer issuer = new AccessTokenIssuer(Clock.systemUTC());

	@Test
	void issuesRs256TokensForEventGridThatItAccepts() {
		String token = this.issuer.issue(Duration.ofMinutes(5), AccessTokenIssuer.AUDIENCE);
		String[] parts = token.split("\\.");
		assertThat(parts).hasSize(3);
		assertThat(decode(parts[0])).contains("\"alg\":\"RS256\"");
		assertThat(decode(parts[1])).contains("\"aud\":\"https://eventgrid.azure.net\"")
			.contains("\"iss\":\"" + this.issuer.issuer() + "\"")
			.contains("\"exp\":");
		assertThat(this.issuer.verify(token)).isNull();
	}

	@Test
	void rejectsTamperedClaims() {
		String[] parts = this.issuer.issue(Duration.ofMinutes(5), AccessTokenIssuer.AUDIENCE).split("\\.");
		String claims = decode(parts[1]).replace("eventgrid-emulator-client", "someone-else");
		String tampered = parts[0] + "."
				+ Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "."
				+ parts[2];
		assertThat(this.issuer.verify(tampered)).contains("signature is not valid");
	}

	@Test
	void rejectsExpiredTokensAndOtherAudiences() {
		assertThat(this.issuer.verify(this.issuer.issue(Duration.ofSeconds(-1), AccessTokenIssuer.AUDIENCE)))
			.contains("expired");
		assertThat(this.issuer.verify(this.issuer.issue(Duration.ofMinutes(1), "https://vault.azure.net")))
			.contains("audience");
		assertThat(this.issuer.verify(this.issuer.issue(Duration.ofMinutes(1), AccessTokenIssuer.AUDIENCE + "/")))
			.isNull();
	}

	@Test
	void rejectsMalformedTokens() {
		assertThat(this.issuer.verify("a.b.c")).isEqualTo("The access token is malformed.");
		assertThat(this.issuer.verify("abc")).isEqualTo("The access token is not a JSON Web Token.");
	}

	private static String decode(String part) {
		return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
	}

}
