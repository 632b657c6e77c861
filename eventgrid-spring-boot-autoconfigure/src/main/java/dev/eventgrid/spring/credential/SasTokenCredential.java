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

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import dev.eventgrid.spring.EventGridAuthenticationException;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.util.Assert;

/**
 * Sends a SAS token in the {@code aeg-sas-token} header, refusing locally a token whose
 * expiry has passed instead of letting the service answer 401. The token comes from a
 * supplier, so that a token given as a string never loads azure-core, and a refreshed
 * {@code AzureSasCredential} is read on each request.
 *
 * @author Event Grid for Spring Boot team
 */
final class SasTokenCredential implements EventGridCredential {

	static final String HEADER = "aeg-sas-token";

	private static final DateTimeFormatter US_EXPIRY = new DateTimeFormatterBuilder().parseCaseInsensitive()
		.appendPattern("M/d/yyyy h:m:s a")
		.toFormatter(Locale.US);

	private final Supplier<String> token;

	private volatile @Nullable ParsedExpiry parsedExpiry;

	SasTokenCredential(Supplier<String> token) {
		Assert.notNull(token, "'token' must not be null");
		this.token = token;
	}

	@Override
	public Mono<CredentialHeader> header() {
		return Mono.fromSupplier(() -> {
			String signature = this.token.get();
			Instant expiry = expiryOf(signature);
			if (expiry != null && !expiry.isAfter(Instant.now())) {
				throw new EventGridAuthenticationException("SAS token expired at " + expiry
						+ "; generate a new one with EventGridSas.generateSas(...) or update the AzureSasCredential",
						null);
			}
			return new CredentialHeader(HEADER, signature);
		});
	}

	/**
	 * Return the expiry of the current token, read once per token rather than per
	 * request.
	 * @param signature the current token, as the supplier gave it
	 * @return the expiry, or {@code null} if it cannot be read
	 */
	private @Nullable Instant expiryOf(String signature) {
		ParsedExpiry parsed = this.parsedExpiry;
		if (parsed == null || !parsed.signature().equals(signature)) {
			parsed = new ParsedExpiry(signature, expiry(signature));
			this.parsedExpiry = parsed;
		}
		return parsed.expiry();
	}

	@Override
	public Set<String> secrets() {
		String token = this.token.get();
		String signature = parts(token).get("s");
		Set<String> secrets = new LinkedHashSet<>(SecretForms.of(token));
		if (signature != null) {
			secrets.addAll(SecretForms.of(signature));
		}
		return secrets;
	}

	@Override
	public String describe() {
		return "SAS token";
	}

	@Override
	public String toString() {
		return "SasTokenCredential[token=***]";
	}

	static String checkToken(@Nullable String token) {
		if (token == null || token.isBlank()) {
			throw new IllegalArgumentException(
					"Event Grid SAS token must not be blank; generate one with EventGridSas.generateSas(...)");
		}
		Map<String, String> parts = parts(token);
		if (!parts.containsKey("r") || !parts.containsKey("e") || !parts.containsKey("s")) {
			throw new IllegalArgumentException("Event Grid SAS token is malformed: expected "
					+ "r=<resource>&e=<expiry>&s=<signature>; generate one with EventGridSas.generateSas(...) "
					+ "(an access key goes in 'key', not 'sas-token')");
		}
		return token.trim();
	}

	/**
	 * Return the expiry of a token, read in the forms the Java, Python and .NET
	 * generators write, or {@code null} if it cannot be read; the service then decides.
	 * @param token the SAS token
	 * @return the expiry, or {@code null} if it cannot be read
	 */
	static @Nullable Instant expiry(String token) {
		String text = parts(token).get("e");
		if (text == null) {
			return null;
		}
		String decoded = URLDecoder.decode(text, StandardCharsets.UTF_8).trim();
		try {
			return LocalDateTime.parse(decoded, US_EXPIRY).toInstant(ZoneOffset.UTC);
		}
		catch (DateTimeParseException ex) {
			// not the Java or .NET form
		}
		try {
			return OffsetDateTime.parse(decoded.replace(' ', 'T')).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static Map<String, String> parts(String token) {
		Map<String, String> parts = new HashMap<>();
		for (String part : token.trim().split("&")) {
			int equals = part.indexOf('=');
			if (equals > 0) {
				parts.put(part.substring(0, equals), part.substring(equals + 1));
			}
		}
		return parts;
	}

	private record ParsedExpiry(String signature, @Nullable Instant expiry) {

		@Override
		public String toString() {
			return "ParsedExpiry[expiry=" + this.expiry + "]";
		}

	}

}
