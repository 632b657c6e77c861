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
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The emulator's own token issuer: it signs RS256 JWTs with an RSA key pair generated
 * when it is created, and accepts exactly the tokens it signed that are unexpired and
 * meant for Event Grid. It stands in for Microsoft Entra ID in tests.
 *
 * @author Event Grid for Spring Boot team
 */
public final class AccessTokenIssuer {

	/**
	 * The audience of Event Grid data-plane tokens.
	 */
	public static final String AUDIENCE = "https://eventgrid.azure.net";

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private final KeyPair keyPair;

	private final String issuer;

	private final Clock clock;

	private final JsonMapper mapper = JsonMapper.builder().build();

	/**
	 * Create an issuer with a fresh key pair.
	 * @param clock the clock for issuing and expiry checks
	 */
	public AccessTokenIssuer(Clock clock) {
		this.clock = clock;
		this.keyPair = generateKeyPair();
		this.issuer = "urn:eventgrid-emulator:issuer:" + UUID.randomUUID();
	}

	private static KeyPair generateKeyPair() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Unable to generate the token signing key", ex);
		}
	}

	/**
	 * Return the issuer ({@code iss}) of the tokens, unique to this issuer.
	 * @return the issuer
	 */
	public String issuer() {
		return this.issuer;
	}

	/**
	 * Issue a signed token.
	 * @param validity how long the token is valid from now; negative for a token that has
	 * already expired
	 * @param audience the audience ({@code aud}), normally {@link #AUDIENCE}
	 * @return the compact JWT
	 */
	public String issue(Duration validity, String audience) {
		return issue(validity, audience, Map.of());
	}

	/**
	 * Issue a signed token carrying claims of its own, such as the application id
	 * ({@code appid}) and tenant ({@code tid}) of the client it was issued to.
	 * @param validity how long the token is valid from now; negative for a token that has
	 * already expired
	 * @param audience the audience ({@code aud}), normally {@link #AUDIENCE}
	 * @param claims further claims, which replace the defaults of the same name except
	 * {@code aud}, {@code iss}, {@code iat}, {@code nbf} and {@code exp}
	 * @return the compact JWT
	 */
	public String issue(Duration validity, String audience, Map<String, Object> claims) {
		Instant now = this.clock.instant();
		Map<String, Object> header = new LinkedHashMap<>();
		header.put("alg", "RS256");
		header.put("typ", "JWT");
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("sub", "eventgrid-emulator-client");
		payload.putAll(claims);
		payload.put("aud", audience);
		payload.put("iss", this.issuer);
		payload.put("iat", now.getEpochSecond());
		payload.put("nbf", Math.min(now.getEpochSecond(), now.plus(validity).getEpochSecond()));
		payload.put("exp", now.plus(validity).getEpochSecond());
		String signingInput = ENCODER.encodeToString(this.mapper.writeValueAsBytes(header)) + "."
				+ ENCODER.encodeToString(this.mapper.writeValueAsBytes(payload));
		return signingInput + "." + ENCODER.encodeToString(sign(signingInput));
	}

	/**
	 * Return the public key that verifies the tokens, for a JSON Web Key Set.
	 * @return the RSA public key
	 */
	public RSAPublicKey publicKey() {
		return (RSAPublicKey) this.keyPair.getPublic();
	}

	private byte[] sign(String signingInput) {
		try {
			Signature signature = Signature.getInstance("SHA256withRSA");
			signature.initSign(this.keyPair.getPrivate());
			signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
			return signature.sign();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Unable to sign the token", ex);
		}
	}

	/**
	 * Check a token.
	 * @param token the compact JWT
	 * @return why the token is rejected, or {@code null} if it is accepted
	 */
	public @Nullable String verify(String token) {
		String[] parts = token.split("\\.", -1);
		if (parts.length != 3) {
			return "The access token is not a JSON Web Token.";
		}
		try {
			JsonNode header = this.mapper.readTree(Base64.getUrlDecoder().decode(parts[0]));
			if (!"RS256".equals(header.path("alg").asString(""))) {
				return "The access token is not signed with RS256.";
			}
			if (!signatureMatches(parts[0] + "." + parts[1], Base64.getUrlDecoder().decode(parts[2]))) {
				return "The access token signature is not valid; it was not issued by this emulator.";
			}
			return checkClaims(this.mapper.readTree(Base64.getUrlDecoder().decode(parts[1])));
		}
		catch (IllegalArgumentException | JacksonException ex) {
			return "The access token is malformed.";
		}
	}

	private boolean signatureMatches(String signingInput, byte[] signatureBytes) {
		try {
			Signature signature = Signature.getInstance("SHA256withRSA");
			signature.initVerify(this.keyPair.getPublic());
			signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
			return signature.verify(signatureBytes);
		}
		catch (GeneralSecurityException ex) {
			return false;
		}
	}

	private @Nullable String checkClaims(JsonNode claims) {
		long now = this.clock.instant().getEpochSecond();
		if (!this.issuer.equals(claims.path("iss").asString(""))) {
			return "The access token was not issued by this emulator.";
		}
		if (!hasEventGridAudience(claims.path("aud"))) {
			return "The access token audience is not '" + AUDIENCE + "'.";
		}
		if (!claims.path("exp").isNumber() || claims.path("exp").asLong() <= now) {
			return "The access token has expired.";
		}
		if (claims.path("nbf").isNumber() && claims.path("nbf").asLong() > now) {
			return "The access token is not valid yet.";
		}
		return null;
	}

	private boolean hasEventGridAudience(JsonNode audience) {
		if (audience.isArray()) {
			for (JsonNode value : audience) {
				if (isEventGridAudience(value.asString(""))) {
					return true;
				}
			}
			return false;
		}
		return isEventGridAudience(audience.asString(""));
	}

	private static boolean isEventGridAudience(String audience) {
		return AUDIENCE.equalsIgnoreCase(audience) || (AUDIENCE + "/").equalsIgnoreCase(audience);
	}

}
