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

import com.azure.core.credential.AzureKeyCredential;
import com.azure.core.credential.AzureSasCredential;
import com.azure.core.credential.TokenCredential;
import reactor.core.publisher.Mono;

import org.springframework.util.Assert;

/**
 * How a publisher authorizes its requests: an access key, a SAS token or an Entra ID
 * token. Implementations are cheap to call per request: they never fetch per request what
 * they can cache.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public interface EventGridCredential {

	/**
	 * The scope of Entra ID tokens for Event Grid.
	 */
	String SCOPE = "https://eventgrid.azure.net/.default";

	/**
	 * Return the header that authorizes the next request.
	 * @return the header, or an error if the credential cannot be used now
	 */
	Mono<CredentialHeader> header();

	/**
	 * Return the secrets this credential currently holds, so that they can be masked in
	 * anything the service echoes back: each as sent, URL-encoded and URL-decoded; for a
	 * SAS token, its signature, so that its resource and expiry stay readable.
	 * @return the secret values, in every form to mask
	 */
	Set<String> secrets();

	/**
	 * Return a short description of the credential kind, safe to log.
	 * @return the description, such as {@code access key}
	 */
	String describe();

	/**
	 * Return the form of this credential for an Event Grid namespace: an access key goes
	 * in {@code Authorization: SharedAccessKey <key>}, as the namespace SDKs send it; SAS
	 * and Entra ID tokens are sent as to a topic.
	 * @return the credential for namespace requests
	 */
	default EventGridCredential forNamespace() {
		return this;
	}

	/**
	 * Create a credential sending an access key in {@code aeg-sas-key}.
	 * @param key the access key, as the portal or CLI shows it
	 * @return the credential
	 * @throws IllegalArgumentException if the key is blank or not base64
	 */
	static EventGridCredential accessKey(String key) {
		String checked = AccessKeyCredential.checkKey(key);
		return new AccessKeyCredential(() -> checked);
	}

	/**
	 * Create a credential sending the current key of an {@link AzureKeyCredential}, which
	 * can be rotated with {@link AzureKeyCredential#update(String)}.
	 * @param key the key credential
	 * @return the credential
	 */
	static EventGridCredential accessKey(AzureKeyCredential key) {
		Assert.notNull(key, "'key' must not be null");
		return new AccessKeyCredential(key::getKey);
	}

	/**
	 * Create a credential sending a SAS token in {@code aeg-sas-token}.
	 * @param token the token, as {@link EventGridSas} generates it
	 * @return the credential
	 * @throws IllegalArgumentException if the token is not of the form
	 * {@code r=...&e=...&s=...}
	 */
	static EventGridCredential sasToken(String token) {
		String checked = SasTokenCredential.checkToken(token);
		return new SasTokenCredential(() -> checked);
	}

	/**
	 * Create a credential sending the current token of an {@link AzureSasCredential},
	 * which can be refreshed with {@link AzureSasCredential#update(String)}.
	 * @param token the SAS credential
	 * @return the credential
	 */
	static EventGridCredential sasToken(AzureSasCredential token) {
		Assert.notNull(token, "'token' must not be null");
		return new SasTokenCredential(token::getSignature);
	}

	/**
	 * Create a credential sending Entra ID tokens for {@link #SCOPE} as
	 * {@code Authorization: Bearer}, cached and refreshed before they expire.
	 * @param credential the token credential, such as {@code DefaultAzureCredential}
	 * @return the credential
	 */
	static EventGridCredential tokenCredential(TokenCredential credential) {
		return new BearerTokenCredential(credential);
	}

}
