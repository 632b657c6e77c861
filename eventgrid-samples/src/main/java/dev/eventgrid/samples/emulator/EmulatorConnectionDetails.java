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

package dev.eventgrid.samples.emulator;

import java.util.Map;
import java.util.Set;

import dev.eventgrid.spring.autoconfigure.EventGridConnection;
import dev.eventgrid.spring.autoconfigure.EventGridConnectionDetails;
import org.jspecify.annotations.Nullable;

/**
 * Connects each publisher to its emulator topic.
 *
 * @author Event Grid for Spring Boot team
 */
class EmulatorConnectionDetails implements EventGridConnectionDetails {

	private final Map<String, EventGridConnection> connections;

	EmulatorConnectionDetails(Map<String, EventGridConnection> connections) {
		this.connections = Map.copyOf(connections);
	}

	@Override
	public Set<String> getPublisherNames() {
		return this.connections.keySet();
	}

	@Override
	public @Nullable EventGridConnection getConnection(String publisher) {
		return this.connections.get(publisher);
	}

}
