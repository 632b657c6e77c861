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

package dev.eventgrid.spring.test;

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.spring.autoconfigure.EventGridAutoConfiguration;
import dev.eventgrid.spring.autoconfigure.EventGridPublisherCustomizer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.ssl.SslBundleRegistrar;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslStoreBundle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * {@link EnableAutoConfiguration Auto-configuration} of an embedded Event Grid emulator
 * for tests, imported by {@link AutoConfigureEventGridEmulator}.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@AutoConfiguration(before = EventGridAutoConfiguration.class)
public final class EventGridEmulatorAutoConfiguration {

	/**
	 * The name of the SSL bundle that trusts the emulator's certificate, for clients of
	 * the application's own that call the emulator over HTTPS.
	 */
	public static final String SSL_BUNDLE = "eventgrid-emulator";

	static final String HTTPS_PROPERTY = "eventgrid.emulator.https";

	@Bean
	EmulatedTopics eventGridEmulatedTopics(Environment environment) {
		return EmulatedTopics.from(Binder.get(environment));
	}

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	EventGridEmulator eventGridEmulator(EmulatedTopics topics) {
		return topics.start();
	}

	@Bean
	EmulatorEventGridConnectionDetails eventGridConnectionDetails(EventGridEmulator eventGridEmulator,
			EmulatedTopics topics, Environment environment) {
		return new EmulatorEventGridConnectionDetails(eventGridEmulator, topics.byPublisher(),
				topics.namespaceTopicByPublisher().keySet(),
				environment.getProperty(HTTPS_PROPERTY, Boolean.class, false));
	}

	@Bean
	static EmulatedReceivers eventGridEmulatedReceivers(ObjectProvider<EventGridEmulator> eventGridEmulator) {
		return new EmulatedReceivers(eventGridEmulator::getObject);
	}

	@Bean
	SslBundleRegistrar eventGridEmulatorSslBundle(EventGridEmulator eventGridEmulator) {
		return (registry) -> registry.registerBundle(SSL_BUNDLE,
				SslBundle.of(SslStoreBundle.of(null, null, eventGridEmulator.trustStore())));
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "reactor.netty.http.client.HttpClient")
	@ConditionalOnBooleanProperty(HTTPS_PROPERTY)
	static class HttpsConfiguration {

		@Bean
		EventGridPublisherCustomizer eventGridEmulatorTrust(EventGridEmulator eventGridEmulator,
				ObjectProvider<WebClient.Builder> webClientBuilder) {
			return (name,
					builder) -> builder.webClient(() -> webClientBuilder.getIfAvailable(WebClient::builder)
						.clientConnector(EmulatorTrust.connector(eventGridEmulator))
						.build());
		}

	}

}
