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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import dev.eventgrid.spring.core.EventGridPublisher;
import dev.eventgrid.spring.credential.EventGridCredential;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.Assert;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Creates the publishers that the {@code eventgrid.*} properties and the
 * {@link EventGridConnectionDetails} describe: the connection from the details, the
 * settings from the properties (a named publisher inherits those at {@code eventgrid.*}
 * that it does not set), the credential from an {@link EventGridCredentialResolver}, then
 * the {@link EventGridPublisherCustomizer customizers}. The auto-configured template
 * sends through the publishers of the {@code eventGridPublisherFactory} bean; define a
 * bean of this type to replace it.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public class EventGridPublisherFactory {

	private static final Log logger = LogFactory.getLog(EventGridPublisherFactory.class);

	private final EventGridProperties properties;

	private final EventGridPropertiesMapper mapper;

	private final EventGridConnectionDetails connectionDetails;

	private final EventGridCredentialResolver credentialResolver;

	private final Supplier<WebClient> webClient;

	private final JsonMapper jsonMapper;

	private final List<EventGridPublisherCustomizer> customizers;

	/**
	 * Create a factory.
	 * @param properties the {@code eventgrid.*} properties
	 * @param applicationName the application's name, whose {@code /<name>} is the default
	 * source of the CloudEvents that {@code convertAndSend} wraps, or {@code null}
	 * @param connectionDetails where each publisher sends and its secret
	 * @param credentialResolver chooses the credential of publishers without a key or SAS
	 * token
	 * @param webClient builds the client that sends requests, called on the first send
	 * @param jsonMapper writes events and their data
	 * @param customizers adjust each publisher's builder after the properties, in order
	 */
	public EventGridPublisherFactory(EventGridProperties properties, @Nullable String applicationName,
			EventGridConnectionDetails connectionDetails, EventGridCredentialResolver credentialResolver,
			Supplier<WebClient> webClient, JsonMapper jsonMapper, List<EventGridPublisherCustomizer> customizers) {
		Assert.notNull(properties, "'properties' must not be null");
		Assert.notNull(connectionDetails, "'connectionDetails' must not be null");
		Assert.notNull(credentialResolver, "'credentialResolver' must not be null");
		Assert.notNull(webClient, "'webClient' must not be null");
		Assert.notNull(jsonMapper, "'jsonMapper' must not be null");
		Assert.notNull(customizers, "'customizers' must not be null");
		this.properties = properties;
		this.mapper = new EventGridPropertiesMapper(properties, applicationName);
		this.connectionDetails = connectionDetails;
		this.credentialResolver = credentialResolver;
		this.webClient = webClient;
		this.jsonMapper = jsonMapper;
		this.customizers = customizers;
	}

	/**
	 * Create every publisher the properties and connection details name.
	 * @return the publishers, the default one first when it is configured
	 * @throws InvalidEventGridConfigurationException if none is configured, or one is
	 * misconfigured
	 */
	public List<EventGridPublisher> createPublishers() {
		Set<String> names = new LinkedHashSet<>(
				new PropertiesEventGridConnectionDetails(this.properties).getPublisherNames());
		names.addAll(this.connectionDetails.getPublisherNames());
		if (names.isEmpty()) {
			throw new InvalidEventGridConfigurationException("eventgrid.endpoint", "no publisher is configured",
					"Set eventgrid.endpoint (and its key, sas-token or credential), or eventgrid.publishers.<name>.endpoint.");
		}
		List<EventGridPublisher> publishers = new ArrayList<>();
		for (String name : names) {
			EventGridPublisher publisher = createPublisher(name);
			if (logger.isInfoEnabled()) {
				logger.info(describe(publisher));
			}
			publishers.add(publisher);
		}
		return publishers;
	}

	private static String describe(EventGridPublisher publisher) {
		URI endpoint = publisher.getEndpoint();
		String host = endpoint.getHost() + ((endpoint.getPort() != -1) ? ":" + endpoint.getPort() : "");
		String domainTopic = (publisher.getDomainTopic() != null) ? ", domain topic " + publisher.getDomainTopic() : "";
		String namespaceTopic = (publisher.getNamespaceTopic() != null)
				? ", namespace topic " + publisher.getNamespaceTopic() : "";
		return "Event Grid publisher '" + publisher.getName() + "' sends to " + host + " (schema "
				+ publisher.getSchema().getId() + ", " + publisher.getCredential().describe() + domainTopic
				+ namespaceTopic + ")";
	}

	/**
	 * Create one publisher.
	 * @param name the publisher name, {@code default} for the one at {@code eventgrid.*}
	 * @return the publisher
	 * @throws InvalidEventGridConfigurationException if it is misconfigured
	 */
	public EventGridPublisher createPublisher(String name) {
		String prefix = this.mapper.prefix(name);
		this.mapper.checkOneCredential(name);
		this.mapper.checkSettings(name);
		EventGridConnection connection = connection(name, prefix);
		EventGridPublisher.Builder builder = EventGridPublisher.builder(connection.endpoint())
			.name(name)
			.credential(credential(name, prefix, connection))
			.webClient(this.webClient)
			.jsonMapper(this.jsonMapper);
		try {
			this.mapper.customize(name, builder);
			this.customizers.forEach((customizer) -> customizer.customize(name, builder));
			return builder.build();
		}
		catch (IllegalArgumentException ex) {
			throw invalidPublisher(name, prefix, String.valueOf(ex.getMessage()));
		}
	}

	private EventGridCredential credential(String name, String prefix, EventGridConnection connection) {
		try {
			return this.credentialResolver.resolve(prefix, connection, this.mapper.credential(name));
		}
		catch (IllegalArgumentException ex) {
			if (connection.key() != null) {
				throw new InvalidEventGridConfigurationException(prefix + ".key", String.valueOf(ex.getMessage()),
						"Set " + prefix + ".key to key1 or key2 of the topic (its Access keys in the Azure portal, "
								+ "or az eventgrid topic key list), as given.");
			}
			if (connection.sasToken() != null) {
				throw new InvalidEventGridConfigurationException(prefix + ".sas-token", String.valueOf(ex.getMessage()),
						"Set " + prefix + ".sas-token to a token of the form r=<resource>&e=<expiry>&s=<signature>, "
								+ "such as EventGridSas.generateSas makes.");
			}
			throw new InvalidEventGridConfigurationException(prefix + ".credential", String.valueOf(ex.getMessage()),
					"Check the " + prefix + ".credential.* properties and the EventGridCredentialResolver bean.");
		}
	}

	private InvalidEventGridConfigurationException invalidPublisher(String name, String prefix, String problem) {
		// The properties' settings are checked before the builder's, which leaves the
		// endpoint, and what a customizer set.
		if (problem.startsWith("Publisher '" + name + "' endpoint")) {
			String insecure = problem.contains("plain HTTP")
					? " Use https://, or set eventgrid.allow-insecure-endpoint=true to send credentials over plain "
							+ "HTTP to a host other than loopback."
					: "";
			return new InvalidEventGridConfigurationException(prefix + ".endpoint", problem,
					"Set " + prefix + ".endpoint to the topic or domain endpoint, such as "
							+ "https://<topic>.<region>-1.eventgrid.azure.net/api/events." + insecure);
		}
		return new InvalidEventGridConfigurationException(prefix, problem,
				"Fix the EventGridPublisherCustomizer that set this for publisher '" + name
						+ "', or the EventGridConnectionDetails bean.");
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

}
