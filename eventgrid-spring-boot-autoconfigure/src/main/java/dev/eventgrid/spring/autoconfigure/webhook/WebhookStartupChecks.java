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

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import dev.eventgrid.spring.autoconfigure.InvalidEventGridConfigurationException;
import dev.eventgrid.spring.event.EventSchema;
import dev.eventgrid.spring.listener.EventGridListenerEndpoint;
import dev.eventgrid.spring.listener.EventGridListenerRegistry;
import dev.eventgrid.spring.webhook.WebhookAuthenticator;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.util.StringUtils;

/**
 * Checks the webhook settings and listeners once every singleton, and so every listener,
 * exists, and logs each path with the listener methods it serves: a setting or a set of
 * listeners that could only fail deliveries stops the startup instead. A webhook without
 * listeners serves no path, so nothing is checked or logged (nor loaded) for an
 * application that only publishes.
 *
 * @author Event Grid for Spring Boot team
 */
class WebhookStartupChecks implements SmartInitializingSingleton {

	static final String AUTO_CONFIGURED_AUTHENTICATOR = "eventGridWebhookAuthenticator";

	private static final Log logger = LogFactory.getLog("dev.eventgrid.spring.webhook");

	private final ObjectProvider<EventGridWebhookProperties> properties;

	private final ObjectProvider<EventGridListenerRegistry> registry;

	private final ListableBeanFactory beanFactory;

	WebhookStartupChecks(ObjectProvider<EventGridWebhookProperties> properties,
			ObjectProvider<EventGridListenerRegistry> registry, ListableBeanFactory beanFactory) {
		this.properties = properties;
		this.registry = registry;
		this.beanFactory = beanFactory;
	}

	@Override
	public void afterSingletonsInstantiated() {
		EventGridListenerRegistry registry = this.registry.getIfAvailable();
		if (registry == null || registry.getPaths().isEmpty()) {
			return;
		}
		List<String> paths = registry.getPaths().stream().sorted().toList();
		EventGridWebhookProperties properties = this.properties.getIfAvailable();
		if (properties != null) {
			WebhookSettingsCheck.check(properties);
		}
		paths.forEach((path) -> checkSchemas(path, registry.getEndpoints(path)));
		if (properties != null && !isAuthenticated(properties)) {
			logger.warn("No authentication protects the Event Grid webhook paths " + String.join(", ", paths)
					+ ": anyone who can reach them can deliver events. Set eventgrid.webhook.secret.value (with "
					+ "eventgrid.webhook.secret.header) or eventgrid.webhook.entra.audiences.");
		}
		if (logger.isInfoEnabled()) {
			paths.forEach((path) -> logger.info(describe(path, registry.getEndpoints(path))));
		}
	}

	private static String describe(String path, List<EventGridListenerEndpoint> endpoints) {
		return "Event Grid webhook " + path + " delivers to "
				+ endpoints.stream().map(EventGridListenerEndpoint::getId).sorted().collect(Collectors.joining(", "));
	}

	/**
	 * Return whether requests are authenticated: by the properties, or by an
	 * authenticator of the application's own.
	 * @param properties the properties
	 * @return whether they are
	 */
	private boolean isAuthenticated(EventGridWebhookProperties properties) {
		if (StringUtils.hasText(properties.getSecret().getValue()) || !properties.getEntra().getAudiences().isEmpty()) {
			return true;
		}
		String[] authenticators = this.beanFactory.getBeanNamesForType(WebhookAuthenticator.class, false, false);
		return !Arrays.equals(authenticators, new String[] { AUTO_CONFIGURED_AUTHENTICATOR });
	}

	/**
	 * Refuse a path whose listeners take events of both schemas: a subscription delivers
	 * one schema, so one of them would refuse every delivery.
	 * @param path the path
	 * @param endpoints its listeners
	 */
	private static void checkSchemas(String path, List<EventGridListenerEndpoint> endpoints) {
		List<EventGridListenerEndpoint> typed = endpoints.stream()
			.filter((endpoint) -> endpoint.schema() != null)
			.toList();
		for (EventGridListenerEndpoint other : typed) {
			EventGridListenerEndpoint first = typed.get(0);
			if (!Objects.equals(other.schema(), first.schema())) {
				throw new InvalidEventGridConfigurationException("@EventGridListener(path = \"" + path + "\")",
						"listener " + describe(first) + " takes " + name(first.schema()) + " but listener "
								+ describe(other) + " takes " + name(other.schema())
								+ " on the same path; a subscription delivers one schema, so one of them would "
								+ "refuse every delivery",
						"Give the listeners of each schema their own path with @EventGridListener(path = ...), and "
								+ "point the subscription of each delivery schema at its path.");
			}
		}
	}

	private static String describe(EventGridListenerEndpoint endpoint) {
		Method method = endpoint.getMethod();
		return method.getDeclaringClass().getName() + "#" + method.getName();
	}

	private static String name(@Nullable EventSchema schema) {
		return (schema == EventSchema.CLOUD_EVENT) ? "CloudEvents" : "EventGridEvents";
	}

}
