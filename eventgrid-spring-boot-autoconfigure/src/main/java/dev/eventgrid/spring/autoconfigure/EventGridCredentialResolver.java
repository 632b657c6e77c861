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

import java.util.function.Supplier;

import com.azure.core.credential.TokenCredential;
import dev.eventgrid.spring.credential.EventGridCredential;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.util.ClassUtils;
import org.springframework.util.function.SingletonSupplier;

/**
 * Chooses each publisher's credential, the first that applies: access key, SAS token,
 * {@code credential.*} (resolved with Spring Cloud Azure's token credential resolver), a
 * unique {@link TokenCredential} bean, then {@code DefaultAzureCredential}. Keys and SAS
 * tokens load no class of azure-core: the token credentials are left to a
 * {@link TokenCredentialResolver} created for the first publisher that needs one. Define
 * a bean of this type to choose credentials another way.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public class EventGridCredentialResolver {

	private static final String TOKEN_CREDENTIAL = "com.azure.core.credential.TokenCredential";

	private final @Nullable ClassLoader classLoader;

	private final Supplier<TokenCredentialResolver> tokenCredentials;

	/**
	 * Create a resolver that tells whether azure-core and azure-identity are present with
	 * the bean factory's class loader.
	 * @param beanFactory where {@link TokenCredential} beans are looked up
	 * @since 0.2.0
	 */
	public EventGridCredentialResolver(BeanFactory beanFactory) {
		this(beanFactory, (beanFactory instanceof ConfigurableBeanFactory configurable)
				? configurable.getBeanClassLoader() : null);
	}

	/**
	 * Create a resolver.
	 * @param beanFactory where {@link TokenCredential} beans are looked up
	 * @param classLoader the class loader that tells whether azure-core and
	 * azure-identity are present
	 */
	public EventGridCredentialResolver(BeanFactory beanFactory, @Nullable ClassLoader classLoader) {
		this.classLoader = classLoader;
		this.tokenCredentials = SingletonSupplier.of(() -> new TokenCredentialResolver(beanFactory, classLoader));
	}

	/**
	 * Resolve the credential of a publisher.
	 * @param prefix the publisher's property prefix, such as {@code eventgrid} or
	 * {@code eventgrid.publishers.audit}
	 * @param connection the publisher's connection, with its key or SAS token if any
	 * @param credential the publisher's Microsoft Entra ID settings, its own or inherited
	 * @return the credential
	 * @throws InvalidEventGridConfigurationException if no credential applies
	 */
	public EventGridCredential resolve(String prefix, EventGridConnection connection,
			EventGridPublisherProperties.Credential credential) {
		if (connection.key() != null) {
			return EventGridCredential.accessKey(connection.key());
		}
		if (connection.sasToken() != null) {
			return EventGridCredential.sasToken(connection.sasToken());
		}
		if (!ClassUtils.isPresent(TOKEN_CREDENTIAL, this.classLoader)) {
			throw new InvalidEventGridConfigurationException(prefix + ".key", "the publisher has no key or SAS token",
					"Set " + prefix + ".key or " + prefix + ".sas-token, or add com.azure:azure-core (and "
							+ "com.azure:azure-identity) to authenticate with Microsoft Entra ID.");
		}
		TokenCredential token = this.tokenCredentials.get().resolve(prefix, credential);
		if (token == null) {
			throw new InvalidEventGridConfigurationException(prefix + ".key",
					"the publisher has no key, SAS token or credential.*, there is no unique TokenCredential bean, "
							+ "and azure-identity (for DefaultAzureCredential) is not on the classpath",
					"Set " + prefix + ".key, " + prefix + ".sas-token or " + prefix + ".credential.*, define a "
							+ "TokenCredential bean, or add com.azure:azure-identity to use DefaultAzureCredential.");
		}
		return EventGridCredential.tokenCredential(token);
	}

}
