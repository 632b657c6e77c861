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

import java.time.Instant;

import dev.eventgrid.emulator.model.ReceivedEvent;
import org.jspecify.annotations.Nullable;

/**
 * An event in a queue subscription and its lock state. Only its {@link LockingQueue}
 * touches it, under the queue's monitor.
 *
 * @author Event Grid for Spring Boot team
 */
final class QueuedEvent {

	private final long sequence;

	private final ReceivedEvent event;

	private final Instant expiresAt;

	private Instant availableAt;

	private int deliveryCount;

	private @Nullable String lockToken;

	private Instant lockedAt = Instant.MIN;

	private Instant lockedUntil = Instant.MIN;

	private @Nullable Instant lastDeliveredAt;

	QueuedEvent(long sequence, ReceivedEvent event, Instant expiresAt) {
		this.sequence = sequence;
		this.event = event;
		this.expiresAt = expiresAt;
		this.availableAt = event.receivedAt();
	}

	long sequence() {
		return this.sequence;
	}

	ReceivedEvent event() {
		return this.event;
	}

	Instant expiresAt() {
		return this.expiresAt;
	}

	Instant availableAt() {
		return this.availableAt;
	}

	int deliveryCount() {
		return this.deliveryCount;
	}

	boolean isLocked() {
		return this.lockToken != null;
	}

	Instant lockedAt() {
		return this.lockedAt;
	}

	Instant lockedUntil() {
		return this.lockedUntil;
	}

	@Nullable Instant lastDeliveredAt() {
		return this.lastDeliveredAt;
	}

	boolean isAvailable(Instant now) {
		return this.lockToken == null && !this.availableAt.isAfter(now) && this.expiresAt.isAfter(now);
	}

	Delivery lock(String token, Instant now, Instant until) {
		this.lockToken = token;
		this.lockedAt = now;
		this.lockedUntil = until;
		this.lastDeliveredAt = now;
		this.deliveryCount++;
		return new Delivery(token, this.deliveryCount, this.event);
	}

	void renew(Instant until) {
		this.lockedUntil = until;
	}

	void unlock(Instant availableAt) {
		this.lockToken = null;
		this.availableAt = availableAt;
	}

	void undoDelivery(Instant now) {
		unlock(now);
		this.deliveryCount--;
	}

}
