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

package dev.eventgrid.spring.autoconfigure.actuate;

import java.lang.reflect.Method;
import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.eventgrid.spring.core.EventGridPublisher;
import dev.eventgrid.spring.core.ReactiveEventGridTemplate;
import dev.eventgrid.spring.listener.EventGridListenerEndpoint;
import dev.eventgrid.spring.listener.EventGridListenerRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.util.ClassUtils;

/**
 * The {@code eventgrid} Actuator endpoint: the publishers (name, endpoint, schema,
 * credential kind, never a secret) and the listeners (each webhook path and the methods
 * it calls) of the application. Expose it with
 * {@code management.endpoints.web.exposure.include=eventgrid}.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@Endpoint(id = "eventgrid")
public class EventGridEndpoint {

	private final ObjectProvider<ReactiveEventGridTemplate> templates;

	private final ObjectProvider<EventGridListenerRegistry> listenerRegistries;

	/**
	 * Create an endpoint describing the publishers of the given templates and the
	 * listeners of the given registries.
	 * @param templates the templates
	 * @param listenerRegistries the registries of the webhook listeners
	 */
	public EventGridEndpoint(ObjectProvider<ReactiveEventGridTemplate> templates,
			ObjectProvider<EventGridListenerRegistry> listenerRegistries) {
		this.templates = templates;
		this.listenerRegistries = listenerRegistries;
	}

	/**
	 * Describe the application's publishers and listeners.
	 * @return the description
	 */
	@ReadOperation
	public EventGridDescriptor eventGrid() {
		Map<String, PublisherDescriptor> publishers = new LinkedHashMap<>();
		String defaultPublisher = null;
		for (ReactiveEventGridTemplate template : this.templates.orderedStream().toList()) {
			defaultPublisher = (defaultPublisher != null) ? defaultPublisher : template.getDefaultPublisher();
			template.getPublishers().forEach((name, publisher) -> publishers.putIfAbsent(name, describe(publisher)));
		}
		Map<String, List<ListenerDescriptor>> webhooks = new LinkedHashMap<>();
		this.listenerRegistries.orderedStream()
			.forEach((registry) -> registry.getPaths()
				.stream()
				.sorted()
				.forEach((path) -> webhooks.put(path,
						registry.getEndpoints(path).stream().map(EventGridEndpoint::describe).toList())));
		return new EventGridDescriptor(defaultPublisher, publishers, new ListenersDescriptor(webhooks));
	}

	private static PublisherDescriptor describe(EventGridPublisher publisher) {
		URI endpoint = publisher.getEndpoint();
		// Scheme, host, port and path only: nothing a query or user info might carry.
		String address = endpoint.getScheme() + "://" + endpoint.getHost()
				+ ((endpoint.getPort() != -1) ? ":" + endpoint.getPort() : "") + endpoint.getRawPath();
		return new PublisherDescriptor(address, publisher.getDestination(), publisher.getSchema().getId(),
				publisher.getCredential().describe(), publisher.getDomainTopic());
	}

	private static ListenerDescriptor describe(EventGridListenerEndpoint endpoint) {
		Method method = endpoint.getMethod();
		String parameters = Arrays.stream(method.getParameterTypes())
			.map(Class::getSimpleName)
			.collect(Collectors.joining(", "));
		return new ListenerDescriptor(endpoint.getId(),
				ClassUtils.getQualifiedMethodName(method) + "(" + parameters + ")", endpoint.getEventTypes());
	}

	/**
	 * The publishers and the listeners of an application.
	 *
	 * @param defaultPublisher the name of the publisher of sends that name none, or
	 * {@code null} if there is no publisher
	 * @param publishers the publishers, by name
	 * @param listeners the listeners
	 */
	public record EventGridDescriptor(@Nullable String defaultPublisher, Map<String, PublisherDescriptor> publishers,
			ListenersDescriptor listeners) implements OperationResponseBody {

	}

	/**
	 * A publisher, without its secret.
	 *
	 * @param endpoint the endpoint, without query
	 * @param destination the topic or domain name
	 * @param schema the schema of its events, such as {@code cloud-event}
	 * @param credential the kind of its credential, such as {@code access key}
	 * @param domainTopic the domain topic given to events that name none, or {@code null}
	 */
	public record PublisherDescriptor(String endpoint, String destination, String schema, String credential,
			@Nullable String domainTopic) {

	}

	/**
	 * The listeners of an application, by the way events reach them; pushed to a webhook
	 * is the only way yet.
	 *
	 * @param webhooks the listeners of each webhook path
	 */
	public record ListenersDescriptor(Map<String, List<ListenerDescriptor>> webhooks) {

	}

	/**
	 * A listener method.
	 *
	 * @param id the listener's id
	 * @param method the method, with its parameter types
	 * @param eventTypes the event types it receives, empty for every type
	 */
	public record ListenerDescriptor(String id, String method, Set<String> eventTypes) {

	}

}
