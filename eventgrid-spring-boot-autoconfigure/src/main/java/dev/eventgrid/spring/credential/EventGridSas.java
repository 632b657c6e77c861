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

package dev.eventgrid.spring.credential;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * Generates shared access signatures for publishing to a topic or domain. A token is
 * {@code r=<resource>&e=<expiry>&s=<signature>}, equal to the Azure SDK for Java's for
 * the same inputs when the SDK runs in an English locale. Ours is the same whatever the
 * JVM's default locale and time zone; the SDK writes the expiry's AM/PM marker in the
 * default locale, where the service expects .NET's en-US form.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public final class EventGridSas {

	/**
	 * The api-version signed into tokens unless another is given.
	 */
	public static final String DEFAULT_API_VERSION = "2018-01-01";

	private static final DateTimeFormatter EXPIRY_FORMAT = DateTimeFormatter.ofPattern("M/d/yyyy h:m:s a", Locale.US);

	private static final String HMAC = "HmacSHA256";

	private EventGridSas() {
	}

	/**
	 * Generate a SAS token for an endpoint, signed with the default api-version.
	 * @param endpoint the topic or domain endpoint, such as
	 * {@code https://orders.westus2-1.eventgrid.azure.net/api/events}
	 * @param key one of the topic's access keys (base64)
	 * @param expiresOn when the token expires; must be in the future
	 * @return the token, for the {@code aeg-sas-token} header
	 * @throws IllegalArgumentException if an argument is missing or invalid
	 */
	public static String generateSas(String endpoint, String key, OffsetDateTime expiresOn) {
		return generateSas(endpoint, key, expiresOn, DEFAULT_API_VERSION);
	}

	/**
	 * Generate a SAS token for an endpoint, signed with the given api-version.
	 * @param endpoint the topic or domain endpoint
	 * @param key one of the topic's access keys (base64)
	 * @param expiresOn when the token expires; must be in the future
	 * @param apiVersion the api-version appended to the signed resource
	 * @return the token, for the {@code aeg-sas-token} header
	 * @throws IllegalArgumentException if an argument is missing or invalid
	 */
	public static String generateSas(String endpoint, String key, OffsetDateTime expiresOn, String apiVersion) {
		checkEndpoint(endpoint);
		byte[] keyBytes = decodeKey(key);
		checkExpiry(expiresOn);
		if (apiVersion == null || apiVersion.isBlank()) {
			throw new IllegalArgumentException("SAS api-version must not be blank; use " + DEFAULT_API_VERSION);
		}
		String resource = encode(endpoint + "?api-version=" + apiVersion);
		String expiry = encode(expiresOn.atZoneSameInstant(ZoneOffset.UTC).format(EXPIRY_FORMAT));
		String unsigned = "r=" + resource + "&e=" + expiry;
		return unsigned + "&s=" + encode(sign(unsigned, keyBytes));
	}

	private static void checkEndpoint(@Nullable String endpoint) {
		if (endpoint == null || endpoint.isBlank()) {
			throw new IllegalArgumentException("SAS endpoint must not be blank; give the topic endpoint, such as "
					+ "https://<topic>.<region>-1.eventgrid.azure.net/api/events");
		}
		try {
			// java.net.URL, as the Azure SDK uses: lenient about characters it will
			// encode.
			URL url = new URL(endpoint);
			String scheme = url.getProtocol();
			if (url.getHost().isEmpty() || !("https".equals(scheme) || "http".equals(scheme))) {
				throw new IllegalArgumentException("SAS endpoint '" + endpoint
						+ "' is not an absolute http(s) URL; give the topic endpoint, such as "
						+ "https://<topic>.<region>-1.eventgrid.azure.net/api/events");
			}
		}
		catch (MalformedURLException ex) {
			throw new IllegalArgumentException("SAS endpoint '" + endpoint + "' is not an absolute http(s) URL: "
					+ ex.getMessage() + "; give the topic endpoint, such as "
					+ "https://<topic>.<region>-1.eventgrid.azure.net/api/events", ex);
		}
	}

	private static byte[] decodeKey(@Nullable String key) {
		if (key == null || key.isBlank()) {
			throw new IllegalArgumentException("SAS key must not be blank; give one of the topic's access keys");
		}
		try {
			byte[] bytes = Base64.getDecoder().decode(key.trim());
			if (bytes.length == 0) {
				throw new IllegalArgumentException("decodes to no bytes");
			}
			return bytes;
		}
		catch (IllegalArgumentException ex) {
			// The message names the problem, never the key.
			throw new IllegalArgumentException("SAS key is not valid base64 (" + key.length()
					+ " characters); give an access key exactly as the portal or CLI shows it", null);
		}
	}

	private static void checkExpiry(@Nullable OffsetDateTime expiresOn) {
		if (expiresOn == null) {
			throw new IllegalArgumentException("SAS expiry must not be null");
		}
		if (!expiresOn.isAfter(OffsetDateTime.now())) {
			throw new IllegalArgumentException(
					"SAS expiry " + expiresOn + " is not in the future; a token that has expired is refused");
		}
	}

	private static String sign(String unsigned, byte[] key) {
		try {
			Mac mac = Mac.getInstance(HMAC);
			mac.init(new SecretKeySpec(key, HMAC));
			return Base64.getEncoder().encodeToString(mac.doFinal(unsigned.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available in this JVM", ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
