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

import java.util.Set;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.SimpleTokenCache;
import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import dev.eventgrid.spring.EventGridAuthenticationException;
import reactor.core.publisher.Mono;

import org.springframework.util.Assert;

/**
 * Sends an Entra ID token for {@link EventGridCredential#SCOPE} as
 * {@code Authorization: Bearer}. Tokens come from azure-core's {@link SimpleTokenCache},
 * which keeps one token, refreshes it before it expires and collapses concurrent
 * refreshes into one call to the credential.
 *
 * @author Event Grid for Spring Boot team
 */
final class BearerTokenCredential implements EventGridCredential {

	static final String HEADER = "Authorization";

	private final TokenCredential credential;

	private final SimpleTokenCache cache;

	private volatile String lastToken = "";

	BearerTokenCredential(TokenCredential credential) {
		Assert.notNull(credential, "'credential' must not be null");
		this.credential = credential;
		TokenRequestContext context = new TokenRequestContext().addScopes(SCOPE);
		this.cache = new SimpleTokenCache(() -> fetch(context));
	}

	private Mono<AccessToken> fetch(TokenRequestContext context) {
		return Mono.defer(() -> this.credential.getToken(context))
			.switchIfEmpty(Mono.error(() -> new IllegalStateException("the credential returned no token")))
			.onErrorMap((ex) -> !(ex instanceof EventGridAuthenticationException),
					(ex) -> new EventGridAuthenticationException("Could not get an Entra ID token for scope " + SCOPE
							+ " from " + this.credential.getClass().getSimpleName() + ": " + ex.getMessage(), ex));
	}

	@Override
	public Mono<CredentialHeader> header() {
		return this.cache.getToken().map((token) -> {
			this.lastToken = token.getToken();
			return new CredentialHeader(HEADER, "Bearer " + token.getToken());
		});
	}

	@Override
	public Set<String> secrets() {
		return SecretForms.of(this.lastToken);
	}

	@Override
	public String describe() {
		return "token credential (" + this.credential.getClass().getSimpleName() + ")";
	}

	@Override
	public String toString() {
		return "BearerTokenCredential[credential=" + this.credential.getClass().getSimpleName() + "]";
	}

}
