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

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a certificate client assertion (RFC 7523) as Entra ID does: an RS256 JWT signed
 * with the key of one of the application's registered certificates (chosen by its
 * {@code x5t} or {@code x5t#S256} thumbprint when given), issued by and about the client,
 * for the token endpoint, and within its validity period.
 *
 * @author Event Grid for Spring Boot team
 */
final class ClientAssertionVerifier {

	static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

	private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private final JsonMapper mapper;

	ClientAssertionVerifier(JsonMapper mapper) {
		this.mapper = mapper;
	}

	/**
	 * Check an assertion.
	 * @param assertion the compact JWT
	 * @param clientId the {@code client_id} of the request
	 * @param certificates the application's registered certificates
	 * @param tokenEndpoint the URL the assertion must be meant for
	 * @param now the current time
	 * @throws OAuthError if the assertion is refused
	 */
	void verify(String assertion, String clientId, List<X509Certificate> certificates, String tokenEndpoint,
			Instant now) {
		String[] parts = assertion.split("\\.", -1);
		if (parts.length != 3) {
			throw malformed("The client assertion is not a JSON Web Token.");
		}
		JsonNode header = json(parts[0]);
		if (!"RS256".equals(header.path("alg").asString(""))) {
			throw malformed(
					"The client assertion must be signed with RS256, not '" + header.path("alg").asString("") + "'.");
		}
		if (signer(header, parts, clientId, certificates) == null) {
			throw OAuthError.invalidClient(700027, "Client assertion failed signature validation.");
		}
		checkClaims(json(parts[1]), clientId, tokenEndpoint, now);
	}

	private @Nullable X509Certificate signer(JsonNode header, String[] parts, String clientId,
			List<X509Certificate> certificates) {
		List<X509Certificate> candidates = candidates(header, certificates);
		if (candidates.isEmpty()) {
			throw OAuthError.invalidClient(700027,
					"The certificate with identifier used to sign the client "
							+ "assertion is not registered on application. [Reason - The key was not found., "
							+ "Please visit the Azure Portal to register the certificate of app '" + clientId + "'.]");
		}
		byte[] signingInput = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
		byte[] signature = decode(parts[2]);
		for (X509Certificate certificate : candidates) {
			if (verifies(certificate, signingInput, signature)) {
				return certificate;
			}
		}
		return null;
	}

	private static List<X509Certificate> candidates(JsonNode header, List<X509Certificate> certificates) {
		byte[] sha1 = thumbprint(header.path("x5t").asString(""));
		byte[] sha256 = thumbprint(header.path("x5t#S256").asString(""));
		if (sha1.length == 0 && sha256.length == 0) {
			return certificates;
		}
		List<X509Certificate> matching = new ArrayList<>();
		for (X509Certificate certificate : certificates) {
			if (MessageDigest.isEqual(sha1, digest(certificate, "SHA-1"))
					|| MessageDigest.isEqual(sha256, digest(certificate, "SHA-256"))) {
				matching.add(certificate);
			}
		}
		return matching;
	}

	// why: RFC 7515 says base64url, but MSAL4J sends the thumbprints in standard Base64
	// with padding, which Entra ID accepts too.
	private static byte[] thumbprint(String encoded) {
		try {
			return DECODER.decode(encoded.replace('+', '-').replace('/', '_').replace("=", ""));
		}
		catch (IllegalArgumentException ex) {
			return new byte[0];
		}
	}

	private void checkClaims(JsonNode claims, String clientId, String tokenEndpoint, Instant now) {
		if (!clientId.equals(claims.path("iss").asString("")) || !clientId.equals(claims.path("sub").asString(""))) {
			throw OAuthError.invalidClient(700021,
					"Client assertion application identifier doesn't match 'client_id' parameter. Review the "
							+ "documentation at https://learn.microsoft.com/entra/identity-platform/certificate-credentials.");
		}
		String audience = claims.path("aud").asString("");
		if (!audience.toLowerCase(Locale.ROOT).equals(tokenEndpoint.toLowerCase(Locale.ROOT))) {
			throw malformed("The client assertion audience '" + audience + "' is not the token endpoint '"
					+ tokenEndpoint + "'.");
		}
		long seconds = now.getEpochSecond();
		if (!claims.path("exp").isNumber() || claims.path("exp").asLong() + CLOCK_SKEW.toSeconds() < seconds
				|| (claims.path("nbf").isNumber() && claims.path("nbf").asLong() - CLOCK_SKEW.toSeconds() > seconds)) {
			throw OAuthError.invalidClient(700024, "Client assertion is not within its valid time range.");
		}
	}

	private static boolean verifies(X509Certificate certificate, byte[] signingInput, byte[] signatureBytes) {
		try {
			Signature signature = Signature.getInstance("SHA256withRSA");
			signature.initVerify(certificate.getPublicKey());
			signature.update(signingInput);
			return signature.verify(signatureBytes);
		}
		catch (GeneralSecurityException ex) {
			return false;
		}
	}

	private static byte[] digest(X509Certificate certificate, String algorithm) {
		try {
			return MessageDigest.getInstance(algorithm).digest(certificate.getEncoded());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Unable to compute the certificate thumbprint", ex);
		}
	}

	private JsonNode json(String part) {
		try {
			JsonNode node = this.mapper.readTree(decode(part));
			if (node == null || !node.isObject()) {
				throw malformed("The client assertion is not a JSON Web Token.");
			}
			return node;
		}
		catch (JacksonException ex) {
			throw malformed("The client assertion is not a JSON Web Token.");
		}
	}

	private static byte[] decode(String part) {
		try {
			return DECODER.decode(part);
		}
		catch (IllegalArgumentException ex) {
			throw malformed("The client assertion is not a JSON Web Token.");
		}
	}

	private static OAuthError malformed(String description) {
		return OAuthError.invalidClient(50027, "JWT token is invalid or malformed. " + description);
	}

}
