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

package dev.eventgrid.spring.autoconfigure.webhook;

import java.util.ArrayList;
import java.util.List;

import dev.eventgrid.spring.autoconfigure.EventGridListenerConfiguration;
import dev.eventgrid.spring.autoconfigure.EventGridListenerProperties;
import dev.eventgrid.spring.autoconfigure.InvalidEventGridConfigurationException;
import dev.eventgrid.spring.listener.EventGridListenerRegistry;
import dev.eventgrid.spring.observation.EventGridListenerObservationConvention;
import dev.eventgrid.spring.webhook.EventGridWebhookHandler;
import dev.eventgrid.spring.webhook.SharedSecretWebhookAuthenticator;
import dev.eventgrid.spring.webhook.WebhookAuthenticator;
import io.micrometer.observation.ObservationRegistry;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * The webhook beans that do not depend on the web stack, imported by the
 * auto-configuration of each stack. The handler is lazy: the routers obtain it on the
 * first request, so that an application whose webhook is never called does not build it.
 *
 * @author Event Grid for Spring Boot team
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ EventGridWebhookProperties.class, EventGridListenerProperties.class })
@Import(EventGridListenerConfiguration.class)
class EventGridWebhookConfiguration {

	private static final String JWT_DECODER = "org.springframework.security.oauth2.jwt.JwtDecoder";

	@Bean
	@ConditionalOnMissingBean(EventGridListenerRegistry.class)
	EventGridListenerRegistry eventGridListenerRegistry(EventGridWebhookProperties properties) {
		WebhookSettingsCheck.checkPath(properties.getPath());
		return new EventGridListenerRegistry(properties.getPath());
	}

	@Bean
	static WebhookStartupChecks eventGridWebhookStartupChecks(ObjectProvider<EventGridWebhookProperties> properties,
			ObjectProvider<EventGridListenerRegistry> registry, ListableBeanFactory beanFactory) {
		return new WebhookStartupChecks(properties, registry, beanFactory);
	}

	@Bean
	@ConditionalOnMissingBean(WebhookAuthenticator.class)
	WebhookAuthenticator eventGridWebhookAuthenticator(EventGridWebhookProperties properties,
			ResourceLoader resourceLoader) {
		List<WebhookAuthenticator> authenticators = new ArrayList<>();
		EventGridWebhookProperties.Secret secret = properties.getSecret();
		if (StringUtils.hasText(secret.getValue())) {
			if (!StringUtils.hasText(secret.getQueryParameter()) && !StringUtils.hasText(secret.getHeader())) {
				throw new InvalidEventGridConfigurationException("eventgrid.webhook.secret.query-parameter",
						"eventgrid.webhook.secret.value is set but neither a query parameter nor a header carries it",
						"Set eventgrid.webhook.secret.query-parameter or eventgrid.webhook.secret.header to say "
								+ "where requests carry the secret.");
			}
			authenticators.add(new SharedSecretWebhookAuthenticator(secret.getValue(), secret.getQueryParameter(),
					secret.getHeader()));
		}
		if (!properties.getEntra().getAudiences().isEmpty()) {
			if (!ClassUtils.isPresent(JWT_DECODER, resourceLoader.getClassLoader())) {
				throw new InvalidEventGridConfigurationException("eventgrid.webhook.entra.audiences",
						"validating Microsoft Entra ID tokens needs Spring Security's JwtDecoder, from "
								+ "spring-security-oauth2-jose, which is not on the classpath",
						"Add org.springframework.security:spring-security-oauth2-jose to the application's "
								+ "dependencies, or remove eventgrid.webhook.entra.audiences.");
			}
			authenticators.add(EntraIdAuthenticatorFactory.create(properties.getEntra()));
		}
		return WebhookAuthenticator.allOf(authenticators);
	}

	@Bean
	@Lazy
	@ConditionalOnMissingBean(EventGridWebhookHandler.class)
	EventGridWebhookHandler eventGridWebhookHandler(EventGridListenerRegistry registry,
			EventGridWebhookProperties properties, EventGridListenerProperties listenerProperties,
			WebhookAuthenticator authenticator, ObjectProvider<JsonMapper> jsonMapper,
			ObjectProvider<ObservationRegistry> observationRegistry,
			ObjectProvider<EventGridListenerObservationConvention> observationConvention) {
		EventGridWebhookHandler handler = new EventGridWebhookHandler(registry,
				jsonMapper.getIfUnique(() -> JsonMapper.builder().build()));
		handler.setAuthenticator(authenticator);
		handler.setValidationMode(properties.getValidation());
		handler.setAllowedOrigins(properties.getAllowedOrigins());
		handler.setMaxRequestSize(Math.toIntExact(properties.getMaxRequestSize().toBytes()));
		handler.setAcceptedContentTypes(properties.getAcceptedContentTypes());
		handler.setBodyTimeout(properties.getBodyTimeout());
		handler.setValidationHosts(properties.getValidationHosts());
		if (StringUtils.hasText(properties.getSecret().getValue())) {
			handler.setSecretQueryParameter(properties.getSecret().getQueryParameter());
		}
		if (listenerProperties.isObservationEnabled()) {
			observationRegistry.ifUnique(handler::setObservationRegistry);
			handler.setObservationConvention(observationConvention.getIfUnique());
		}
		return handler;
	}

}
