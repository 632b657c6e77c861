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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.eventgrid.emulator.model.ReceivedEvent;
import org.jspecify.annotations.Nullable;

/**
 * A namespace topic as it runs: the events it accepted and its queue subscriptions, to
 * each of which it hands every event that passes the subscription's filters.
 *
 * @author Event Grid for Spring Boot team
 */
public final class NamespaceTopic {

	private final Object monitor = new Object();

	private final String name;

	private final Map<String, PullSubscription> subscriptions = new LinkedHashMap<>();

	private final List<ReceivedEvent> events = new ArrayList<>();

	private final boolean recording;

	private long acceptedCount;

	NamespaceTopic(String namespace, NamespaceDefinition.Topic definition, NamespaceClock clock, boolean recording) {
		this.name = definition.name();
		this.recording = recording;
		for (NamespaceSubscription subscription : definition.subscriptions()) {
			this.subscriptions.put(subscription.name().toLowerCase(Locale.ROOT),
					new PullSubscription(namespace, this.name, subscription, clock));
		}
	}

	/**
	 * Return the topic name.
	 * @return the name
	 */
	public String name() {
		return this.name;
	}

	/**
	 * Return the queue subscriptions in declaration order.
	 * @return the subscriptions
	 */
	public List<PullSubscription> subscriptions() {
		return List.copyOf(this.subscriptions.values());
	}

	/**
	 * Return a queue subscription.
	 * @param name the subscription name, in any case
	 * @return the subscription
	 * @throws IllegalArgumentException if the topic has no such subscription
	 */
	public PullSubscription subscription(String name) {
		PullSubscription subscription = findSubscription(name);
		if (subscription == null) {
			throw new IllegalArgumentException("Namespace topic '" + this.name + "' has no subscription named '" + name
					+ "'; declared: " + this.subscriptions.keySet());
		}
		return subscription;
	}

	@Nullable PullSubscription findSubscription(String name) {
		return this.subscriptions.get(name.toLowerCase(Locale.ROOT));
	}

	/**
	 * Return the events the topic accepted, in arrival order; empty when the emulator
	 * does not record.
	 * @return an immutable snapshot
	 */
	public List<ReceivedEvent> receivedEvents() {
		synchronized (this.monitor) {
			return List.copyOf(this.events);
		}
	}

	/**
	 * Return how many events the topic accepted, counted even when recording is disabled.
	 * @return the count since start or the last clear
	 */
	public long acceptedEventCount() {
		synchronized (this.monitor) {
			return this.acceptedCount;
		}
	}

	void accept(List<ReceivedEvent> accepted) {
		synchronized (this.monitor) {
			this.acceptedCount += accepted.size();
			if (this.recording) {
				this.events.addAll(accepted);
			}
		}
		for (ReceivedEvent event : accepted) {
			for (PullSubscription subscription : this.subscriptions.values()) {
				if (subscription.definition().matches(event.text("type"), event.text("subject"))) {
					subscription.queue().enqueue(event);
				}
			}
		}
	}

	/**
	 * Forget the accepted events and empty every subscription.
	 */
	public void clear() {
		synchronized (this.monitor) {
			this.events.clear();
			this.acceptedCount = 0;
		}
		this.subscriptions.values().forEach(PullSubscription::clear);
	}

	void close() {
		this.subscriptions.values().forEach((subscription) -> subscription.queue().close());
	}

	@Override
	public String toString() {
		return "NamespaceTopic[" + this.name + ", subscriptions=" + this.subscriptions.keySet() + "]";
	}

}
