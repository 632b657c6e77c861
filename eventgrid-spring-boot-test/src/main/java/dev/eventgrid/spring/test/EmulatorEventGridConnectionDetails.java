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

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.namespace.EmulatedNamespace;
import dev.eventgrid.spring.autoconfigure.EventGridConnection;
import dev.eventgrid.spring.autoconfigure.EventGridConnectionDetails;
import org.jspecify.annotations.Nullable;

/**
 * {@link EventGridConnectionDetails} that connect each publisher to its topic on an
 * emulator, over plain HTTP on loopback (or HTTPS) with the topic's first key; a
 * publisher to a namespace topic to the emulated namespace, with its key.
 *
 * @author Event Grid for Spring Boot team
 */
class EmulatorEventGridConnectionDetails implements EventGridConnectionDetails {

	private final EventGridEmulator emulator;

	private final Map<String, EmulatedTopics.Topic> topics;

	private final Set<String> namespacePublishers;

	private final boolean https;

	EmulatorEventGridConnectionDetails(EventGridEmulator emulator, Map<String, EmulatedTopics.Topic> topics,
			Set<String> namespacePublishers, boolean https) {
		this.emulator = emulator;
		this.topics = topics;
		this.namespacePublishers = namespacePublishers;
		this.https = https;
	}

	@Override
	public Set<String> getPublisherNames() {
		Set<String> names = new LinkedHashSet<>(this.topics.keySet());
		names.addAll(this.namespacePublishers);
		return names;
	}

	@Override
	public @Nullable EventGridConnection getConnection(String publisher) {
		if (this.namespacePublishers.contains(publisher)) {
			EmulatedNamespace namespace = this.emulator.namespace(EmulatedTopics.NAMESPACE);
			return new EventGridConnection(this.https ? namespace.httpsEndpoint() : namespace.httpEndpoint(),
					namespace.key(), null);
		}
		EmulatedTopics.Topic topic = this.topics.get(publisher);
		if (topic == null) {
			return null;
		}
		String endpoint = this.https ? this.emulator.httpsEndpoint(topic.name())
				: this.emulator.httpEndpoint(topic.name());
		return new EventGridConnection(endpoint, this.emulator.key(topic.name()), null);
	}

}
