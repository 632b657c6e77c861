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

package dev.eventgrid.spring.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.EventGridEmulatorBuilder;
import dev.eventgrid.emulator.namespace.NamespaceDefinition;
import dev.eventgrid.emulator.namespace.NamespaceSubscription;
import dev.eventgrid.spring.autoconfigure.EventGridPublisherProperties;
import dev.eventgrid.spring.autoconfigure.namespace.EventGridReceiverProperties;
import dev.eventgrid.spring.event.EventSchema;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.util.Assert;

/**
 * The topics an emulator declares for a test: one per publisher the {@code eventgrid.*}
 * properties configure (a publisher named {@code default} when none is), plus the extra
 * ones named at {@code eventgrid.emulator.topics}; and one namespace,
 * {@value #NAMESPACE}, with the topic of each publisher that has a
 * {@code namespace-topic} and the topic and subscription of each receiver of
 * {@code eventgrid.receivers.<name>.*}.
 *
 * @author Event Grid for Spring Boot team
 */
final class EmulatedTopics {

	/**
	 * The name of the emulated namespace of the namespace publishers and the receivers.
	 */
	static final String NAMESPACE = "emulated-namespace";

	private final Map<String, Topic> byPublisher = new LinkedHashMap<>();

	private final Map<String, String> namespaceTopicByPublisher = new LinkedHashMap<>();

	private final Map<String, Set<String>> namespaceTopics = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

	private final List<Topic> extra = new ArrayList<>();

	private EmulatedTopics() {
	}

	static EmulatedTopics from(Binder binder) {
		EmulatedTopics topics = new EmulatedTopics();
		Map<String, EventGridPublisherProperties> publishers = binder
			.bind("eventgrid.publishers", Bindable.mapOf(String.class, EventGridPublisherProperties.class))
			.orElseGet(Map::of);
		if (publishers.isEmpty() || binder.bind("eventgrid.endpoint", String.class).isBound()) {
			EventGridPublisherProperties settings = binder.bind("eventgrid", EventGridPublisherProperties.class)
				.orElseGet(EventGridPublisherProperties::new);
			topics.add("default", settings);
		}
		for (String name : publishers.keySet()) {
			EventGridPublisherProperties settings = new EventGridPublisherProperties();
			binder.bind("eventgrid", Bindable.ofInstance(settings));
			settings.setDomainTopic(null);
			binder.bind("eventgrid.publishers." + name, Bindable.ofInstance(settings));
			topics.add(name, settings);
		}
		for (String spec : binder.bind("eventgrid.emulator.topics", String[].class).orElseGet(() -> new String[0])) {
			topics.extra.add(Topic.parse(spec));
		}
		binder.bind("eventgrid.receivers", Bindable.mapOf(String.class, EventGridReceiverProperties.class))
			.orElseGet(Map::of)
			.values()
			.forEach(topics::add);
		return topics;
	}

	private void add(String publisher, EventGridPublisherProperties settings) {
		String namespaceTopic = settings.getNamespaceTopic();
		if (namespaceTopic != null) {
			this.namespaceTopicByPublisher.put(publisher, namespaceTopic);
			subscriptions(namespaceTopic);
		}
		else {
			this.byPublisher.put(publisher, Topic.of(publisher, settings));
		}
	}

	private void add(EventGridReceiverProperties receiver) {
		String topic = receiver.getTopic();
		String subscription = receiver.getSubscription();
		if (topic != null && subscription != null) {
			subscriptions(topic).add(subscription);
		}
	}

	private Set<String> subscriptions(String namespaceTopic) {
		return this.namespaceTopics.computeIfAbsent(namespaceTopic,
				(topic) -> new TreeSet<>(String.CASE_INSENSITIVE_ORDER));
	}

	Map<String, Topic> byPublisher() {
		return this.byPublisher;
	}

	/**
	 * Return the namespace topic of each publisher that sends to one.
	 * @return the topics, by publisher name
	 */
	Map<String, String> namespaceTopicByPublisher() {
		return this.namespaceTopicByPublisher;
	}

	EventGridEmulator start() {
		EventGridEmulatorBuilder builder = EventGridEmulator.builder();
		List<Topic> all = new ArrayList<>(this.byPublisher.values());
		all.addAll(this.extra);
		all.stream().distinct().forEach((topic) -> topic.declare(builder));
		if (!this.namespaceTopics.isEmpty()) {
			NamespaceDefinition namespace = NamespaceDefinition.named(NAMESPACE);
			for (Map.Entry<String, Set<String>> topic : this.namespaceTopics.entrySet()) {
				namespace = namespace.topic(topic.getKey(),
						topic.getValue().stream().map(NamespaceSubscription::named).toList());
			}
			builder.namespace(namespace);
		}
		return builder.start();
	}

	/**
	 * One emulated topic or domain.
	 *
	 * @param name the name of the topic or domain, valid for Event Grid
	 * @param schema the schema of the events it accepts
	 * @param domain whether it is a domain
	 */
	record Topic(String name, dev.eventgrid.emulator.model.InputSchema schema, boolean domain) {

		static Topic of(String publisher, EventGridPublisherProperties settings) {
			EventSchema schema = settings.getSchema();
			return new Topic(topicName(publisher), emulatorSchema((schema != null) ? schema : EventSchema.CLOUD_EVENT),
					settings.getDomainTopic() != null);
		}

		static Topic parse(String spec) {
			String[] parts = spec.split(":");
			Assert.isTrue(parts.length >= 2 && parts.length <= 3 && (parts.length == 2 || "domain".equals(parts[2])),
					() -> "Emulated topic '" + spec + "' must be name:schema or name:schema:domain");
			return new Topic(topicName(parts[0]), emulatorSchema(EventSchema.fromId(parts[1])), parts.length == 3);
		}

		void declare(EventGridEmulatorBuilder builder) {
			if (this.domain) {
				builder.domain(this.name, this.schema);
			}
			else {
				builder.topic(this.name, this.schema);
			}
		}

		private static String topicName(String publisher) {
			String name = publisher.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
			return (name.length() < 3) ? name + "-topic" : name.substring(0, Math.min(name.length(), 50));
		}

		private static dev.eventgrid.emulator.model.InputSchema emulatorSchema(EventSchema schema) {
			return switch (schema) {
				case EVENT_GRID_EVENT -> dev.eventgrid.emulator.model.InputSchema.EVENT_GRID_EVENT;
				case CLOUD_EVENT -> dev.eventgrid.emulator.model.InputSchema.CLOUD_EVENT_V1_0;
				case CUSTOM -> dev.eventgrid.emulator.model.InputSchema.CUSTOM;
			};
		}

	}

}
