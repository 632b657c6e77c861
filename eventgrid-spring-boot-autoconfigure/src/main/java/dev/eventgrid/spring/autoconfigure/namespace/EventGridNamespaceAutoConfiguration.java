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

package dev.eventgrid.spring.autoconfigure.namespace;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import dev.eventgrid.spring.autoconfigure.EventGridConnection;
import dev.eventgrid.spring.autoconfigure.EventGridCredentialResolver;
import dev.eventgrid.spring.autoconfigure.EventGridListenerConfiguration;
import dev.eventgrid.spring.autoconfigure.EventGridListenerMethodFactoryCustomizer;
import dev.eventgrid.spring.autoconfigure.EventGridListenerProperties;
import dev.eventgrid.spring.autoconfigure.EventGridProperties;
import dev.eventgrid.spring.autoconfigure.EventGridPublisherProperties;
import dev.eventgrid.spring.autoconfigure.InvalidEventGridConfigurationException;
import dev.eventgrid.spring.autoconfigure.UndetectedListenerCheck;
import dev.eventgrid.spring.listener.EventGridListenerErrorHandler;
import dev.eventgrid.spring.listener.EventGridListenerMethodFactory;
import dev.eventgrid.spring.namespace.EventGridAcknowledgementArgumentResolver;
import dev.eventgrid.spring.namespace.EventGridPullListener;
import dev.eventgrid.spring.namespace.EventGridPullListenerAnnotationBeanPostProcessor;
import dev.eventgrid.spring.namespace.EventGridPullListenerRegistry;
import dev.eventgrid.spring.namespace.EventGridReceivers;
import dev.eventgrid.spring.namespace.ReactiveEventGridReceiver;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.MutuallyExclusiveConfigurationPropertiesException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.util.StringUtils;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for receiving from Event Grid
 * namespaces by pull delivery: the {@link EventGridReceivers} that the
 * {@code eventgrid.receivers.<name>.*} properties describe, each with its credential
 * chosen as a publisher's is, and the {@link EventGridPullListenerRegistry} of the
 * containers of {@code @EventGridPullListener} methods. The post-processor that finds
 * those methods is defined also without receivers when a bean definition shows them, so
 * that a listener method fails the startup instead of being ignored; an application with
 * neither receivers nor pull listeners pays for none of these beans.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.2.0
 */
@AutoConfiguration(afterName = { "org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration",
		"org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
		"dev.eventgrid.spring.autoconfigure.EventGridAutoConfiguration" })
@ConditionalOnClass(WebClient.class)
public final class EventGridNamespaceAutoConfiguration {

	/**
	 * The post-processor of {@code @EventGridPullListener} methods, when receivers are
	 * configured or defined or a bean definition shows such methods: without receivers, a
	 * listener method then fails the startup naming the receiver it needs.
	 */
	@Configuration(proxyBeanMethods = false)
	@Conditional(OnPullListenersCondition.class)
	static class PullListenerConfiguration {

		@Bean
		static EventGridPullListenerAnnotationBeanPostProcessor eventGridPullListenerAnnotationBeanPostProcessor(
				ObjectProvider<EventGridPullListenerRegistry> registry, ObjectProvider<EventGridReceivers> receivers,
				ObjectProvider<EventGridListenerMethodFactory> methodFactory,
				ObjectProvider<EventGridListenerErrorHandler> errorHandler,
				ObjectProvider<EventGridListenerProperties> listenerProperties,
				ObjectProvider<ObservationRegistry> observationRegistry) {
			return new EventGridPullListenerAnnotationBeanPostProcessor(registry::getObject, receivers::getIfAvailable,
					methodFactory::getObject, errorHandler::getIfUnique,
					() -> listenerProperties.getObject().isObservationEnabled() ? observationRegistry.getIfUnique()
							: null);
		}

	}

	/**
	 * Without the post-processor of pull listeners, a listener method that the bean
	 * definitions did not show stops the startup rather than being ignored.
	 */
	@Configuration(proxyBeanMethods = false)
	static class UndetectedPullListenersConfiguration {

		@Bean
		static UndetectedListenerCheck eventGridUndetectedPullListenerCheck() {
			return new UndetectedListenerCheck(EventGridPullListener.class,
					EventGridPullListenerAnnotationBeanPostProcessor.class,
					"configure the receiver it names under eventgrid.receivers.<name>");
		}

	}

	/**
	 * The beans of the listener containers, when receivers are configured or the
	 * application defines its own {@link EventGridReceivers}.
	 */
	@Configuration(proxyBeanMethods = false)
	@Conditional(OnReceiversPresentCondition.class)
	@EnableConfigurationProperties(EventGridListenerProperties.class)
	@Import(EventGridListenerConfiguration.class)
	static class ListenerContainersConfiguration {

		@Bean
		EventGridListenerMethodFactoryCustomizer eventGridAcknowledgementArgumentResolverCustomizer() {
			return (factory) -> factory.addArgumentResolver(new EventGridAcknowledgementArgumentResolver());
		}

