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

package dev.eventgrid.spring.webhook;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.util.Assert;

/**
 * Lets a request through when its {@code Authorization: Bearer} token is accepted by a
 * Spring Security {@link JwtDecoder}: the way Event Grid authenticates to webhooks
 * protected by Microsoft Entra ID. The decoder checks the signature, expiry, issuer and
 * audience; {@link #entraId(String, Collection, Collection)} builds one for a tenant.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public final class BearerTokenWebhookAuthenticator implements WebhookAuthenticator {

	private static final String PREFIX = "bearer ";

	private static final String CHALLENGE = "Bearer";

	private final JwtDecoder decoder;

	/**
	 * Create an authenticator.
	 * @param decoder the decoder that validates tokens
	 */
	public BearerTokenWebhookAuthenticator(JwtDecoder decoder) {
		Assert.notNull(decoder, "'decoder' must not be null");
		this.decoder = decoder;
	}

	/**
	 * Create an authenticator for tokens signed with the keys of a JWK set, such as
	 * {@code https://login.microsoftonline.com/<tenant>/discovery/v2.0/keys}, fetched
	 * when first needed and cached.
	 * @param jwkSetUri where the signing keys are published
	 * @param issuers the accepted {@code iss} values
	 * @param audiences the accepted {@code aud} values, any one of which a token must
	 * carry
	 * @return the authenticator
	 */
	public static BearerTokenWebhookAuthenticator entraId(String jwkSetUri, Collection<String> issuers,
			Collection<String> audiences) {
		Assert.hasText(jwkSetUri, "'jwkSetUri' must not be empty");
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwkSetUri).build();
		decoder.setJwtValidator(validator(issuers, audiences));
		return new BearerTokenWebhookAuthenticator(decoder);
	}

	/**
	 * Return a validator of expiry, issuer and audience.
	 * @param issuers the accepted {@code iss} values
	 * @param audiences the accepted {@code aud} values, any one of which a token must
	 * carry
	 * @return the validator
	 */
	public static OAuth2TokenValidator<Jwt> validator(Collection<String> issuers, Collection<String> audiences) {
		Assert.notEmpty(issuers, "'issuers' must not be empty");
		Assert.notEmpty(audiences, "'audiences' must not be empty");
		Set<String> acceptedIssuers = Set.copyOf(issuers);
		Set<String> acceptedAudiences = Set.copyOf(audiences);
		JwtClaimValidator<@Nullable Object> issuer = new JwtClaimValidator<>(JwtClaimNames.ISS,
				(value) -> value != null && acceptedIssuers.contains(value.toString()));
		JwtClaimValidator<@Nullable Collection<?>> audience = new JwtClaimValidator<>(JwtClaimNames.AUD,
				(value) -> value != null && value.stream().anyMatch((aud) -> acceptedAudiences.contains(aud)));
		return new DelegatingOAuth2TokenValidator<>(List.of(new JwtTimestampValidator(), issuer, audience));
	}

	@Override
	public void authenticate(WebhookRequest request) {
		String authorization = request.headers().getFirst(HttpHeaders.AUTHORIZATION);
		if (authorization == null || !authorization.toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
			throw new WebhookAuthenticationException("No bearer token", CHALLENGE, null);
		}
		try {
			this.decoder.decode(authorization.substring(PREFIX.length()).trim());
		}
		catch (JwtException ex) {
			throw new WebhookAuthenticationException("Bearer token refused: " + ex.getMessage(),
					CHALLENGE + " error=\"invalid_token\"", ex);
		}
	}

	@Override
	public String toString() {
		return "BearerTokenWebhookAuthenticator[" + this.decoder.getClass().getSimpleName() + "]";
	}

}
