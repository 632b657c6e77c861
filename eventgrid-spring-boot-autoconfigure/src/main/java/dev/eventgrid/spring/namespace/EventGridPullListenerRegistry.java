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

package dev.eventgrid.spring.namespace;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.SmartLifecycle;
import org.springframework.util.Assert;

/**
 * The pull listener containers of an application, by id: starts those that start
 * automatically with the application context and stops every container gracefully when it
 * closes, before the web server, and starts and stops containers by id at any time, as
 * Spring Kafka's {@code KafkaListenerEndpointRegistry} does.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.2.0
 */
public final class EventGridPullListenerRegistry implements SmartLifecycle {

	/**
	 * The phase of the registry: late to start, early to stop.
	 */
	public static final int PHASE = Integer.MAX_VALUE - 100;

	private final Map<String, EventGridPullListenerContainer> containers = new LinkedHashMap<>();

	private volatile boolean running;

	/**
	 * Register a container, starting it at once if the registry runs and the container
	 * starts automatically.
	 * @param container the container
	 * @throws IllegalStateException if a container of the same id is registered
	 */
	public void register(EventGridPullListenerContainer container) {
		Assert.notNull(container, "'container' must not be null");
		synchronized (this.containers) {
			if (this.containers.containsKey(container.getId())) {
				throw new IllegalStateException("A pull listener container with id '" + container.getId()
						+ "' is already registered; give each @EventGridPullListener its own id");
			}
			this.containers.put(container.getId(), container);
		}
		if (this.running && container.isAutoStartup()) {
			container.start();
		}
	}

	/**
	 * Return the ids of the registered containers.
	 * @return the ids, in registration order
	 */
	public Set<String> getContainerIds() {
		synchronized (this.containers) {
			return Set.copyOf(this.containers.keySet());
		}
	}

	/**
	 * Return the registered containers.
	 * @return the containers, in registration order
	 */
	public Collection<EventGridPullListenerContainer> getContainers() {
		synchronized (this.containers) {
			return List.copyOf(this.containers.values());
		}
	}

	/**
	 * Return a container.
	 * @param id the container's id
	 * @return the container
	 * @throws IllegalArgumentException if there is no container of that id
	 */
	public EventGridPullListenerContainer getContainer(String id) {
		synchronized (this.containers) {
			EventGridPullListenerContainer container = this.containers.get(id);
			if (container == null) {
				throw new IllegalArgumentException("There is no pull listener container with id '" + id
						+ "'; registered: " + this.containers.keySet());
			}
			return container;
		}
	}

	/**
	 * Start a container.
	 * @param id the container's id
	 * @throws IllegalArgumentException if there is no container of that id
	 */
	public void start(String id) {
		getContainer(id).start();
	}

	/**
	 * Stop a container gracefully and wait until it has stopped.
	 * @param id the container's id
	 * @param timeout how long to wait
	 * @return whether it stopped in time
	 * @throws IllegalArgumentException if there is no container of that id
	 */
	public boolean stop(String id, Duration timeout) {
		return getContainer(id).stop(timeout);
	}

	@Override
	public void start() {
		this.running = true;
		for (EventGridPullListenerContainer container : getContainers()) {
			if (container.isAutoStartup()) {
				container.start();
			}
		}
	}

	@Override
	public void stop() {
		for (EventGridPullListenerContainer container : getContainers()) {
			container.stop(Duration.ofSeconds(30));
		}
		this.running = false;
	}

	@Override
	public void stop(Runnable callback) {
		this.running = false;
		List<EventGridPullListenerContainer> all = new ArrayList<>(getContainers());
		if (all.isEmpty()) {
			callback.run();
			return;
		}
		AtomicInteger remaining = new AtomicInteger(all.size());
		for (EventGridPullListenerContainer container : all) {
			container.stop(() -> {
				if (remaining.decrementAndGet() == 0) {
					callback.run();
				}
			});
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

}
