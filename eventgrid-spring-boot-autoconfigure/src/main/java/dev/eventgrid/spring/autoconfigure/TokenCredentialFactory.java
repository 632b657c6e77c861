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

import java.net.URI;
import java.util.Locale;
import java.util.Set;

import com.azure.core.credential.TokenCredential;
import com.azure.core.util.Configuration;
import com.azure.identity.AadCredentialBuilderBase;
import com.azure.identity.ClientCertificateCredentialBuilder;
import com.azure.identity.CredentialBuilderBase;
import com.azure.identity.DefaultAzureCredentialBuilder;
import com.azure.identity.ManagedIdentityCredentialBuilder;
import com.azure.spring.cloud.core.implementation.factory.credential.AbstractAzureCredentialBuilderFactory;
import com.azure.spring.cloud.core.implementation.factory.credential.ClientCertificateCredentialBuilderFactory;
import com.azure.spring.cloud.core.implementation.factory.credential.ClientSecretCredentialBuilderFactory;
import com.azure.spring.cloud.core.implementation.factory.credential.ManagedIdentityCredentialBuilderFactory;
import com.azure.spring.cloud.core.implementation.properties.AzureHttpSdkProperties;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * Builds the azure-identity credentials of {@code credential.*} with Spring Cloud Azure's
 * credential builder factories, choosing the kind as its token credential resolver does
 * (client secret, client certificate, then managed identity), and
 * {@code DefaultAzureCredential}. Both honour {@code authority-host}, with instance
 * discovery off for authorities that are not Microsoft's, and {@code ssl-bundle}.
 *
 * @author Event Grid for Spring Boot team
 */
class TokenCredentialFactory {

	// why: MSAL validates any other authority by asking login.microsoftonline.com's
	// instance
	// discovery, which refuses hosts it does not know (and cannot be reached offline), so
	// a
	// private or local authority only works with instance discovery turned off.
	private static final Set<String> MICROSOFT_AUTHORITY_HOSTS = Set.of("login.microsoftonline.com",
			"login.microsoft.com", "login.windows.net", "sts.windows.net", "login.chinacloudapi.cn",
			"login-us.microsoftonline.com", "login.microsoftonline.de", "login.microsoftonline.us");

	private static final String NETTY_HTTP_CLIENT = "com.azure.core.http.netty.NettyAsyncHttpClientBuilder";

	private final BeanFactory beanFactory;

	private final @Nullable ClassLoader classLoader;

	TokenCredentialFactory(BeanFactory beanFactory, @Nullable ClassLoader classLoader) {
		this.beanFactory = beanFactory;
		this.classLoader = classLoader;
	}

	/**
	 * Build the credential that {@code credential.*} describes.
	 * @param prefix the property prefix of the settings, for error messages
	 * @param credential the settings
	 * @return the credential, or {@code null} if the settings describe none
	 */
	@Nullable TokenCredential create(String prefix, EventGridPublisherProperties.Credential credential) {
		AzureHttpSdkProperties properties = azureProperties(credential);
		String tenantId = credential.getTenantId();
		String clientId = credential.getClientId();
		String path = credential.getClientCertificatePath();
		if (StringUtils.hasText(tenantId) && StringUtils.hasText(clientId)
				&& StringUtils.hasText(credential.getClientSecret())) {
			return customized(prefix, credential, new ClientSecretCredentialBuilderFactory(properties)).build()
				.clientId(clientId)
				.clientSecret(credential.getClientSecret())
				.tenantId(tenantId)
				.build();
		}
		if (StringUtils.hasText(tenantId) && StringUtils.hasText(path)) {
			ClientCertificateCredentialBuilder builder = customized(prefix, credential,
					new ClientCertificateCredentialBuilderFactory(properties))
				.build()
				.tenantId(tenantId)
				.clientId(clientId);
			String password = credential.getClientCertificatePassword();
			return (StringUtils.hasText(password) ? builder.pfxCertificate(path).clientCertificatePassword(password)
					: builder.pemCertificate(path))
				.build();
		}
		if (Boolean.TRUE.equals(credential.getManagedIdentityEnabled())) {
			ManagedIdentityCredentialBuilder builder = customized(prefix, credential,
					new ManagedIdentityCredentialBuilderFactory(properties))
				.build();
			return (StringUtils.hasText(clientId) ? builder.clientId(clientId) : builder).build();
		}
		return null;
	}

	/**
	 * Build a {@code DefaultAzureCredential}, which reads its settings from the
	 * environment, for a publisher's {@code authority-host} and {@code ssl-bundle}.
	 * @param prefix the property prefix of the settings, for error messages
	 * @param credential the settings
	 * @return the credential
	 */
	TokenCredential createDefault(String prefix, EventGridPublisherProperties.Credential credential) {
		DefaultAzureCredentialBuilder builder = new DefaultAzureCredentialBuilder();
		String authorityHost = credential.getAuthorityHost();
		if (authorityHost != null) {
			builder.authorityHost(authorityHost);
		}
		else {
			authorityHost = Configuration.getGlobalConfiguration().get(Configuration.PROPERTY_AZURE_AUTHORITY_HOST);
		}
		if (!isMicrosoftAuthority(authorityHost)) {
			builder.disableInstanceDiscovery();
		}
		applySslBundle(prefix, credential, builder);
		return builder.build();
	}

	private <B extends CredentialBuilderBase<B>, F extends AbstractAzureCredentialBuilderFactory<B>> F customized(
			String prefix, EventGridPublisherProperties.Credential credential, F factory) {
		factory.addBuilderCustomizer((builder) -> {
			if (builder instanceof AadCredentialBuilderBase<?> aad
					&& !isMicrosoftAuthority(credential.getAuthorityHost())) {
				aad.disableInstanceDiscovery();
			}
			applySslBundle(prefix, credential, builder);
		});
		return factory;
	}

	private void applySslBundle(String prefix, EventGridPublisherProperties.Credential credential,
			CredentialBuilderBase<?> builder) {
		String sslBundle = credential.getSslBundle();
		if (sslBundle == null) {
			return;
		}
		if (!ClassUtils.isPresent(NETTY_HTTP_CLIENT, this.classLoader)) {
			throw new InvalidEventGridConfigurationException(prefix + ".ssl-bundle",
					"the token requests can only use an SSL bundle with azure-core's Netty HTTP client",
					"Add com.azure:azure-core-http-netty, or make the JVM trust the authority's certificate "
							+ "(javax.net.ssl.trustStore) and remove " + prefix + ".ssl-bundle.");
		}
		builder.httpClient(CredentialHttpClient.create(this.beanFactory, prefix + ".ssl-bundle", sslBundle));
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
		if (credential.getAuthorityHost() != null) {
			properties.getProfile().getEnvironment().setActiveDirectoryEndpoint(credential.getAuthorityHost());
		}
		return properties;
	}

	/**
	 * Return whether instance discovery can validate an authority: it is one of Microsoft
	 * Entra ID's cloud hosts, or none is set (the public cloud).
	 * @param authorityHost the authority host, such as {@code https://localhost:7443/}
	 * @return whether the host is Microsoft's
	 */
	static boolean isMicrosoftAuthority(@Nullable String authorityHost) {
		if (!StringUtils.hasText(authorityHost)) {
			return true;
		}
		String host = URI.create(authorityHost.trim()).getHost();
		return host != null && MICROSOFT_AUTHORITY_HOSTS.contains(host.toLowerCase(Locale.ROOT));
	}

}