		@Bean
		@ConditionalOnMissingBean(EventGridPullListenerRegistry.class)
		EventGridPullListenerRegistry eventGridPullListenerRegistry() {
			return new EventGridPullListenerRegistry();
		}

	}

	/**
	 * The receivers, when they are configured.
	 */
	@Configuration(proxyBeanMethods = false)
	@Conditional(OnEventGridReceiversCondition.class)
	@EnableConfigurationProperties({ EventGridNamespaceProperties.class, EventGridProperties.class })
	static class ReceiversConfiguration {

		@Bean
		@ConditionalOnMissingBean(EventGridCredentialResolver.class)
		EventGridCredentialResolver eventGridCredentialResolver(BeanFactory beanFactory) {
			return new EventGridCredentialResolver(beanFactory);
		}

		@Bean
		@ConditionalOnMissingBean(EventGridReceivers.class)
		EventGridReceivers eventGridReceivers(EventGridNamespaceProperties properties, EventGridProperties eventGrid,
				EventGridCredentialResolver credentialResolver, ObjectProvider<WebClient.Builder> webClientBuilder,
				ObjectProvider<ObservationRegistry> observationRegistry, ObjectProvider<JsonMapper> jsonMapper) {
			Supplier<WebClient> webClient = SingletonSupplier
				.of(() -> webClientBuilder.getIfAvailable(() -> observedBuilder(observationRegistry)).build());
			JsonMapper mapper = jsonMapper.getIfUnique(() -> JsonMapper.builder().build());
			List<ReactiveEventGridReceiver> receivers = new ArrayList<>();
			for (Map.Entry<String, EventGridReceiverProperties> entry : properties.getReceivers().entrySet()) {
				receivers.add(receiver(entry.getKey(), entry.getValue(), eventGrid.isAllowInsecureEndpoint(),
						credentialResolver, webClient, mapper));
			}
			return new EventGridReceivers(receivers);
		}

		private static ReactiveEventGridReceiver receiver(String name, EventGridReceiverProperties properties,
				boolean allowInsecureEndpoint, EventGridCredentialResolver credentialResolver,
				Supplier<WebClient> webClient, JsonMapper jsonMapper) {
			String prefix = "eventgrid.receivers." + name;
			checkOneCredential(prefix, properties);
			String endpoint = properties.getEndpoint();
			if (!StringUtils.hasText(endpoint)) {
				throw new InvalidEventGridConfigurationException(prefix + ".endpoint",
						"receiver '" + name + "' has no endpoint", "Set " + prefix
								+ ".endpoint to the namespace endpoint, such as https://<namespace>.<region>-1.eventgrid.azure.net.");
			}
			String topic = required(prefix, "topic", properties.getTopic(), "the namespace topic, such as orders");
			String subscription = required(prefix, "subscription", properties.getSubscription(),
					"the topic's event subscription, in queue mode");
			try {
				EventGridConnection connection = new EventGridConnection(endpoint, properties.getKey(),
						properties.getSasToken());
				return ReactiveEventGridReceiver.builder(endpoint)
					.name(name)
					.topic(topic)
					.subscription(subscription)
					.credential(credentialResolver.resolve(prefix, connection, properties.getCredential()))
					.webClient(webClient)
					.jsonMapper(jsonMapper)
					.allowInsecureEndpoint(allowInsecureEndpoint)
					.build();
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidEventGridConfigurationException(prefix, String.valueOf(ex.getMessage()),
						"Review the " + prefix + ".* properties: " + ex.getMessage());
			}
		}

		private static String required(String prefix, String property, @Nullable String value, String what) {
			if (!StringUtils.hasText(value)) {
				throw new InvalidEventGridConfigurationException(prefix + "." + property, "receiver has no " + property,
						"Set " + prefix + "." + property + " to " + what + ".");
			}
			return value;
		}

		private static void checkOneCredential(String prefix, EventGridReceiverProperties properties) {
			List<String> configured = new ArrayList<>();
			if (StringUtils.hasText(properties.getKey())) {
				configured.add(prefix + ".key");
			}
			if (StringUtils.hasText(properties.getSasToken())) {
				configured.add(prefix + ".sas-token");
			}
			EventGridPublisherProperties.Credential credential = properties.getCredential();
			if (credential.getClientId() != null || credential.getClientSecret() != null
					|| credential.getClientCertificatePath() != null
					|| Boolean.TRUE.equals(credential.getManagedIdentityEnabled())
					|| credential.getTokenCredentialBeanName() != null) {
				configured.add(prefix + ".credential");
			}
			if (configured.size() > 1) {
				throw new MutuallyExclusiveConfigurationPropertiesException(new LinkedHashSet<>(configured),
						new LinkedHashSet<>(List.of(prefix + ".key", prefix + ".sas-token", prefix + ".credential")));
			}
		}

		private static WebClient.Builder observedBuilder(ObjectProvider<ObservationRegistry> observationRegistry) {
			WebClient.Builder builder = WebClient.builder();
			observationRegistry.ifUnique(builder::observationRegistry);
			return builder;
		}

	}

}
