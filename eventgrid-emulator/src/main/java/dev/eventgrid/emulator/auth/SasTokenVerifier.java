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

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * Verifies SAS tokens ({@code r=<resource>&e=<expiry>&s=<signature>}) independently of
 * any generator. The HMAC-SHA256 is recomputed over the literal text before {@code &s=}
 * as received, because generators encode differently (upper or lower-case hex, {@code +}
 * or {@code %20}); the key is the base64-decoded access key.
 *
 * @author Event Grid for Spring Boot team
 */
final class SasTokenVerifier {

	private static final String FORMAT_MESSAGE = "Invalid key in aeg-sas-token. Valid format "
			+ ":r=UrlEncodedResource&e=UrlEncodedUtcExpiration&s=UrlEncodedSignature. Input sas string: ";

	private SasTokenVerifier() {
	}

	static AuthResult verify(String method, String token, List<String> keys, String requestUrl, Instant now) {
		int signatureStart = token.lastIndexOf("&s=");
		if (signatureStart < 0) {
			return AuthResult.malformed(method, FORMAT_MESSAGE + "[redacted, " + token.length() + " characters]");
		}
		String signed = token.substring(0, signatureStart);
		String malformedMessage = FORMAT_MESSAGE + signed + "&s=[redacted]";
		String resource = decode(parameter(signed, "r"));
		String expiryText = decode(parameter(signed, "e"));
		byte[] signature = decodeSignature(token.substring(signatureStart + 3));
		Instant expiry = (expiryText != null) ? SasExpiry.parse(expiryText) : null;
		if (resource == null || resource.isEmpty() || expiry == null || signature == null) {
			return AuthResult.malformed(method, malformedMessage);
		}
		String resourceWithoutQuery = stripQuery(resource);
		if (!requestUrl.toLowerCase(Locale.ROOT).startsWith(resourceWithoutQuery.toLowerCase(Locale.ROOT))) {
			return AuthResult.unauthorized(method, "The SAS token was signed for the resource '" + resourceWithoutQuery
					+ "', which does not cover '" + requestUrl + "'.");
		}
		if (!signatureMatches(signed, signature, keys)) {
			return AuthResult.unauthorized(method,
					"The SAS token signature does not match either access key of this resource.");
		}
		if (!expiry.isAfter(now)) {
			return AuthResult.unauthorized(method, "The SAS token expired at " + expiry + ".");
		}
		return AuthResult.authenticated(method);
	}

	private static @Nullable String parameter(String signed, String name) {
		for (String pair : signed.split("&")) {
			if (pair.startsWith(name + "=")) {
				return pair.substring(name.length() + 1);
			}
		}
		return null;
	}

	private static @Nullable String decode(@Nullable String encoded) {
		if (encoded == null) {
			return null;
		}
		try {
			return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static byte @Nullable [] decodeSignature(String encoded) {
		String decoded = decode(encoded);
		if (decoded == null || decoded.isEmpty() || decoded.length() % 4 != 0) {
			// Padded base64 only, as the service's decoder takes it: Java's would also
			// take a signature cut short of its '='.
			return null;
		}
		try {
			return Base64.getDecoder().decode(decoded.replace(' ', '+'));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String stripQuery(String resource) {
		int query = resource.indexOf('?');
		return (query >= 0) ? resource.substring(0, query) : resource;
	}

	private static boolean signatureMatches(String signed, byte[] signature, List<String> keys) {
		byte[] message = signed.getBytes(StandardCharsets.UTF_8);
		for (String key : keys) {
			byte[] expected = hmac(key, message);
			if (expected != null && MessageDigest.isEqual(expected, signature)) {
				return true;
			}
		}
		return false;
	}

	private static byte @Nullable [] hmac(String key, byte[] message) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(Base64.getDecoder().decode(key), "HmacSHA256"));
			return mac.doFinal(message);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

}
