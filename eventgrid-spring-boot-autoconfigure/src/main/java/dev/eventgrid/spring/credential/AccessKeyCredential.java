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

import java.util.Base64;
import java.util.Set;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.util.Assert;

/**
 * Sends a topic access key in the {@code aeg-sas-key} header, or a namespace access key
 * in {@code Authorization: SharedAccessKey <key>}. The key comes from a supplier, so that
 * a key given as a string never loads azure-core, whose signed jar is slow to open, and a
 * rotated {@code AzureKeyCredential} is read on each request.
 *
 * @author Event Grid for Spring Boot team
 */
final class AccessKeyCredential implements EventGridCredential {

	static final String HEADER = "aeg-sas-key";

	static final String NAMESPACE_HEADER = "Authorization";

	static final String NAMESPACE_SCHEME = "SharedAccessKey ";

	private final Supplier<String> key;

	private final boolean namespace;

	AccessKeyCredential(Supplier<String> key) {
		this(key, false);
	}

	private AccessKeyCredential(Supplier<String> key, boolean namespace) {
		Assert.notNull(key, "'key' must not be null");
		this.key = key;
		this.namespace = namespace;
	}

	@Override
	public Mono<CredentialHeader> header() {
		if (this.namespace) {
			return Mono.fromSupplier(() -> new CredentialHeader(NAMESPACE_HEADER, NAMESPACE_SCHEME + this.key.get()));
		}
		return Mono.fromSupplier(() -> new CredentialHeader(HEADER, this.key.get()));
	}

	@Override
	public EventGridCredential forNamespace() {
		return this.namespace ? this : new AccessKeyCredential(this.key, true);
	}

	@Override
	public Set<String> secrets() {
		return SecretForms.of(this.key.get());
	}

	@Override
	public String describe() {
		return "access key";
	}

	@Override
	public String toString() {
		return "AccessKeyCredential[key=***]";
	}

	static String checkKey(@Nullable String key) {
		if (key == null || key.isBlank()) {
			throw new IllegalArgumentException("Event Grid access key must not be blank; copy key1 or key2 of the "
					+ "topic from the portal or 'az eventgrid topic key list'");
		}
		try {
			Base64.getDecoder().decode(key.trim());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("Event Grid access key is not valid base64 (" + key.length()
					+ " characters); copy key1 or key2 exactly as 'az eventgrid topic key list' shows it");
		}
		return key.trim();
	}

}
