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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * Keeps the delivery attempts (the latest {@value #MAX_ATTEMPTS}) and the dead-lettered
 * events of every subscription, and wakes threads waiting for them.
 *
 * @author Event Grid for Spring Boot team
 */
final class DeliveryLog {

	private static final int MAX_ATTEMPTS = 100_000;

	private final Object monitor = new Object();

	private final Deque<DeliveryAttempt> attempts = new ArrayDeque<>();

	private final Map<String, List<DeadLetteredEvent>> deadLetters = new HashMap<>();

	void attempted(DeliveryAttempt attempt) {
		synchronized (this.monitor) {
			if (this.attempts.size() == MAX_ATTEMPTS) {
				this.attempts.removeFirst();
			}
			this.attempts.addLast(attempt);
			this.monitor.notifyAll();
		}
	}

	void deadLettered(DeadLetteredEvent event) {
		synchronized (this.monitor) {
			this.deadLetters.computeIfAbsent(key(event.subscription()), (name) -> new ArrayList<>()).add(event);
			this.monitor.notifyAll();
		}
	}

	List<DeliveryAttempt> attempts(@Nullable String subscription, boolean succeededOnly) {
		synchronized (this.monitor) {
			return this.attempts.stream()
				.filter((attempt) -> subscription == null || attempt.subscription().equalsIgnoreCase(subscription))
				.filter((attempt) -> !succeededOnly || attempt.succeeded())
				.toList();
		}
	}

	List<DeadLetteredEvent> deadLetters(String subscription) {
		synchronized (this.monitor) {
			return List.copyOf(this.deadLetters.getOrDefault(key(subscription), List.of()));
		}
	}

	List<DeliveryAttempt> awaitAttempts(String subscription, boolean succeededOnly, int count, Duration timeout)
			throws InterruptedException {
		String what = succeededOnly ? "deliveries" : "delivery attempts";
		return await(() -> attempts(subscription, succeededOnly), count, timeout, what, subscription);
	}

	List<DeadLetteredEvent> awaitDeadLetters(String subscription, int count, Duration timeout)
			throws InterruptedException {
		return await(() -> deadLetters(subscription), count, timeout, "dead-lettered events", subscription);
	}

	private <T> List<T> await(Supplier<List<T>> snapshot, int count, Duration timeout, String what, String subscription)
			throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		synchronized (this.monitor) {
			List<T> current = snapshot.get();
			while (current.size() < count) {
				long remaining = deadline - System.nanoTime();
				if (remaining <= 0) {
					throw new IllegalStateException("Expected " + count + " " + what + " for subscription '"
							+ subscription + "' within " + timeout + " but there were " + current.size());
				}
				this.monitor.wait(Math.max(1, remaining / 1_000_000));
				current = snapshot.get();
			}
			return current;
		}
	}

	int clearDeadLetters(String subscription) {
		synchronized (this.monitor) {
			List<DeadLetteredEvent> removed = this.deadLetters.remove(key(subscription));
			return (removed != null) ? removed.size() : 0;
		}
	}

	void clear() {
		synchronized (this.monitor) {
			this.attempts.clear();
			this.deadLetters.clear();
		}
	}

	private static String key(String subscription) {
		return subscription.toLowerCase(Locale.ROOT);
	}

}
