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
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;

import dev.eventgrid.emulator.model.ReceivedEvent;
import org.jspecify.annotations.Nullable;

/**
 * The state of one queue subscription: its events, their locks, the receivers waiting for
 * events and the dead-lettered events. Every change happens under one monitor, so no
 * event is ever locked by two receivers at once; futures are completed outside it. A
 * timer wakes the queue when the next lock, release delay or time-to-live ends.
 *
 * @author Event Grid for Spring Boot team
 */
final class LockingQueue {

	static final String MAX_DELIVERY_REASON = "Maximum delivery attempts was exceeded.";

	static final String TIME_TO_LIVE_REASON = "Time to live has expired.";

	static final String REJECTED_REASON = "Event was rejected.";

	static final String NOT_SETTLED_RESULT = "Event was not acknowledged nor rejected.";

	static final String RELEASED_RESULT = "Event was released.";

	static final String REJECTED_RESULT = "Event was rejected.";

	static final String NOT_RECEIVED_RESULT = "Event was not received.";

	private static final Duration RENEWAL_WINDOW = Duration.ofHours(1);

	private final Object monitor = new Object();

	private final String namespace;

	private final String topic;

	private final NamespaceSubscription definition;

	private final NamespaceClock clock;

	private final Map<Long, QueuedEvent> events = new LinkedHashMap<>();

	private final Map<String, QueuedEvent> locks = new HashMap<>();

	private final Deque<Waiter> waiters = new ArrayDeque<>();

	private final List<DeadLetteredCloudEvent> deadLetters = new ArrayList<>();

	private long sequence;

	private @Nullable ScheduledFuture<?> wakeUp;

	private @Nullable Instant wakeUpAt;

	LockingQueue(String namespace, String topic, NamespaceSubscription definition, NamespaceClock clock) {
		this.namespace = namespace;
		this.topic = topic;
		this.definition = definition;
		this.clock = clock;
	}

	void enqueue(ReceivedEvent event) {
		List<Handoff> handoffs;
		synchronized (this.monitor) {
			Instant expiresAt = event.receivedAt().plus(this.clock.scaled(this.definition.eventTimeToLive()));
			this.sequence++;
			this.events.put(this.sequence, new QueuedEvent(this.sequence, event, expiresAt));
			handoffs = update(this.clock.now());
		}
		complete(handoffs);
	}

	CompletableFuture<List<Delivery>> receive(int maxEvents, Duration maxWaitTime) {
		Waiter waiter = new Waiter(maxEvents, new CompletableFuture<>());
		List<Handoff> handoffs;
		synchronized (this.monitor) {
			this.waiters.addLast(waiter);
			handoffs = update(this.clock.now());
		}
		complete(handoffs);
		if (!waiter.result().isDone()) {
			ScheduledFuture<?> timeout = this.clock.after(maxWaitTime, () -> giveUp(waiter));
			waiter.result().whenComplete((deliveries, ex) -> {
				timeout.cancel(false);
				if (ex != null) {
					forget(waiter);
				}
			});
		}
		return waiter.result();
	}

	private void giveUp(Waiter waiter) {
		forget(waiter);
		waiter.result().complete(List.of());
	}

	private void forget(Waiter waiter) {
		synchronized (this.monitor) {
			this.waiters.remove(waiter);
		}
	}

	SettleResult settle(SettleOperation operation, List<String> tokens, Duration releaseDelay) {
		List<String> succeeded = new ArrayList<>();
		List<SettleResult.Failure> failed = new ArrayList<>();
		List<Handoff> handoffs;
		synchronized (this.monitor) {
			Instant now = this.clock.now();
			expireLocks(now);
			for (String token : tokens) {
				SettleResult.Failure failure = settle(operation, token, releaseDelay, now);
				if (failure != null) {
					failed.add(failure);
				}
				else {
					succeeded.add(token);
				}
			}
			handoffs = update(now);
		}
		complete(handoffs);
		return new SettleResult(List.copyOf(succeeded), List.copyOf(failed));
	}

