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

import java.time.Duration;
import java.util.List;

import dev.eventgrid.spring.core.EventGridOperations;
import dev.eventgrid.spring.core.EventGridPublisher;
import dev.eventgrid.spring.core.EventGridTemplate;
import dev.eventgrid.spring.core.ReactiveEventGridOperations;
import dev.eventgrid.spring.core.ReactiveEventGridTemplate;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for Event Grid publishing: the
 * publishers the {@code eventgrid.*} properties describe and the templates that send
 * through them. Each piece is a bean that backs off when the application defines its own:
 * the {@link EventGridConnectionDetails}, the {@link EventGridCredentialResolver}, the
 * {@link EventGridPublisherFactory} and the templates.
 * <p>
 * The publishers send through the application's {@code WebClient.Builder} when Spring
 * Boot's WebClient auto-configuration provides one, and otherwise through
 * {@link WebClient#builder()} with the application's {@link ObservationRegistry}, so that
 * each HTTP request is observed either way; the client is built on the first send.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@AutoConfiguration(afterName = { "org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration",
		"org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration" })
@ConditionalOnClass(WebClient.class)
@Conditional(OnEventGridPublishersCondition.class)
@EnableConfigurationProperties(EventGridProperties.class)
public final class EventGridAutoConfiguration {

	/**
	 * Spring Boot's default of {@code spring.lifecycle.timeout-per-shutdown-phase}.
	 */
	private static final Duration DEFAULT_PHASE_TIMEOUT = Duration.ofSeconds(30);

	// Why azure-core is not among the conditions: loading a class from its signed jar
	// takes
	// tens of milliseconds, and publishers with a key or a SAS token never need it.

	@Bean
	@ConditionalOnMissingBean(EventGridConnectionDetails.class)
	PropertiesEventGridConnectionDetails eventGridConnectionDetails(EventGridProperties properties) {
		return new PropertiesEventGridConnectionDetails(properties);
	}

	@Bean
	@ConditionalOnMissingBean(EventGridCredentialResolver.class)
	EventGridCredentialResolver eventGridCredentialResolver(BeanFactory beanFactory) {
		return new EventGridCredentialResolver(beanFactory);
	}

	@Bean
	@ConditionalOnMissingBean(EventGridPublisherFactory.class)
	EventGridPublisherFactory eventGridPublisherFactory(EventGridProperties properties, Environment environment,
			EventGridConnectionDetails connectionDetails, EventGridCredentialResolver credentialResolver,
			ObjectProvider<WebClient.Builder> webClientBuilder, ObjectProvider<ObservationRegistry> observationRegistry,
			ObjectProvider<JsonMapper> jsonMapper, ObjectProvider<EventGridPublisherCustomizer> customizers) {
		return new EventGridPublisherFactory(properties, environment.getProperty("spring.application.name"),
				connectionDetails, credentialResolver,
				() -> webClientBuilder.getIfAvailable(() -> observedBuilder(observationRegistry)).build(),
				jsonMapper.getIfUnique(() -> JsonMapper.builder().build()), customizers.orderedStream().toList());
	}

	@Bean
	@ConditionalOnMissingBean(ReactiveEventGridOperations.class)
	ReactiveEventGridTemplate reactiveEventGridTemplate(EventGridProperties properties,
			EventGridPublisherFactory publisherFactory,
			ObjectProvider<ReactiveEventGridTemplateCustomizer> templateCustomizers) {
		ReactiveEventGridTemplate template = createTemplate(publisherFactory.createPublishers(),
				properties.getDefaultPublisher());
		templateCustomizers.orderedStream().forEach((customizer) -> customizer.customize(template));
		return template;
	}

	@Bean
	EventGridPublishersLifecycle eventGridPublishersLifecycle(ObjectProvider<ReactiveEventGridTemplate> templates,
			Environment environment) {
		Duration phaseTimeout = Binder.get(environment)
			.bind("spring.lifecycle.timeout-per-shutdown-phase", Duration.class)
			.orElse(DEFAULT_PHASE_TIMEOUT);
		return new EventGridPublishersLifecycle(templates, phaseTimeout);
	}

	@Bean
	@ConditionalOnBooleanProperty(name = "eventgrid.warm-up.enabled", matchIfMissing = true)
	EventGridWarmUp eventGridWarmUp(ObjectProvider<ReactiveEventGridTemplate> templates) {
		return new EventGridWarmUp(templates);
	}

	@Bean
	@ConditionalOnMissingBean(EventGridOperations.class)
	EventGridTemplate eventGridTemplate(ReactiveEventGridOperations reactiveEventGridOperations) {
		return new EventGridTemplate(reactiveEventGridOperations);
	}

	private static WebClient.Builder observedBuilder(ObjectProvider<ObservationRegistry> observationRegistry) {
		WebClient.Builder builder = WebClient.builder();
		observationRegistry.ifUnique(builder::observationRegistry);
		return builder;
	}

	private static ReactiveEventGridTemplate createTemplate(List<EventGridPublisher> publishers,
			@Nullable String defaultPublisher) {
		try {
			return new ReactiveEventGridTemplate(publishers, defaultPublisher);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidEventGridConfigurationException("eventgrid.default-publisher",
					String.valueOf(ex.getMessage()), "Set eventgrid.default-publisher to one of the configured "
							+ "publishers, or configure eventgrid.endpoint as the default one.");
		}
	}

}
