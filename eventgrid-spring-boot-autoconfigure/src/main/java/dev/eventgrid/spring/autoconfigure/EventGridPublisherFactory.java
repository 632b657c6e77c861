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

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import dev.eventgrid.spring.core.EventGridPublisher;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Builds the publishers that the {@code eventgrid.*} properties and the connection
 * details describe. A named publisher starts from the settings at {@code eventgrid.*},
 * less their connection, and its own keys are bound over them.
 *
 * @author Event Grid for Spring Boot team
 */
class EventGridPublisherFactory {

	private static final String PREFIX = "eventgrid";

	private final EventGridProperties properties;

	private final EventGridConnectionDetails connectionDetails;

	private final Binder binder;

	private final EventGridCredentialResolver credentials;

	private final WebClient webClient;

	private final JsonMapper jsonMapper;

	private final @Nullable String applicationName;

	private final Consumer<PublisherCustomization> customizers;

	EventGridPublisherFactory(EventGridProperties properties, EventGridConnectionDetails connectionDetails,
			Binder binder, EventGridCredentialResolver credentials, WebClient webClient, JsonMapper jsonMapper,
			@Nullable String applicationName, Consumer<PublisherCustomization> customizers) {
		this.properties = properties;
		this.connectionDetails = connectionDetails;
		this.binder = binder;
		this.credentials = credentials;
		this.webClient = webClient;
		this.jsonMapper = jsonMapper;
		this.applicationName = applicationName;
		this.customizers = customizers;
	}

	List<EventGridPublisher> createPublishers() {
		Set<String> names = new LinkedHashSet<>(
				new PropertiesEventGridConnectionDetails(this.properties).getPublisherNames());
		names.addAll(this.connectionDetails.getPublisherNames());
		if (names.isEmpty()) {
			throw new InvalidEventGridConfigurationException(PREFIX + ".endpoint", "no publisher is configured",
					"Set eventgrid.endpoint (and its key, sas-token or credential), or eventgrid.publishers.<name>.endpoint.");
		}
		List<EventGridPublisher> publishers = new ArrayList<>();
		for (String name : names) {
			publishers.add(createPublisher(name));
		}
		return publishers;
	}

	private EventGridPublisher createPublisher(String name) {
		boolean isDefault = PropertiesEventGridConnectionDetails.DEFAULT_PUBLISHER.equals(name)
				&& !this.properties.getPublishers().containsKey(name);
		String prefix = isDefault ? PREFIX : PREFIX + ".publishers." + name;
		EventGridPublisherProperties own = isDefault ? this.properties : ownProperties(name);
		EventGridPublisherProperties effective = isDefault ? this.properties : effectiveProperties(prefix);
		EventGridConnection connection = connection(name, prefix);
		try {
			EventGridPublisher.Builder builder = EventGridPublisher.builder(connection.endpoint())
				.name(name)
				.credential(this.credentials.resolve(prefix, own, effective, connection))
				.webClient(this.webClient)
				.jsonMapper(this.jsonMapper)
				.allowInsecureEndpoint(this.properties.isAllowInsecureEndpoint());
			applySettings(effective, builder);
			this.customizers.accept(new PublisherCustomization(name, builder));
			return builder.build();
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidEventGridConfigurationException(prefix, String.valueOf(ex.getMessage()),
					"Review the " + prefix + ".* properties: " + ex.getMessage());
		}
	}

	private void applySettings(EventGridPublisherProperties settings, EventGridPublisher.Builder builder) {
		PropertyMapper map = PropertyMapper.get();
		map.from(settings::getSchema).to(builder::schema);
		map.from(settings::getDomainTopic).to(builder::domainTopic);
		map.from(settings::getChannelName).to(builder::channelName);
		map.from(settings.getCloudEvent()::getSource).orFrom(this::defaultSource).to(builder::cloudEventSource);
		map.from(settings.getCloudEvent()::getTypePrefix).to(builder::typePrefix);
		map.from(settings.getBatch()::getMaxRequestSize).to(builder::maxRequestSize);
		map.from(settings.getBatch()::getMaxEventSize).to(builder::maxEventSize);
		map.from(settings.getBatch()::getConcurrency).to(builder::concurrency);
		map.from(settings.getRetry()::getMaxAttempts).to(builder::maxAttempts);
		map.from(settings.getRetry()::getInitialBackoff).to(builder::initialBackoff);
		map.from(settings.getRetry()::getMaxBackoff).to(builder::maxBackoff);
		map.from(settings.getRetry()::getTryTimeout).to(builder::tryTimeout);
		map.from(settings::getTimeout).to(builder::timeout);
	}

	private @Nullable String defaultSource() {
		return (this.applicationName != null) ? "/" + this.applicationName : null;
	}

	private EventGridConnection connection(String name, String prefix) {
		EventGridConnection connection = this.connectionDetails.getConnection(name);
		if (connection == null) {
			connection = new PropertiesEventGridConnectionDetails(this.properties).getConnection(name);
		}
		if (connection == null) {
			throw new InvalidEventGridConfigurationException(prefix + ".endpoint",
					"publisher '" + name + "' has no endpoint",
					"Set " + prefix + ".endpoint to the topic or domain endpoint, such as "
							+ "https://<topic>.<region>-1.eventgrid.azure.net/api/events.");
		}
		return connection;
	}

	private EventGridPublisherProperties ownProperties(String name) {
		EventGridPublisherProperties own = this.properties.getPublishers().get(name);
		return (own != null) ? own : new EventGridPublisherProperties();
	}

	private EventGridPublisherProperties effectiveProperties(String prefix) {
		EventGridPublisherProperties effective = new EventGridPublisherProperties();
		this.binder.bind(PREFIX, Bindable.ofInstance(effective));
		effective.clearConnection();
		this.binder.bind(prefix, Bindable.ofInstance(effective));
		return effective;
	}

	/**
	 * A publisher's name and builder, handed to the customizers.
	 */
	record PublisherCustomization(String name, EventGridPublisher.Builder builder) {

	}

}
