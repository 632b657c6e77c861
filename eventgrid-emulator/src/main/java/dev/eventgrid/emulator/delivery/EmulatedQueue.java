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

package dev.eventgrid.emulator.delivery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

/**
 * The in-memory queue of a Storage Queue or Service Bus subscription, holding the
 * messages in the order they were stored. Reading a message removes it.
 *
 * @author Event Grid for Spring Boot team
 */
public final class EmulatedQueue {

	private final String name;

	private final LinkedBlockingQueue<QueueMessage> messages;

	EmulatedQueue(String name, int capacity) {
		this.name = name;
		this.messages = new LinkedBlockingQueue<>(capacity);
	}

	/**
	 * Return the name of the subscription the queue belongs to.
	 * @return the subscription name
	 */
	public String name() {
		return this.name;
	}

	/**
	 * Remove and return the oldest message, if any.
	 * @return the message or {@code null} if the queue is empty
	 */
	public @Nullable QueueMessage poll() {
		return this.messages.poll();
	}

	/**
	 * Remove and return the oldest message, waiting for one if the queue is empty.
	 * @param timeout how long to wait at most
	 * @return the message or {@code null} if none arrived in time
	 * @throws InterruptedException if the thread was interrupted while waiting
	 */
	public @Nullable QueueMessage poll(Duration timeout) throws InterruptedException {
		return this.messages.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
	}

	/**
	 * Return the messages without removing them.
	 * @return the messages, oldest first
	 */
	public List<QueueMessage> messages() {
		return List.copyOf(this.messages);
	}

	/**
	 * Remove and return every message.
	 * @return the messages, oldest first
	 */
	public List<QueueMessage> drain() {
		List<QueueMessage> drained = new ArrayList<>();
		this.messages.drainTo(drained);
		return drained;
	}

	/**
	 * Return how many messages the queue holds.
	 * @return the number of messages
	 */
	public int size() {
		return this.messages.size();
	}

	boolean offer(QueueMessage message) {
		return this.messages.offer(message);
	}

	void clear() {
		this.messages.clear();
	}

	@Override
	public String toString() {
		return "EmulatedQueue[" + this.name + ", size=" + size() + "]";
	}

}
