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

import com.azure.core.credential.TokenCredential;
import com.azure.spring.cloud.core.implementation.credential.resolver.AzureTokenCredentialResolver;
import com.azure.spring.cloud.core.implementation.properties.AzureHttpSdkProperties;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.util.ClassUtils;
import org.springframework.util.function.SingletonSupplier;

/**
 * Finds the Entra ID {@link TokenCredential} of a publisher that has neither a key nor a
 * SAS token: {@code credential.*} through Spring Cloud Azure's resolver, a unique
 * {@link TokenCredential} bean, then {@code DefaultAzureCredential}. Kept apart from
 * {@link EventGridCredentialResolver} so that only publishers using a token load
 * azure-core, azure-identity and Spring Cloud Azure, whose signed jars take tens of
 * milliseconds to open.
 *
 * @author Event Grid for Spring Boot team
 */
class TokenCredentialResolver {

	private static final String DEFAULT_CREDENTIAL_BUILDER = "com.azure.identity.DefaultAzureCredentialBuilder";

	private final BeanFactory beanFactory;

	private final boolean identityPresent;

	private final SingletonSupplier<TokenCredential> defaultCredential = SingletonSupplier
		.of(() -> new com.azure.identity.DefaultAzureCredentialBuilder().build());

	TokenCredentialResolver(BeanFactory beanFactory, @Nullable ClassLoader classLoader) {
		this.beanFactory = beanFactory;
		this.identityPresent = ClassUtils.isPresent(DEFAULT_CREDENTIAL_BUILDER, classLoader);
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
			TokenCredential resolved = new AzureTokenCredentialResolver().resolve(azureProperties(credential));
			if (resolved == null) {
				throw new InvalidEventGridConfigurationException(prefix + ".credential",
						"the credential settings are incomplete",
						"Set client-id, client-secret and tenant-id for a client secret; client-id, "
								+ "client-certificate-path and tenant-id for a certificate; or "
								+ "managed-identity-enabled=true (with client-id for a user-assigned identity).");
			}
			return resolved;
		}
		TokenCredential bean = this.beanFactory.getBeanProvider(TokenCredential.class).getIfUnique();
		return (bean != null) ? bean : (this.identityPresent ? this.defaultCredential.obtain() : null);
	}

	private static AzureHttpSdkProperties azureProperties(EventGridPublisherProperties.Credential credential) {
		AzureHttpSdkProperties properties = new AzureHttpSdkProperties() {
		};
		properties.getCredential().setClientId(credential.getClientId());
		properties.getCredential().setClientSecret(credential.getClientSecret());
		properties.getCredential().setClientCertificatePath(credential.getClientCertificatePath());
		properties.getCredential().setClientCertificatePassword(credential.getClientCertificatePassword());
		properties.getCredential()
			.setManagedIdentityEnabled(Boolean.TRUE.equals(credential.getManagedIdentityEnabled()));
		properties.getProfile().setTenantId(credential.getTenantId());
		return properties;
	}

}
