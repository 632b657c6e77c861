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

package dev.eventgrid.spring.listener;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * The listener endpoints of an application, by webhook path. Thread-safe: endpoints may
 * be registered while requests are served.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public class EventGridListenerRegistry {

	/**
	 * Path of the endpoints that name none, unless configured otherwise.
	 */
	public static final String DEFAULT_PATH = "/api/events";

	private final String defaultPath;

	private final Map<String, List<EventGridListenerEndpoint>> endpoints = new ConcurrentHashMap<>();

	/**
	 * Create a registry whose default path is {@value #DEFAULT_PATH}.
	 */
	public EventGridListenerRegistry() {
		this(DEFAULT_PATH);
	}

	/**
	 * Create a registry.
	 * @param defaultPath the path of the endpoints that name none
	 */
	public EventGridListenerRegistry(String defaultPath) {
		Assert.hasText(defaultPath, "'defaultPath' must not be empty");
		this.defaultPath = normalize(defaultPath);
	}

	/**
	 * Register an endpoint.
	 * @param endpoint the endpoint
	 * @throws IllegalStateException if an endpoint with the same id is registered
	 */
	public void register(EventGridListenerEndpoint endpoint) {
		Assert.notNull(endpoint, "'endpoint' must not be null");
		synchronized (this.endpoints) {
			this.endpoints.values().stream().flatMap(List::stream).forEach((existing) -> {
				if (existing.getId().equals(endpoint.getId())) {
					throw new IllegalStateException("Two Event Grid listeners have the id '" + endpoint.getId()
							+ "'; give one another id with @EventGridListener(id = ...)");
				}
			});
			String path = StringUtils.hasText(endpoint.getPath()) ? normalize(endpoint.getPath()) : this.defaultPath;
			this.endpoints.computeIfAbsent(path, (key) -> new CopyOnWriteArrayList<>()).add(endpoint);
		}
	}

	/**
	 * Return the endpoints of a path, in registration order.
	 * @param path the path within the application
	 * @return the endpoints; empty if the path is not a webhook
	 */
	public List<EventGridListenerEndpoint> getEndpoints(String path) {
		List<EventGridListenerEndpoint> found = this.endpoints.get(normalize(path));
		return (found != null) ? List.copyOf(found) : List.of();
	}

	/**
	 * Return whether a path has endpoints.
	 * @param path the path within the application
	 * @return whether it is a webhook
	 */
	public boolean hasEndpoints(String path) {
		return this.endpoints.containsKey(normalize(path));
	}

	/**
	 * Return the paths that have endpoints.
	 * @return the paths
	 */
	public Set<String> getPaths() {
		return Set.copyOf(this.endpoints.keySet());
	}

	public String getDefaultPath() {
		return this.defaultPath;
	}

	private static String normalize(String path) {
		String normalized = path.trim();
		if (!normalized.startsWith("/")) {
			normalized = "/" + normalized;
		}
		while (normalized.length() > 1 && normalized.endsWith("/")) {
			normalized = normalized.substring(0, normalized.length() - 1);
		}
		return normalized;
	}

}
