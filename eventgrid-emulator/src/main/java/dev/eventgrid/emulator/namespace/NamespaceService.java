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

package dev.eventgrid.emulator.namespace;

import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ScheduledThreadPoolExecutor;

import dev.eventgrid.emulator.auth.PublishAuthenticator;
import dev.eventgrid.emulator.publish.SideRoute;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Event Grid namespaces of an emulator: their topics and queue subscriptions, the
 * route that serves their data plane on the emulator's ports, and the timer that expires
 * locks, release delays and time-to-live.
 *
 * @author Event Grid for Spring Boot team
 */
public final class NamespaceService implements AutoCloseable {

	private final Map<String, EmulatedNamespace> namespaces;

	private final ScheduledThreadPoolExecutor timer;

	private final NamespaceRoute route;

	/**
	 * Create the namespaces; the timer thread starts at once.
	 * @param definitions the declared namespaces
	 * @param settings how the namespaces run
	 */
	public NamespaceService(List<NamespaceDefinition> definitions, Settings settings) {
		this.timer = new ScheduledThreadPoolExecutor(1, (task) -> {
			Thread thread = new Thread(task, "eventgrid-emulator-namespaces");
			thread.setDaemon(true);
			return thread;
		});
		this.timer.setRemoveOnCancelPolicy(true);
		NamespaceClock clock = new NamespaceClock(settings.clock(), settings.timeScale(), this.timer);
		Map<String, EmulatedNamespace> namespaces = new LinkedHashMap<>();
		for (NamespaceDefinition definition : definitions) {
			String key = definition.name().toLowerCase(Locale.ROOT);
			if (namespaces.containsKey(key)) {
				this.timer.shutdownNow();
				throw new IllegalArgumentException("A namespace named '" + definition.name() + "' is already declared");
			}
			namespaces.put(key, new EmulatedNamespace(definition, clock, settings.recording()));
		}
		this.namespaces = Collections.unmodifiableMap(namespaces);
		JsonMapper mapper = JsonMapper.builder().build();
		NamespaceJson json = new NamespaceJson(mapper);
		this.route = new NamespaceRoute(this.namespaces,
				new NamespaceOperations(new NamespaceAuthenticator(settings.authenticator()), mapper, json), json,
				settings.clock());
	}

	/**
	 * Set the scheme, host and port of both emulator ports, from which the namespace
	 * endpoints are made.
	 * @param httpsBaseUrl such as {@code https://localhost:7443}
	 * @param httpBaseUrl such as {@code http://localhost:7080}
	 */
	public void baseUrls(String httpsBaseUrl, String httpBaseUrl) {
		this.namespaces.values().forEach((namespace) -> namespace.baseUrls(httpsBaseUrl, httpBaseUrl));
	}

	/**
	 * Return the route that serves the namespace data plane.
	 * @return the route
	 */
	public SideRoute route() {
		return this.route;
	}

	/**
	 * Return every namespace, in declaration order.
	 * @return the namespaces
	 */
	public List<EmulatedNamespace> namespaces() {
		return List.copyOf(this.namespaces.values());
	}

	/**
	 * Return a namespace.
	 * @param name the namespace name, in any case
	 * @return the namespace
	 * @throws IllegalArgumentException if there is no such namespace
	 */
	public EmulatedNamespace namespace(String name) {
		EmulatedNamespace namespace = this.namespaces.get(name.toLowerCase(Locale.ROOT));
		if (namespace == null) {
			throw new IllegalArgumentException(
					"No namespace named '" + name + "'; declared: " + this.namespaces.keySet());
		}
		return namespace;
	}

	/**
	 * Forget the accepted events and empty every subscription of every namespace.
	 */
	public void clear() {
		this.namespaces.values().forEach(EmulatedNamespace::clear);
	}

	/**
	 * Answer the waiting receivers with no events and stop the timer.
	 */
	@Override
	public void close() {
		try {
			this.namespaces.values().forEach(EmulatedNamespace::close);
		}
		finally {
			this.timer.shutdownNow();
		}
	}

	/**
	 * How the namespaces of an emulator run.
	 *
	 * @param clock the clock for timestamps, locks and time-to-live
	 * @param timeScale how many times faster than the service the durations pass: lock
	 * duration, time-to-live, release delay, receive wait and renewal window are divided
	 * by it
	 * @param authenticator the credential checks
	 * @param recording whether accepted events are kept for assertions
	 */
	public record Settings(Clock clock, double timeScale, PublishAuthenticator authenticator, boolean recording) {

	}

}
