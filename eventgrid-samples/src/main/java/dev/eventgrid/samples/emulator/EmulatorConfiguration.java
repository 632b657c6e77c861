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

package dev.eventgrid.samples.emulator;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.azure.core.credential.TokenCredential;
import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.identity.EntraDirectory;
import dev.eventgrid.emulator.model.InputSchema;
import dev.eventgrid.emulator.namespace.EmulatedNamespace;
import dev.eventgrid.emulator.namespace.NamespaceDefinition;
import dev.eventgrid.emulator.namespace.NamespaceSubscription;
import dev.eventgrid.samples.EventGridEndpointCondition;
import dev.eventgrid.samples.SampleOutput;
import dev.eventgrid.samples.SampleTarget;
import dev.eventgrid.spring.autoconfigure.EventGridConnection;
import dev.eventgrid.spring.autoconfigure.EventGridConnectionDetails;
import dev.eventgrid.spring.credential.EventGridCredential;
import dev.eventgrid.spring.credential.EventGridSas;
import dev.eventgrid.spring.namespace.EventGridReceivers;
import dev.eventgrid.spring.namespace.ReactiveEventGridReceiver;

import org.springframework.boot.autoconfigure.ssl.SslBundleRegistrar;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslStoreBundle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Starts an Event Grid emulator in-process when no endpoint is configured, and connects
 * every publisher of {@code application.yml} to one of its topics: through an
 * {@link EventGridConnectionDetails} bean, which takes the place of the endpoints and
 * keys the properties would give. Its Microsoft Entra ID authority knows the application
 * whose client secret {@link EmulatorIdentityEnvironmentPostProcessor} configures for the
 * {@code secret} publisher, and the {@code eventgrid-emulator} SSL bundle trusts its
 * certificate.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EventGridEndpointCondition.Absent.class)
public class EmulatorConfiguration {

	/**
	 * The emulator topic of each publisher, by publisher name.
	 */
	static final Map<String, String> TOPICS = topics();

	/**
	 * The emulator's namespace.
	 */
	static final String NAMESPACE = "contoso";

	/**
	 * The topic of the emulator's namespace.
	 */

	static final String NAMESPACE_TOPIC = "orders";

	/**
	 * The queue subscription of the emulator's namespace topic, and its receiver's name.
	 */
	static final String NAMESPACE_SUBSCRIPTION = "workers";

	/**
	 * The subscription of the namespace-dead-letter sample, and its receiver's name: an
	 * event is dead-lettered after its third delivery.
	 */
	static final String DEAD_LETTER_SUBSCRIPTION = "invoicing";

	/**
	 * The subscription the two consumers of the namespace-competing-consumers sample
	 * share, and its receiver's name.
	 */
	static final String SHARED_SUBSCRIPTION = "labelling";

	private static final String EVENT_TYPE_PREFIX = "com.contoso.orders.";

	@Bean
	EventGridEmulator eventGridEmulator(Environment environment) {
		return EventGridEmulator.builder()
			.httpsPort(environment.getProperty(EmulatorIdentityEnvironmentPostProcessor.HTTPS_PORT, Integer.class, 0))
			.identities(identities(environment))
			.topic(topic("default"), InputSchema.CLOUD_EVENT_V1_0)
			.topic(topic("eg"), InputSchema.EVENT_GRID_EVENT)
			.topic(topic("custom"), InputSchema.CUSTOM)
			.domain(topic("domain"), InputSchema.EVENT_GRID_EVENT)
			.domain(topic("clouddomain"), InputSchema.CLOUD_EVENT_V1_0)
			.topic(topic("sas"), InputSchema.CLOUD_EVENT_V1_0)
			.topic(topic("token"), InputSchema.CLOUD_EVENT_V1_0)
			.topic(topic("secret"), InputSchema.CLOUD_EVENT_V1_0)
			// The emulator has no partner namespaces: a CloudEvents topic records the
			// aeg-channel-name header instead.
			.topic(topic("partner"), InputSchema.CLOUD_EVENT_V1_0)
			// An Event Grid namespace: the namespace samples publish to its topic and
			// read
			// its queue subscriptions, each filtered to the events of its sample.
			.namespace(NamespaceDefinition.named(NAMESPACE)
				.topic(NAMESPACE_TOPIC,
						NamespaceSubscription.named(NAMESPACE_SUBSCRIPTION)
							.includedEventTypes(List.of(EVENT_TYPE_PREFIX + "OrderPacked")),
						NamespaceSubscription.named(DEAD_LETTER_SUBSCRIPTION)
							.maxDeliveryCount(3)
							.includedEventTypes(List.of(EVENT_TYPE_PREFIX + "OrderInvoiced")),
						NamespaceSubscription.named(SHARED_SUBSCRIPTION)
							.includedEventTypes(List.of(EVENT_TYPE_PREFIX + "ParcelLabelled"))))
			.start();
	}