	private SettleResult.@Nullable Failure settle(SettleOperation operation, String token, Duration releaseDelay,
			Instant now) {
		if (!LockTokens.isWellFormed(token)) {
			return new SettleResult.Failure(token, "BadToken", "Token is not formatted correctly.");
		}
		QueuedEvent event = this.locks.get(token);
		if (event == null) {
			return new SettleResult.Failure(token, "TokenLost", "Token has expired.");
		}
		if (operation == SettleOperation.RENEW_LOCK) {
			return renew(token, event, now);
		}
		this.locks.remove(token);
		if (operation == SettleOperation.ACKNOWLEDGE) {
			this.events.remove(event.sequence());
		}
		else if (operation == SettleOperation.REJECT) {
			deadLetter(event, REJECTED_REASON, REJECTED_RESULT);
		}
		else {
			unlock(event, now.plus(this.clock.scaled(releaseDelay)), RELEASED_RESULT);
		}
		return null;
	}

	private SettleResult.@Nullable Failure renew(String token, QueuedEvent event, Instant now) {
		if (now.isAfter(event.lockedAt().plus(this.clock.scaled(RENEWAL_WINDOW)))) {
			return new SettleResult.Failure(token, "BadRequest",
					"The lock cannot be renewed more than 1 hour after the event was received.");
		}
		event.renew(now.plus(this.clock.scaled(this.definition.lockDuration())));
		return null;
	}

	private List<Handoff> update(Instant now) {
		expireLocks(now);
		expireTimeToLive(now);
		List<Handoff> handoffs = serveWaiters(now);
		scheduleWakeUp(now);
		return handoffs;
	}

	private void expireLocks(Instant now) {
		Iterator<QueuedEvent> locked = this.locks.values().iterator();
		while (locked.hasNext()) {
			QueuedEvent event = locked.next();
			if (!event.lockedUntil().isAfter(now)) {
				locked.remove();
				unlock(event, now, NOT_SETTLED_RESULT);
			}
		}
	}

	private void unlock(QueuedEvent event, Instant availableAt, String result) {
		event.unlock(availableAt);
		if (event.deliveryCount() >= this.definition.maxDeliveryCount()) {
			deadLetter(event, MAX_DELIVERY_REASON, result);
		}
	}

	private void expireTimeToLive(Instant now) {
		List<QueuedEvent> expired = new ArrayList<>();
		for (QueuedEvent event : this.events.values()) {
			if (!event.isLocked() && !event.expiresAt().isAfter(now)) {
				expired.add(event);
			}
		}
		for (QueuedEvent event : expired) {
			deadLetter(event, TIME_TO_LIVE_REASON,
					(event.deliveryCount() > 0) ? NOT_SETTLED_RESULT : NOT_RECEIVED_RESULT);
		}
	}

	private void deadLetter(QueuedEvent event, String reason, String result) {
		this.events.remove(event.sequence());
		ReceivedEvent received = event.event();
		this.deadLetters
			.add(new DeadLetteredCloudEvent(this.namespace, this.topic, this.definition.name(), received.node(), reason,
					event.deliveryCount(), result, received.receivedAt(), event.lastDeliveredAt()));
		this.monitor.notifyAll();
	}

	private List<Handoff> serveWaiters(Instant now) {
		List<Handoff> handoffs = new ArrayList<>();
		Iterator<Waiter> pending = this.waiters.iterator();
		while (pending.hasNext()) {
			Waiter waiter = pending.next();
			if (waiter.result().isDone()) {
				pending.remove();
				continue;
			}
			List<Delivery> taken = take(waiter.maxEvents(), now);
			if (taken.isEmpty()) {
				break;
			}
			pending.remove();
			handoffs.add(new Handoff(waiter, taken));
		}
		return handoffs;
	}

	private List<Delivery> take(int maxEvents, Instant now) {
		List<Delivery> taken = new ArrayList<>();
		Instant lockedUntil = now.plus(this.clock.scaled(this.definition.lockDuration()));
		for (QueuedEvent event : this.events.values()) {
			if (taken.size() == maxEvents) {
				break;
			}
			if (event.isAvailable(now)) {
				String token = LockTokens.next();
				taken.add(event.lock(token, now, lockedUntil));
				this.locks.put(token, event);
			}
		}
		return taken;
	}

