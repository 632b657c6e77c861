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

import java.util.Map;
import java.util.Set;

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.spring.autoconfigure.EventGridConnection;
import dev.eventgrid.spring.autoconfigure.EventGridConnectionDetails;
import org.jspecify.annotations.Nullable;

/**
 * {@link EventGridConnectionDetails} that connect each publisher to its topic on an
 * emulator, over plain HTTP on loopback (or HTTPS) with the topic's first key.
 *
 * @author Event Grid for Spring Boot team
 */
class EmulatorEventGridConnectionDetails implements EventGridConnectionDetails {

	private final EventGridEmulator emulator;

	private final Map<String, EmulatedTopics.Topic> topics;

	private final boolean https;

	EmulatorEventGridConnectionDetails(EventGridEmulator emulator, Map<String, EmulatedTopics.Topic> topics,
			boolean https) {
		this.emulator = emulator;
		this.topics = topics;
		this.https = https;
	}

	@Override
	public Set<String> getPublisherNames() {
		return this.topics.keySet();
	}

	@Override
	public @Nullable EventGridConnection getConnection(String publisher) {
		EmulatedTopics.Topic topic = this.topics.get(publisher);
		if (topic == null) {
			return null;
		}
		String endpoint = this.https ? this.emulator.httpsEndpoint(topic.name())
				: this.emulator.httpEndpoint(topic.name());
		return new EventGridConnection(endpoint, this.emulator.key(topic.name()), null);
	}

}
