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

package dev.eventgrid.spring.listener;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * How the delivery of an event ends once a listener failed: acknowledged as if it had
 * succeeded, tried again (at once, or later), or rejected for good. An
 * {@link EventGridListenerErrorHandler} chooses it; each transport carries it out in its
 * own terms: a webhook answers 200, 500, 503 or 400, a pull receiver acknowledges,
 * releases or rejects.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public final class EventGridDeliveryOutcome {

	private static final EventGridDeliveryOutcome ACKNOWLEDGED = new EventGridDeliveryOutcome(Action.ACKNOWLEDGE, false,
			null, null);

	private static final EventGridDeliveryOutcome RETRIED = new EventGridDeliveryOutcome(Action.RETRY, false, null,
			null);

	private final Action action;

	private final boolean later;

	private final @Nullable Duration retryAfter;

	private final @Nullable String reason;

	private EventGridDeliveryOutcome(Action action, boolean later, @Nullable Duration retryAfter,
			@Nullable String reason) {
		this.action = action;
		this.later = later;
		this.retryAfter = retryAfter;
		this.reason = reason;
	}

	/**
	 * Treat the event as processed: it is not delivered again.
	 * @return the outcome
	 */
	public static EventGridDeliveryOutcome acknowledge() {
		return ACKNOWLEDGED;
	}

	/**
	 * Deliver the event again on the service's retry schedule (a webhook answers 500).
	 * @return the outcome
	 */
	public static EventGridDeliveryOutcome retry() {
		return RETRIED;
	}

	/**
	 * Deliver the event again later, because the application cannot take it now (a
	 * webhook answers 503, with {@code Retry-After} when a delay is given).
	 * @param retryAfter the delay to ask for, or {@code null} to leave it to the service
	 * @return the outcome
	 */
	public static EventGridDeliveryOutcome retryLater(@Nullable Duration retryAfter) {
		Assert.isTrue(retryAfter == null || !retryAfter.isNegative(), "'retryAfter' must not be negative");
		return new EventGridDeliveryOutcome(Action.RETRY, true, retryAfter, null);
	}

	/**
	 * Never deliver the event again: it goes to the subscription's dead-letter
	 * destination, or is dropped if there is none (a webhook answers 400).
	 * @param reason why, sent back to the service where the transport allows it
	 * @return the outcome
	 */
	public static EventGridDeliveryOutcome reject(String reason) {
		Assert.notNull(reason, "'reason' must not be null");
		return new EventGridDeliveryOutcome(Action.REJECT, false, null, reason);
	}

	/**
	 * Return what happens to the event.
	 * @return the action
	 */
	public Action getAction() {
		return this.action;
	}

	/**
	 * Return whether a retry was asked for because the application is busy rather than
	 * because it failed.
	 * @return whether this is a {@link #retryLater(Duration)} outcome
	 */
	public boolean isLater() {
		return this.later;
	}

	/**
	 * Return the delay asked for before the next attempt.
	 * @return the delay, or {@code null}
	 */
	public @Nullable Duration getRetryAfter() {
		return this.retryAfter;
	}

	/**
	 * Return why the event was rejected.
	 * @return the reason, or {@code null} unless the action is {@link Action#REJECT}
	 */
	public @Nullable String getReason() {
		return this.reason;
	}

	@Override
	public String toString() {
		return "EventGridDeliveryOutcome[" + this.action + (this.later ? " later" : "")
				+ ((this.retryAfter != null) ? " after " + this.retryAfter : "") + "]";
	}

	/**
	 * What happens to the event.
	 */
	public enum Action {

		/**
		 * The event is done with, as if the listener had succeeded.
		 */
		ACKNOWLEDGE,

		/**
		 * The event is delivered again.
		 */
		RETRY,

		/**
		 * The event is dead-lettered, or dropped.
		 */
		REJECT

	}

}
