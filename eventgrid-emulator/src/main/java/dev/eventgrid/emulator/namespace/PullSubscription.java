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

import java.time.Duration;
import java.util.List;

/**
 * A queue subscription of a namespace topic as it runs: how many events wait in it, how
 * many are locked, and which it dead-lettered.
 *
 * @author Event Grid for Spring Boot team
 */
public final class PullSubscription {

	private final String topic;

	private final NamespaceSubscription definition;

	private final LockingQueue queue;

	PullSubscription(String namespace, String topic, NamespaceSubscription definition, NamespaceClock clock) {
		this.topic = topic;
		this.definition = definition;
		this.queue = new LockingQueue(namespace, topic, definition, clock);
	}

	/**
	 * Return the subscription name.
	 * @return the name
	 */
	public String name() {
		return this.definition.name();
	}

	/**
	 * Return the name of the namespace topic.
	 * @return the topic name
	 */
	public String topic() {
		return this.topic;
	}

	/**
	 * Return how the subscription was declared.
	 * @return the declaration
	 */
	public NamespaceSubscription definition() {
		return this.definition;
	}

	/**
	 * Return how many events could be received now.
	 * @return the number of available events
	 */
	public int availableCount() {
		return this.queue.availableCount();
	}

	/**
	 * Return how many events are locked to a receiver.
	 * @return the number of locked events
	 */
	public int lockedCount() {
		return this.queue.lockedCount();
	}

	/**
	 * Return how many events the subscription holds: available, locked or released with a
	 * delay.
	 * @return the number of events not yet acknowledged or dead-lettered
	 */
	public int size() {
		return this.queue.size();
	}

	/**
	 * Return how many receive requests are waiting for events.
	 * @return the number of waiting receivers
	 */
	public int waitingReceivers() {
		return this.queue.waitingCount();
	}

	/**
	 * Return the events the subscription dead-lettered, oldest first.
	 * @return an immutable snapshot
	 */
	public List<DeadLetteredCloudEvent> deadLetteredEvents() {
		return this.queue.deadLetters();
	}

	/**
	 * Wait until the subscription has dead-lettered at least a number of events.
	 * @param count the number of events to wait for
	 * @param timeout how long to wait at most
	 * @return the dead-lettered events, at least {@code count}
	 * @throws IllegalStateException if fewer events were dead-lettered in time
	 * @throws InterruptedException if the thread was interrupted while waiting
	 */
	public List<DeadLetteredCloudEvent> awaitDeadLetteredEvents(int count, Duration timeout)
			throws InterruptedException {
		return this.queue.awaitDeadLetters(count, timeout);
	}

	/**
	 * Drop every event, lock and dead-lettered event of the subscription.
	 */
	public void clear() {
		this.queue.clear();
	}

	LockingQueue queue() {
		return this.queue;
	}

	@Override
	public String toString() {
		return "PullSubscription[" + this.topic + "/" + name() + "]";
	}

}
