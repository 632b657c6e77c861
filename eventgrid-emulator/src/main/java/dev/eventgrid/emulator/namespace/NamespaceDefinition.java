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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Declares an Event Grid namespace for an emulator: its name, its two access keys and its
 * topics with their queue subscriptions. It is immutable: every method returns a copy.
 * Its {@link #toString()} never shows the keys.
 *
 * @author Event Grid for Spring Boot team
 */
public final class NamespaceDefinition {

	private final String name;

	private final @Nullable List<String> keys;

	private final List<Topic> topics;

	private NamespaceDefinition(String name, @Nullable List<String> keys, List<Topic> topics) {
		this.name = name;
		this.keys = keys;
		this.topics = topics;
	}

	/**
	 * Declare a namespace with two generated access keys and no topic yet.
	 * @param name the namespace name: 3 to 50 letters, digits and hyphens
	 * @return the declaration
	 */
	public static NamespaceDefinition named(String name) {
		return new NamespaceDefinition(NamespaceNames.check("namespace", name), null, List.of());
	}

	/**
	 * Use given access keys instead of generated ones.
	 * @param primaryKey the first key, normally base64 of 32 random bytes
	 * @param secondaryKey the second key
	 * @return a copy with the keys
	 */
	public NamespaceDefinition keys(String primaryKey, String secondaryKey) {
		if (primaryKey.isBlank() || secondaryKey.isBlank()) {
			throw new IllegalArgumentException("The keys of namespace '" + this.name + "' must not be blank");
		}
		return new NamespaceDefinition(this.name, List.of(primaryKey, secondaryKey), this.topics);
	}

	/**
	 * Add a namespace topic with its queue subscriptions.
	 * @param topic the topic name: 3 to 50 letters, digits and hyphens
	 * @param subscriptions the queue subscriptions of the topic
	 * @return a copy with the topic
	 */
	public NamespaceDefinition topic(String topic, NamespaceSubscription... subscriptions) {
		return topic(topic, List.of(subscriptions));
	}

	/**
	 * Add a namespace topic with its queue subscriptions.
	 * @param topic the topic name: 3 to 50 letters, digits and hyphens
	 * @param subscriptions the queue subscriptions of the topic
	 * @return a copy with the topic
	 */
	public NamespaceDefinition topic(String topic, List<NamespaceSubscription> subscriptions) {
		NamespaceNames.check("namespace topic", topic);
		if (this.topics.stream().anyMatch((existing) -> existing.name().equalsIgnoreCase(topic))) {
			throw new IllegalArgumentException(
					"Namespace '" + this.name + "' already has a topic named '" + topic + "'");
		}
		Set<String> names = new HashSet<>();
		for (NamespaceSubscription subscription : subscriptions) {
			if (!names.add(subscription.name().toLowerCase(Locale.ROOT))) {
				throw new IllegalArgumentException(
						"Topic '" + topic + "' has two subscriptions named '" + subscription.name() + "'");
			}
		}
		List<Topic> topics = new ArrayList<>(this.topics);
		topics.add(new Topic(topic, List.copyOf(subscriptions)));
		return new NamespaceDefinition(this.name, this.keys, List.copyOf(topics));
	}

	/**
	 * Return the namespace name.
	 * @return the name
	 */
	public String name() {
		return this.name;
	}

	/**
	 * Return the given access keys.
	 * @return the two keys, or {@code null} to generate them
	 */
	public @Nullable List<String> keys() {
		return this.keys;
	}

	/**
	 * Return the topics in declaration order.
	 * @return the topics
	 */
	public List<Topic> topics() {
		return this.topics;
	}

	@Override
	public String toString() {
		return "NamespaceDefinition[" + this.name + ", topics=" + this.topics + "]";
	}

	/**
	 * A namespace topic of a declaration.
	 *
	 * @param name the topic name
	 * @param subscriptions the queue subscriptions of the topic
	 */
	public record Topic(String name, List<NamespaceSubscription> subscriptions) {

	}

}
