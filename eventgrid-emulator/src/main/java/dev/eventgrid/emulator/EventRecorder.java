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

package dev.eventgrid.emulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.eventgrid.emulator.model.AcceptedEventsListener;
import dev.eventgrid.emulator.model.EmulatedTopic;
import dev.eventgrid.emulator.model.ReceivedEvent;
import dev.eventgrid.emulator.model.RecordedRequest;
import dev.eventgrid.emulator.publish.PublishListener;

/**
 * Keeps the requests and accepted events of an emulator for assertions, and wakes threads
 * waiting for events.
 *
 * @author Event Grid for Spring Boot team
 */
final class EventRecorder implements PublishListener {

	private final Object monitor = new Object();

	private final Map<String, EmulatedTopic> topics;

	private final boolean retain;

	private final List<AcceptedEventsListener> listeners;

	private final Map<String, List<ReceivedEvent>> events = new HashMap<>();

	private final List<RecordedRequest> requests = new ArrayList<>();

	private final Map<String, Long> acceptedCounts = new HashMap<>();

	EventRecorder(Map<String, EmulatedTopic> topics, boolean retain, List<AcceptedEventsListener> listeners) {
		this.topics = topics;
		this.retain = retain;
		this.listeners = List.copyOf(listeners);
	}

	@Override
	public void requestCompleted(RecordedRequest request, List<ReceivedEvent> accepted) {
		synchronized (this.monitor) {
			if (this.retain) {
				this.requests.add(request);
			}
			if (!accepted.isEmpty() && request.topic() != null) {
				String key = key(request.topic());
				this.acceptedCounts.merge(key, (long) accepted.size(), Long::sum);
				if (this.retain) {
					this.events.computeIfAbsent(key, (name) -> new ArrayList<>()).addAll(accepted);
				}
				this.monitor.notifyAll();
			}
		}
		String name = request.topic();
		EmulatedTopic topic = (name != null) ? this.topics.get(key(name)) : null;
		if (!accepted.isEmpty() && topic != null) {
			this.listeners.forEach((listener) -> listener.accepted(topic, accepted));
		}
	}

	List<ReceivedEvent> events(String topic) {
		synchronized (this.monitor) {
			return List.copyOf(this.events.getOrDefault(key(topic), List.of()));
		}
	}

	List<ReceivedEvent> allEvents() {
		synchronized (this.monitor) {
			List<ReceivedEvent> all = new ArrayList<>();
			this.events.values().forEach(all::addAll);
			all.sort((left, right) -> (left.requestSequence() != right.requestSequence())
					? Long.compare(left.requestSequence(), right.requestSequence())
					: Integer.compare(left.index(), right.index()));
			return List.copyOf(all);
		}
	}

	List<RecordedRequest> requests() {
		synchronized (this.monitor) {
			return List.copyOf(this.requests);
		}
	}

	long acceptedCount(String topic) {
		synchronized (this.monitor) {
			return this.acceptedCounts.getOrDefault(key(topic), 0L);
		}
	}

	void clear(String topic) {
		synchronized (this.monitor) {
			this.events.remove(key(topic));
			this.acceptedCounts.remove(key(topic));
			this.requests.removeIf((request) -> request.topic() != null && key(request.topic()).equals(key(topic)));
		}
	}

	void clear() {
		synchronized (this.monitor) {
			this.events.clear();
			this.requests.clear();
			this.acceptedCounts.clear();
		}
	}

	List<ReceivedEvent> await(String topic, int count, Duration timeout) throws InterruptedException {
		if (!this.retain) {
			throw new IllegalStateException("Waiting for events needs recording; it is disabled on this emulator");
		}
		long deadline = System.nanoTime() + timeout.toNanos();
		synchronized (this.monitor) {
			List<ReceivedEvent> received = this.events.getOrDefault(key(topic), List.of());
			while (received.size() < count) {
				long remaining = deadline - System.nanoTime();
				if (remaining <= 0) {
					throw new IllegalStateException("Expected " + count + " events on '" + topic + "' within " + timeout
							+ " but received " + received.size());
				}
				this.monitor.wait(Math.max(1, remaining / 1_000_000));
				received = this.events.getOrDefault(key(topic), List.of());
			}
			return List.copyOf(received);
		}
	}

	private static String key(String topic) {
		return topic.toLowerCase(Locale.ROOT);
	}

}