	private void complete(List<Handoff> handoffs) {
		List<Delivery> unclaimed = new ArrayList<>();
		for (Handoff handoff : handoffs) {
			if (!handoff.waiter().result().complete(handoff.deliveries())) {
				unclaimed.addAll(handoff.deliveries());
			}
		}
		if (unclaimed.isEmpty()) {
			return;
		}
		List<Handoff> next;
		synchronized (this.monitor) {
			Instant now = this.clock.now();
			for (Delivery delivery : unclaimed) {
				QueuedEvent event = this.locks.remove(delivery.lockToken());
				if (event != null) {
					event.undoDelivery(now);
				}
			}
			next = update(now);
		}
		complete(next);
	}

	private void scheduleWakeUp(Instant now) {
		Instant next = null;
		for (QueuedEvent event : this.events.values()) {
			Instant due = event.isLocked() ? event.lockedUntil() : (event.availableAt().isAfter(now)
					? earliest(event.availableAt(), event.expiresAt()) : event.expiresAt());
			next = (next != null) ? earliest(next, due) : due;
		}
		if (next == null || (this.wakeUp != null && this.wakeUpAt != null && !this.wakeUpAt.isAfter(next))) {
			return;
		}
		if (this.wakeUp != null) {
			this.wakeUp.cancel(false);
		}
		this.wakeUpAt = next;
		this.wakeUp = this.clock.at(next, this::wake);
	}

	private static Instant earliest(Instant first, Instant second) {
		return first.isBefore(second) ? first : second;
	}

	private void wake() {
		List<Handoff> handoffs;
		synchronized (this.monitor) {
			this.wakeUp = null;
			this.wakeUpAt = null;
			handoffs = update(this.clock.now());
		}
		complete(handoffs);
	}

	int availableCount() {
		synchronized (this.monitor) {
			Instant now = this.clock.now();
			return (int) this.events.values().stream().filter((event) -> event.isAvailable(now)).count();
		}
	}

	int lockedCount() {
		synchronized (this.monitor) {
			return this.locks.size();
		}
	}

	int waitingCount() {
		synchronized (this.monitor) {
			return (int) this.waiters.stream().filter((waiter) -> !waiter.result().isDone()).count();
		}
	}

	int size() {
		synchronized (this.monitor) {
			return this.events.size();
		}
	}

	List<DeadLetteredCloudEvent> deadLetters() {
		synchronized (this.monitor) {
			return List.copyOf(this.deadLetters);
		}
	}

	List<DeadLetteredCloudEvent> awaitDeadLetters(int count, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		synchronized (this.monitor) {
			while (this.deadLetters.size() < count) {
				long remaining = deadline - System.nanoTime();
				if (remaining <= 0) {
					throw new IllegalStateException("Expected " + count + " dead-lettered events on '"
							+ this.definition.name() + "' within " + timeout + " but found " + this.deadLetters.size());
				}
				this.monitor.wait(Math.max(1, remaining / 1_000_000));
			}
			return List.copyOf(this.deadLetters);
		}
	}

	void clear() {
		synchronized (this.monitor) {
			this.events.clear();
			this.locks.clear();
			this.deadLetters.clear();
		}
	}

	void close() {
		List<Waiter> pending;
		synchronized (this.monitor) {
			if (this.wakeUp != null) {
				this.wakeUp.cancel(false);
			}
			pending = new ArrayList<>(this.waiters);
			this.waiters.clear();
		}
		pending.forEach((waiter) -> waiter.result().complete(List.of()));
	}

	/**
	 * A receive request waiting for events.
	 *
	 * @param maxEvents how many events it takes at most
	 * @param result completed with the events locked for it
	 */
	private record Waiter(int maxEvents, CompletableFuture<List<Delivery>> result) {

	}

	/**
	 * Events locked for a waiter, to hand over outside the monitor.
	 *
	 * @param waiter the waiter
	 * @param deliveries the locked events
	 */
	private record Handoff(Waiter waiter, List<Delivery> deliveries) {

	}

}
