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

package dev.eventgrid.spring.autoconfigure;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.azure.core.credential.TokenCredential;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.util.ClassUtils;

/**
 * Finds the Entra ID {@link TokenCredential} of a publisher that has neither a key nor a
 * SAS token: {@code credential.*} through Spring Cloud Azure's credential builders, a
 * unique {@link TokenCredential} bean, then {@code DefaultAzureCredential}. Kept apart
 * from {@link EventGridCredentialResolver} so that only publishers using a token load
 * azure-core, azure-identity and Spring Cloud Azure, whose signed jars take tens of
 * milliseconds to open.
 *
 * @author Event Grid for Spring Boot team
 */
class TokenCredentialResolver {

	private static final String DEFAULT_CREDENTIAL_BUILDER = "com.azure.identity.DefaultAzureCredentialBuilder";

	private final BeanFactory beanFactory;

	private final boolean identityPresent;

	private final TokenCredentialFactory factory;

	private final Map<List<@Nullable String>, TokenCredential> defaultCredentials = new ConcurrentHashMap<>();

	TokenCredentialResolver(BeanFactory beanFactory, @Nullable ClassLoader classLoader) {
		this.beanFactory = beanFactory;
		this.identityPresent = ClassUtils.isPresent(DEFAULT_CREDENTIAL_BUILDER, classLoader);
		this.factory = new TokenCredentialFactory(beanFactory, classLoader);
	}

	/**
	 * Return the token credential of a publisher.
	 * @param prefix the publisher's property prefix
	 * @param credential the publisher's {@code credential.*} settings
	 * @return the credential, or {@code null} if none applies
	 */
	@Nullable TokenCredential resolve(String prefix, EventGridPublisherProperties.Credential credential) {
		if (credential.getTokenCredentialBeanName() != null) {
			return this.beanFactory.getBean(credential.getTokenCredentialBeanName(), TokenCredential.class);
		}
		if (credential.isConfigured()) {
			TokenCredential resolved = this.factory.create(prefix + ".credential", credential);
			if (resolved == null) {
				throw new InvalidEventGridConfigurationException(prefix + ".credential",
						"the credential settings are incomplete",
						"Set " + prefix + ".credential.client-id, client-secret and tenant-id for a client secret; "
								+ "client-id, client-certificate-path and tenant-id for a certificate; or "
								+ "managed-identity-enabled=true (with client-id for a user-assigned identity).");
			}
			return resolved;
		}
		TokenCredential bean = this.beanFactory.getBeanProvider(TokenCredential.class).getIfUnique();
		if (bean != null || !this.identityPresent) {
			return bean;
		}
		// why: one DefaultAzureCredential (and its token cache) per authority and SSL
		// bundle,
		// shared by the publishers that use them.
		List<@Nullable String> key = Arrays.asList(credential.getAuthorityHost(), credential.getSslBundle());
		return this.defaultCredentials.computeIfAbsent(key,
				(settings) -> this.factory.createDefault(prefix + ".credential", credential));
	}

}
