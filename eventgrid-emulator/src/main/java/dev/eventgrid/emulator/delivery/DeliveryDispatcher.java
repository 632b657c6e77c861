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

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.eventgrid.emulator.logging.ActivityLog;
import dev.eventgrid.emulator.storagequeue.StorageQueueTarget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Moves pending deliveries through their attempts off the publish path: each attempt and
 * each retry runs on the delivery executor, webhook calls complete on the client's event
 * loops. After a failed attempt the event is retried on the scaled schedule, or
 * dead-lettered when the status is not retried ({@code UndeliverableDueToHttp<Outcome>}),
 * when the attempts are used up ({@code MaxDeliveryAttemptsExceeded}) or when its
 * time-to-live has passed at the next attempt ({@code TimeToLiveExceeded}). Unlike the
 * service, which waits about five minutes, the emulator dead-letters at once. At most
 * {@code maxPending} deliveries are in flight; further events are dropped with a warning.
 *
 * @author Event Grid for Spring Boot team
 */
final class DeliveryDispatcher {

	private static final Logger logger = LoggerFactory.getLogger(DeliveryDispatcher.class);

	private final ScheduledExecutorService executor;

	private final WebhookEndpoint webhook;

	private final StorageQueueEndpoint storageQueue;

	private final EventFormatter formatter;

	private final RetryPolicy policy;

	private final DeliveryLog log;

	private final Clock clock;

	private final int maxPending;

	private final AtomicInteger pending = new AtomicInteger();

	private volatile boolean closed;

	DeliveryDispatcher(ScheduledExecutorService executor, WebhookEndpoint webhook, StorageQueueEndpoint storageQueue,
			EventFormatter formatter, RetryPolicy policy, DeliveryLog log, Clock clock, int maxPending) {
		this.executor = executor;
		this.webhook = webhook;
		this.storageQueue = storageQueue;
		this.formatter = formatter;
		this.policy = policy;
		this.log = log;
		this.clock = clock;
		this.maxPending = maxPending;
	}

	void submit(PendingDelivery delivery) {
		if (this.closed) {
			return;
		}
		if (this.pending.incrementAndGet() > this.maxPending) {
			this.pending.decrementAndGet();
			logger.warn("Dropped event {} for subscription '{}': {} deliveries are already pending",
					delivery.fields().id(), delivery.subscription().name(), this.maxPending);
			return;
		}
		execute(delivery, () -> attempt(delivery));
	}

	int pending() {
		return this.pending.get();
	}

	private void attempt(PendingDelivery delivery) {
		EmulatedSubscription subscription = delivery.subscription();
		if (this.closed || subscription.isDeleted()) {
			finish(delivery);
			return;
		}
		Instant now = this.clock.instant();
		Duration timeToLive = this.policy.scale(subscription.definition().eventTimeToLive());
		if (delivery.attempts() > 0 && !now.isBefore(delivery.publishTime().plus(timeToLive))) {
			deadLetter(delivery, "TimeToLiveExceeded");
			return;
		}
		OutgoingEvent event = delivery.outgoing(this.formatter);
		send(subscription, event, delivery.attempts(), now).subscribe(
				(result) -> execute(delivery, () -> completed(delivery, now, result)),
				(ex) -> execute(delivery, () -> completed(delivery, now, WebhookEndpoint.failure(ex))));
	}

	private Mono<AttemptResult> send(EmulatedSubscription subscription, OutgoingEvent event, int deliveryCount,
			Instant now) {
		URI endpoint = subscription.definition().endpoint();
		if (endpoint != null) {
			return this.webhook.deliver(endpoint, subscription.name(), event, deliveryCount);
		}
		StorageQueueTarget target = subscription.definition().storageQueue();
		if (target != null) {
			return this.storageQueue.deliver(target, event, subscription.definition().isBase64Encoded());
		}
		EmulatedQueue queue = subscription.queue();
		if (queue == null) {
			return Mono.error(new IllegalStateException("Subscription '" + subscription.name() + "' has no endpoint"));
		}
		return Mono.fromSupplier(() -> QueueEndpoint.deliver(subscription, queue, event, deliveryCount, now));
	}

	private void completed(PendingDelivery delivery, Instant startedAt, AttemptResult result) {
		DeliveryAttempt attempt = delivery.attempted(startedAt, result);
		EventSubscription definition = delivery.subscription().definition();
		String deadLetterReason = null;
		Duration retryIn = null;
		if (result.succeeded()) {
			finish(delivery);
		}
		else if (!this.policy.isRetriable(result.status(), definition.endpointType())) {
			deadLetterReason = "UndeliverableDueToHttp" + result.outcome().serviceName();
		}
		else if (delivery.attempts() >= definition.maxDeliveryAttempts()) {
			deadLetterReason = "MaxDeliveryAttemptsExceeded";
		}
		else {
			retryIn = this.policy.delayAfter(delivery.attempts(), result.status());
		}
		ActivityLog.deliveryAttempted(attempt.subscription(), endpoint(definition), attempt.eventId(),
				attempt.deliveryCount() + 1, result.status(), result.outcome().serviceName(), retryIn);
		// why: recorded after the line is written, so that whoever awaits the attempt
		// finds its line
		this.log.attempted(attempt);
		if (deadLetterReason != null) {
			deadLetter(delivery, deadLetterReason);
		}
		else if (retryIn != null) {
			schedule(delivery, retryIn);
		}
	}

	private static String endpoint(EventSubscription definition) {
		URI webhook = definition.endpoint();
		if (webhook != null) {
			return webhook.toString();
		}
		StorageQueueTarget target = definition.storageQueue();
		return (target != null) ? target.description() : "memory:" + definition.endpointType().serviceName();
	}

	private void deadLetter(PendingDelivery delivery, String reason) {
		OutgoingEvent event = delivery.outgoing(this.formatter);
		String json = this.formatter.deadLetter(event, reason, delivery);
		ActivityLog.deadLettered(delivery.subscription().name(), event.fields().id(), reason, delivery.attempts(),
				delivery.lastOutcome().serviceName());
		this.log.deadLettered(new DeadLetteredEvent(delivery.subscription().name(), event.fields().id(), json, reason,
				delivery.attempts(), delivery.lastOutcome(), delivery.lastStatus(), delivery.publishTime(),
				delivery.lastAttemptTime()));
		finish(delivery);
	}

	private void schedule(PendingDelivery delivery, Duration delay) {
		try {
			this.executor.schedule(() -> guarded(delivery, () -> attempt(delivery)), delay.toNanos(),
					TimeUnit.NANOSECONDS);
		}
		catch (RejectedExecutionException ex) {
			finish(delivery);
		}
	}

	private void execute(PendingDelivery delivery, Runnable task) {
		try {
			this.executor.execute(() -> guarded(delivery, task));
		}
		catch (RejectedExecutionException ex) {
			finish(delivery);
		}
	}

	private void guarded(PendingDelivery delivery, Runnable task) {
		try {
			task.run();
		}
		catch (RuntimeException ex) {
			logger.error("Delivery of {} to '{}' failed unexpectedly; the event is dropped", delivery.fields().id(),
					delivery.subscription().name(), ex);
			finish(delivery);
		}
	}

	private void finish(PendingDelivery delivery) {
		this.pending.decrementAndGet();
	}

	void close() {
		this.closed = true;
	}

}
