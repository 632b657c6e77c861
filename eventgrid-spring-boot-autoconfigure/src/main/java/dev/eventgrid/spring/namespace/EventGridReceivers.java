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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.util.Assert;

/**
 * The named receivers of an application, such as those the
 * {@code eventgrid.receivers.<name>.*} properties describe, by which listener containers
 * and application code find them.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.2.0
 */
public final class EventGridReceivers {

	private final Map<String, ReactiveEventGridReceiver> receivers;

	/**
	 * Create the receivers.
	 * @param receivers the receivers, each under its own name
	 * @throws IllegalArgumentException if two receivers have the same name
	 */
	public EventGridReceivers(List<ReactiveEventGridReceiver> receivers) {
		Assert.notNull(receivers, "'receivers' must not be null");
		Map<String, ReactiveEventGridReceiver> byName = new LinkedHashMap<>();
		for (ReactiveEventGridReceiver receiver : receivers) {
			if (byName.put(receiver.getName(), receiver) != null) {
				throw new IllegalArgumentException("Two receivers are named '" + receiver.getName() + "'");
			}
		}
		this.receivers = Map.copyOf(byName);
	}

	/**
	 * Return the names of the receivers.
	 * @return the names
	 */
	public Set<String> getNames() {
		return this.receivers.keySet();
	}

	/**
	 * Return a receiver.
	 * @param name the receiver's name
	 * @return the receiver
	 * @throws IllegalArgumentException if there is no receiver of that name
	 */
	public ReactiveEventGridReceiver getReactiveReceiver(String name) {
		ReactiveEventGridReceiver receiver = this.receivers.get(name);
		if (receiver == null) {
			throw new IllegalArgumentException("There is no Event Grid receiver named '" + name + "'; configured: "
					+ this.receivers.keySet().stream().sorted().toList() + " (eventgrid.receivers.<name>.*)");
		}
		return receiver;
	}

	/**
	 * Return the blocking form of a receiver.
	 * @param name the receiver's name
	 * @return the receiver
	 * @throws IllegalArgumentException if there is no receiver of that name
	 */
	public EventGridReceiver getReceiver(String name) {
		return new EventGridReceiver(getReactiveReceiver(name));
	}

	@Override
	public String toString() {
		return "EventGridReceivers" + this.receivers.keySet();
	}

}
