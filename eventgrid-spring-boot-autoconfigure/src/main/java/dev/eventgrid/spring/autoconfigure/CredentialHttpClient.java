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

import javax.net.ssl.SSLException;

import com.azure.core.http.HttpClient;
import com.azure.core.http.netty.NettyAsyncHttpClientBuilder;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.ssl.NoSuchSslBundleException;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;

/**
 * Creates the azure-core HTTP client of token requests from a Spring Boot SSL bundle: a
 * Reactor Netty client with the bundle's trust (and key) managers, wrapped in
 * azure-core's Netty client.
 *
 * @author Event Grid for Spring Boot team
 */
final class CredentialHttpClient {

	private CredentialHttpClient() {
	}

	/**
	 * Create a client trusting what an SSL bundle trusts.
	 * @param beanFactory where the {@link SslBundles} bean is
	 * @param property the property that names the bundle, for error messages
	 * @param name the bundle name
	 * @return the client
	 */
	static HttpClient create(BeanFactory beanFactory, String property, String name) {
		SslBundle bundle = bundle(beanFactory, property, name);
		try {
			SslContextBuilder ssl = SslContextBuilder.forClient()
				.trustManager(bundle.getManagers().getTrustManagerFactory());
			if (bundle.getStores().getKeyStore() != null) {
				ssl.keyManager(bundle.getManagers().getKeyManagerFactory());
			}
			SslContext context = ssl.build();
			return new NettyAsyncHttpClientBuilder(
					reactor.netty.http.client.HttpClient.create().secure((spec) -> spec.sslContext(context)))
				.build();
		}
		catch (SSLException ex) {
			throw new InvalidEventGridConfigurationException(property,
					"SSL bundle '" + name + "' cannot make a TLS client context: " + ex.getMessage(),
					"Check the trust store of spring.ssl.bundle.*." + name + ".");
		}
	}

	private static SslBundle bundle(BeanFactory beanFactory, String property, String name) {
		SslBundles bundles = beanFactory.getBeanProvider(SslBundles.class).getIfAvailable();
		if (bundles == null) {
			throw new InvalidEventGridConfigurationException(property, "there are no SSL bundles",
					"Define the bundle under spring.ssl.bundle.pem." + name + " or spring.ssl.bundle.jks." + name
							+ " (Spring Boot's SslAutoConfiguration), or remove " + property + ".");
		}
		try {
			return bundles.getBundle(name);
		}
		catch (NoSuchSslBundleException ex) {
			throw new InvalidEventGridConfigurationException(property, "there is no SSL bundle named '" + name + "'",
					"Define it under spring.ssl.bundle.pem." + name + " (for example truststore.certificate "
							+ "with the emulator's certificate file), or fix " + property + ".");
		}
	}

}