	@Bean
	EventGridConnectionDetails emulatorConnectionDetails(EventGridEmulator emulator) {
		Map<String, EventGridConnection> connections = new LinkedHashMap<>();
		TOPICS.forEach((publisher, topic) -> {
			String endpoint = emulator.httpEndpoint(topic);
			connections.put(publisher, switch (publisher) {
				// A SAS token, as EventGridSas generates it from one of the topic's keys.
				case "sas" -> new EventGridConnection(endpoint, null,
						EventGridSas.generateSas(endpoint, emulator.key(topic), OffsetDateTime.now().plusHours(1)));
				// No key and no SAS token: the publisher uses the TokenCredential bean,
				// or
				// (secret) its eventgrid.publishers.secret.credential.* settings.
				case "token", "secret" -> new EventGridConnection(endpoint, null, null);
				default -> new EventGridConnection(endpoint, emulator.key(topic), null);
			});
		});
		EmulatedNamespace namespace = emulator.namespace(NAMESPACE);
		connections.put("namespace", new EventGridConnection(namespace.httpEndpoint(), namespace.key(), null));
		return new EmulatorConnectionDetails(connections);
	}

	@Bean
	EventGridReceivers emulatorReceivers(EventGridEmulator emulator) {
		EmulatedNamespace namespace = emulator.namespace(NAMESPACE);
		return new EventGridReceivers(List.of(receiver(namespace, NAMESPACE_SUBSCRIPTION),
				receiver(namespace, DEAD_LETTER_SUBSCRIPTION), receiver(namespace, SHARED_SUBSCRIPTION)));
	}

	private static ReactiveEventGridReceiver receiver(EmulatedNamespace namespace, String subscription) {
		return ReactiveEventGridReceiver.builder(namespace.httpEndpoint())
			.name(subscription)
			.topic(NAMESPACE_TOPIC)
			.subscription(subscription)
			.credential(EventGridCredential.accessKey(namespace.key()))
			.build();
	}

	@Bean
	SslBundleRegistrar emulatorSslBundle(EventGridEmulator emulator) {
		return (registry) -> registry.registerBundle(EmulatorIdentityEnvironmentPostProcessor.SSL_BUNDLE,
				SslBundle.of(SslStoreBundle.of(null, null, emulator.trustStore())));
	}

	@Bean
	TokenCredential emulatorTokenCredential(EventGridEmulator emulator) {
		return new EmulatorTokenCredential(emulator);
	}

	@Bean
	SampleTarget emulatorSampleTarget(EventGridEmulator emulator, SampleOutput output) {
		return new EmulatorSampleTarget(emulator, output);
	}

	/**
	 * Return the emulator topic (or domain) that a publisher of {@code application.yml}
	 * sends to, for the samples that subscribe to it.
	 * @param publisher the publisher name, such as {@code default} or {@code eg}
	 * @return the topic name
	 * @throws IllegalArgumentException if no publisher has that name
	 */
	public static String topic(String publisher) {
		String topic = TOPICS.get(publisher);
		if (topic == null) {
			throw new IllegalArgumentException("No publisher named '" + publisher + "'");
		}
		return topic;
	}

	private static EntraDirectory identities(Environment environment) {
		String clientId = environment.getProperty("eventgrid.publishers.secret.credential.client-id");
		String secret = environment.getProperty("eventgrid.publishers.secret.credential.client-secret");
		return (clientId != null && secret != null) ? EntraDirectory.create().clientSecret(clientId, secret)
				: EntraDirectory.create();
	}

	private static Map<String, String> topics() {
		Map<String, String> topics = new LinkedHashMap<>();
		topics.put("default", "cloud-events");
		topics.put("eg", "eventgrid-events");
		topics.put("custom", "custom-events");
		topics.put("domain", "eventgrid-domain");
		topics.put("clouddomain", "cloud-events-domain");
		topics.put("sas", "sas-topic");
		topics.put("token", "token-topic");
		topics.put("secret", "secret-topic");
		topics.put("partner", "partner-topic");
		return topics;
	}

}
