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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.eventgrid.emulator.fault.FaultPlan;
import dev.eventgrid.emulator.model.EmulatedTopic;
import dev.eventgrid.emulator.model.ReceivedEvent;
import org.jspecify.annotations.Nullable;

/**
 * An Event Grid namespace as it runs: its access keys, endpoints, topics and fault plan.
 * Its endpoint carries the namespace in the path, such as
 * {@code https://localhost:7443/namespaces/contoso}, to which clients append
 * {@code /topics/...}. Its {@link #toString()} never shows the keys.
 *
 * @author Event Grid for Spring Boot team
 */
public final class EmulatedNamespace {

	private final String name;

	private final List<String> keys;

	private final Map<String, NamespaceTopic> topics = new LinkedHashMap<>();

	private final FaultPlan faults = new FaultPlan();

	private volatile String httpsBaseUrl = "https://localhost";

	private volatile String httpBaseUrl = "http://localhost";

	EmulatedNamespace(NamespaceDefinition definition, NamespaceClock clock, boolean recording) {
		this.name = definition.name();
		List<String> declared = definition.keys();
		this.keys = (declared != null) ? declared : EmulatedTopic.generateKeys();
		for (NamespaceDefinition.Topic topic : definition.topics()) {
			this.topics.put(topic.name().toLowerCase(Locale.ROOT),
					new NamespaceTopic(this.name, topic, clock, recording));
		}
	}

	void baseUrls(String httpsBaseUrl, String httpBaseUrl) {
		this.httpsBaseUrl = httpsBaseUrl;
		this.httpBaseUrl = httpBaseUrl;
	}

	/**
	 * Return the namespace name.
	 * @return the name
	 */
	public String name() {
		return this.name;
	}

	/**
	 * Return the two access keys, primary first.
	 * @return the keys
	 */
	public List<String> keys() {
		return this.keys;
	}

	/**
	 * Return the primary access key.
	 * @return the key
	 */
	public String key() {
		return this.keys.get(0);
	}

	/**
	 * Return the HTTPS endpoint to give a namespace client, such as
	 * {@code https://localhost:7443/namespaces/contoso}.
	 * @return the endpoint
	 */
	public String httpsEndpoint() {
		return this.httpsBaseUrl + "/namespaces/" + this.name;
	}

	/**
	 * Return the plain HTTP endpoint of the namespace.
	 * @return the endpoint
	 */
	public String httpEndpoint() {
		return this.httpBaseUrl + "/namespaces/" + this.name;
	}

	/**
	 * Return the ARM-style resource id, such as
	 * {@code /subscriptions/<id>/resourceGroups/emulator/providers/Microsoft.EventGrid/namespaces/contoso}.
	 * @return the resource id
	 */
	public String resourceId() {
		return "/subscriptions/" + EmulatedTopic.SUBSCRIPTION_ID + "/resourceGroups/" + EmulatedTopic.RESOURCE_GROUP
				+ "/providers/Microsoft.EventGrid/namespaces/" + this.name;
	}

	/**
	 * Return the topics in declaration order.
	 * @return the topics
	 */
	public List<NamespaceTopic> topics() {
		return List.copyOf(this.topics.values());
	}

	/**
	 * Return a namespace topic.
	 * @param name the topic name, in any case
	 * @return the topic
	 * @throws IllegalArgumentException if the namespace has no such topic
	 */
	public NamespaceTopic topic(String name) {
		NamespaceTopic topic = findTopic(name);
		if (topic == null) {
			throw new IllegalArgumentException("Namespace '" + this.name + "' has no topic named '" + name
					+ "'; declared: " + this.topics.keySet());
		}
		return topic;
	}

	@Nullable NamespaceTopic findTopic(String name) {
		return this.topics.get(name.toLowerCase(Locale.ROOT));
	}

	/**
	 * Return a queue subscription of a topic.
	 * @param topic the topic name
	 * @param subscription the subscription name
	 * @return the subscription
	 * @throws IllegalArgumentException if there is no such topic or subscription
	 */
	public PullSubscription subscription(String topic, String subscription) {
		return topic(topic).subscription(subscription);
	}

	/**
	 * Return the events a topic accepted, in arrival order.
	 * @param topic the topic name
	 * @return an immutable snapshot
	 */
	public List<ReceivedEvent> receivedEvents(String topic) {
		return topic(topic).receivedEvents();
	}

	/**
	 * Return the fault plan whose rules apply to every operation on this namespace.
	 * @return the fault plan of the namespace
	 */
	public FaultPlan faults() {
		return this.faults;
	}

	/**
	 * Return a view of the fault plan whose new rules apply to the operations on one
	 * topic and its subscriptions.
	 * @param topic the topic name
	 * @return the scoped fault plan
	 */
	public FaultPlan faults(String topic) {
		return this.faults.forTopic(topic(topic).name());
	}

	/**
	 * Forget the accepted events and empty every subscription; the fault plan is kept.
	 */
	public void clear() {
		this.topics.values().forEach(NamespaceTopic::clear);
	}

	void close() {
		this.topics.values().forEach(NamespaceTopic::close);
	}

	@Override
	public String toString() {
		return "namespace '" + this.name + "' " + this.topics.values();
	}

}
