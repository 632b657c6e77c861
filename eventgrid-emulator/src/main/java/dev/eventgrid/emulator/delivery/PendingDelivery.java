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

import java.time.Instant;

import dev.eventgrid.emulator.model.ReceivedEvent;
import org.jspecify.annotations.Nullable;

/**
 * One event on its way to one subscription, with the history of its attempts. Its
 * attempts run one after another, each handed over through the delivery executor, so the
 * fields need no further synchronization.
 *
 * @author Event Grid for Spring Boot team
 */
final class PendingDelivery {

	private final EmulatedSubscription subscription;

	private final ReceivedEvent event;

	private final EventFields fields;

	private @Nullable OutgoingEvent outgoing;

	private int attempts;

	private DeliveryOutcome lastOutcome = DeliveryOutcome.DELIVERED;

	private int lastStatus;

	private @Nullable Instant lastAttemptTime;

	PendingDelivery(EmulatedSubscription subscription, ReceivedEvent event, EventFields fields) {
		this.subscription = subscription;
		this.event = event;
		this.fields = fields;
	}

	EmulatedSubscription subscription() {
		return this.subscription;
	}

	EventFields fields() {
		return this.fields;
	}

	OutgoingEvent outgoing(EventFormatter formatter) {
		OutgoingEvent formatted = this.outgoing;
		if (formatted == null) {
			formatted = formatter.format(this.subscription, this.event, this.fields);
			this.outgoing = formatted;
		}
		return formatted;
	}

	Instant publishTime() {
		return this.event.receivedAt();
	}

	int attempts() {
		return this.attempts;
	}

	DeliveryOutcome lastOutcome() {
		return this.lastOutcome;
	}

	int lastStatus() {
		return this.lastStatus;
	}

	@Nullable Instant lastAttemptTime() {
		return this.lastAttemptTime;
	}

	DeliveryAttempt attempted(Instant time, AttemptResult result) {
		DeliveryAttempt attempt = new DeliveryAttempt(this.subscription.name(), this.fields.id(), this.attempts, time,
				result.status(), result.outcome());
		this.attempts++;
		this.lastOutcome = result.outcome();
		this.lastStatus = result.status();
		this.lastAttemptTime = time;
		return attempt;
	}

}
