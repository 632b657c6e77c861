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

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.eventgrid.spring.core.EventGridOperations;
import dev.eventgrid.spring.core.EventGridTemplate;
import dev.eventgrid.spring.core.ReactiveEventGridOperations;
import dev.eventgrid.spring.core.ReactiveEventGridTemplate;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.analyzer.AbstractInjectionFailureAnalyzer;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Reports a missing Event Grid template when no publisher is configured: the templates
 * are only auto-configured when {@code eventgrid.endpoint} or
 * {@code eventgrid.publishers.<name>.endpoint} is set, so the report names those
 * properties rather than the bean.
 *
 * @author Event Grid for Spring Boot team
 */
class NoEventGridPublisherFailureAnalyzer extends AbstractInjectionFailureAnalyzer<NoSuchBeanDefinitionException>
		implements Ordered {

	private static final List<Class<?>> TEMPLATE_TYPES = List.of(EventGridOperations.class, EventGridTemplate.class,
			ReactiveEventGridOperations.class, ReactiveEventGridTemplate.class, EventGridPublisherFactory.class);

	private static final ConfigurationPropertyName PREFIX = ConfigurationPropertyName.of("eventgrid");

	private final Environment environment;

	NoEventGridPublisherFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	protected @Nullable FailureAnalysis analyze(Throwable rootFailure, NoSuchBeanDefinitionException cause,
			@Nullable String description) {
		Class<?> type = cause.getBeanType();
		if (type == null || !TEMPLATE_TYPES.contains(type) || isPublisherConfigured()) {
			return null;
		}
		String needs = ((description != null) ? description : "A component") + " required a bean of type '"
				+ type.getName() + "'";
		Set<String> set = eventGridProperties();
		String problem = set.isEmpty() ? "no eventgrid.* property is set"
				: "eventgrid.endpoint is not set (the eventgrid.* properties set are " + String.join(", ", set) + ")";
		return new FailureAnalysis(
				needs + ", which is only auto-configured when an Event Grid publisher is " + "configured, but "
						+ problem + ".",
				"Set eventgrid.endpoint to the topic or domain endpoint, such as "
						+ "https://<topic>.<region>-1.eventgrid.azure.net/api/events, with a credential "
						+ "(eventgrid.key, eventgrid.sas-token or eventgrid.credential.*; none for "
						+ "DefaultAzureCredential), or configure named publishers with "
						+ "eventgrid.publishers.<name>.endpoint. In tests, @EventGridEmulatorTest sets them.",
				cause);
	}

	private boolean isPublisherConfigured() {
		Binder binder = Binder.get(this.environment);
		return binder.bind("eventgrid.endpoint", String.class).isBound()
				|| binder.bind("eventgrid.publishers", Bindable.mapOf(String.class, EventGridPublisherProperties.class))
					.isBound();
	}

	private Set<String> eventGridProperties() {
		Set<String> names = new TreeSet<>();
		for (ConfigurationPropertySource source : ConfigurationPropertySources.get(this.environment)) {
			if (source instanceof IterableConfigurationPropertySource iterable) {
				iterable.filter(PREFIX::isAncestorOf).forEach((name) -> names.add(name.toString()));
			}
		}
		return names;
	}

	@Override
	public int getOrder() {
		// Before Spring Boot's report of any missing bean, which does not say which
		// properties make one.
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
