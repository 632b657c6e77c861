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

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.azure.core.credential.TokenCredential;
import com.azure.spring.cloud.core.implementation.credential.resolver.AzureTokenCredentialResolver;
import com.azure.spring.cloud.core.implementation.properties.AzureHttpSdkProperties;
import dev.eventgrid.spring.credential.EventGridCredential;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.source.MutuallyExclusiveConfigurationPropertiesException;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;
import org.springframework.util.function.SingletonSupplier;

/**
 * Chooses each publisher's credential, the first that applies: access key, SAS token,
 * {@code credential.*} (resolved with Spring Cloud Azure's token credential resolver), a
 * unique {@link TokenCredential} bean, then {@code DefaultAzureCredential}.
 *
 * @author Event Grid for Spring Boot team
 */
class EventGridCredentialResolver {

	private static final String DEFAULT_CREDENTIAL_BUILDER = "com.azure.identity.DefaultAzureCredentialBuilder";

	private final BeanFactory beanFactory;

	private final ObjectProvider<TokenCredential> tokenCredentials;

	private final Supplier<@Nullable TokenCredential> defaultCredential;

	EventGridCredentialResolver(BeanFactory beanFactory, ObjectProvider<TokenCredential> tokenCredentials,
			@Nullable ClassLoader classLoader) {
		this.beanFactory = beanFactory;
		this.tokenCredentials = tokenCredentials;
		boolean identityPresent = ClassUtils.isPresent(DEFAULT_CREDENTIAL_BUILDER, classLoader);
		this.defaultCredential = SingletonSupplier
			.of(() -> identityPresent ? new com.azure.identity.DefaultAzureCredentialBuilder().build() : null);
	}

	/**
	 * Resolve the credential of a publisher.
	 * @param prefix the publisher's property prefix, such as {@code eventgrid} or
	 * {@code eventgrid.publishers.audit}
	 * @param own the properties set on the publisher itself, to check that it names only
	 * one credential
	 * @param effective the publisher's properties with inherited settings
	 * @param connection the publisher's connection
	 */
	EventGridCredential resolve(String prefix, EventGridPublisherProperties own, EventGridPublisherProperties effective,
			EventGridConnection connection) {
		checkOneCredential(prefix, own);
		if (connection.key() != null) {
			return EventGridCredential.accessKey(connection.key());
		}
		if (connection.sasToken() != null) {
			return EventGridCredential.sasToken(connection.sasToken());
		}
		TokenCredential token = tokenCredential(prefix, effective.getCredential());
		if (token == null) {
			throw new InvalidEventGridConfigurationException(prefix, "publisher has no credential",
					"Set " + prefix + ".key, " + prefix + ".sas-token or " + prefix + ".credential.*, define a "
							+ "TokenCredential bean, or add com.azure:azure-identity to use DefaultAzureCredential.");
		}
		return EventGridCredential.tokenCredential(token);
	}

	private @Nullable TokenCredential tokenCredential(String prefix,
			EventGridPublisherProperties.Credential credential) {
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
		TokenCredential bean = this.tokenCredentials.getIfUnique();
		return (bean != null) ? bean : this.defaultCredential.get();
	}

	private static void checkOneCredential(String prefix, EventGridPublisherProperties own) {
		List<String> configured = new ArrayList<>();
		if (StringUtils.hasText(own.getKey())) {
			configured.add(prefix + ".key");
		}
		if (StringUtils.hasText(own.getSasToken())) {
			configured.add(prefix + ".sas-token");
		}
		if (own.getCredential().isConfigured()) {
			configured.add(prefix + ".credential");
		}
		if (configured.size() > 1) {
			throw new MutuallyExclusiveConfigurationPropertiesException(new java.util.LinkedHashSet<>(configured),
					new java.util.LinkedHashSet<>(
							List.of(prefix + ".key", prefix + ".sas-token", prefix + ".credential")));
		}
	}

	private static AzureHttpSdkProperties azureProperties(EventGridPublisherProperties.Credential credential) {
		AzureHttpSdkProperties properties = new AzureHttpSdkProperties() {
		};
		properties.getCredential().setClientId(credential.getClientId());
		properties.getCredential().setClientSecret(credential.getClientSecret());
		properties.getCredential().setClientCertificatePath(credential.getClientCertificatePath());
		properties.getCredential().setClientCertificatePassword(credential.getClientCertificatePassword());
		properties.getCredential().setManagedIdentityEnabled(credential.isManagedIdentityEnabled());
		properties.getProfile().setTenantId(credential.getTenantId());
		return properties;
	}

}
