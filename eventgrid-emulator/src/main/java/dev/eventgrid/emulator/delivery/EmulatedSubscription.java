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
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.eventgrid.emulator.model.EmulatedTopic;
import dev.eventgrid.emulator.model.InputSchema;
import org.jspecify.annotations.Nullable;

/**
 * An event subscription registered on an emulator: its definition, scope, resolved
 * delivery schema and provisioning state, and what happened to its events.
 *
 * @author Event Grid for Spring Boot team
 */
public final class EmulatedSubscription {

	private final EventSubscription definition;

	private final EmulatedTopic topic;

	private final @Nullable String domainTopic;

	private final InputSchema deliverySchema;

	private final @Nullable EmulatedQueue queue;

	private final DeliveryLog log;

	private final String validationCode = UUID.randomUUID().toString();

	private final String validationToken = UUID.randomUUID().toString().replace("-", "");

	private SubscriptionState state = SubscriptionState.CREATING;

	private @Nullable String failureReason;

	private @Nullable String validationUrl;

	private @Nullable Instant manualValidationDeadline;

	private volatile boolean deleted;

	EmulatedSubscription(EmulatedTopic topic, @Nullable String domainTopic, EventSubscription definition,
			InputSchema deliverySchema, @Nullable EmulatedQueue queue, DeliveryLog log) {
		this.topic = topic;
		this.domainTopic = domainTopic;
		this.definition = definition;
		this.deliverySchema = deliverySchema;
		this.queue = queue;
		this.log = log;
	}

	/**
	 * Return the subscription name.
	 * @return the name
	 */
	public String name() {
		return this.definition.name();
	}

	/**
	 * Return the definition the subscription was created from.
	 * @return the definition
	 */
	public EventSubscription definition() {
		return this.definition;
	}

	/**
	 * Return the topic or domain the subscription is on.
	 * @return the topic or domain
	 */
	public EmulatedTopic topic() {
		return this.topic;
	}

	/**
	 * Return the domain topic the subscription is scoped to.
	 * @return the domain topic, or {@code null} for a topic or a whole domain
	 */
	public @Nullable String domainTopic() {
		return this.domainTopic;
	}

	/**
	 * Return the schema events are delivered in.
	 * @return the delivery schema; {@link InputSchema#CUSTOM} means the published object
	 * verbatim
	 */
	public InputSchema deliverySchema() {
		return this.deliverySchema;
	}

	/**
	 * Return the resource id of the subscription's scope: the topic, the domain or the
	 * domain topic.
	 * @return the scope's resource id
	 */
	public String scopeResourceId() {
		return (this.domainTopic != null) ? this.topic.domainTopicResourceId(this.domainTopic)
				: this.topic.resourceId();
	}

	/**
	 * Return the resource id of the subscription.
	 * @return the resource id
	 */
	public String resourceId() {
		return scopeResourceId() + "/providers/Microsoft.EventGrid/eventSubscriptions/" + name();
	}

	/**
	 * Return the provisioning state.
	 * @return the state
	 */
	public synchronized SubscriptionState state() {
		return this.state;
	}

	/**
	 * Return why the subscription failed.
	 * @return the reason, or {@code null} unless the state is
	 * {@link SubscriptionState#FAILED}
	 */
	public synchronized @Nullable String failureReason() {
		return this.failureReason;
	}

	/**
	 * Return the URL whose GET completes the manual validation handshake.
	 * @return the URL, or {@code null} if no validation event was sent
	 */
	public synchronized @Nullable String validationUrl() {
		return this.validationUrl;
	}

	/**
	 * Return the delivery attempts of this subscription, oldest first.
	 * @return an immutable snapshot
	 */
	public List<DeliveryAttempt> deliveries() {
		return this.log.attempts(name(), false);
	}

	/**
	 * Wait until this subscription has made at least a number of delivery attempts,
	 * successful or not.
	 * @param count how many attempts to wait for
	 * @param timeout how long to wait at most
	 * @return the attempts, at least {@code count}
	 * @throws IllegalStateException if fewer attempts were made in time
	 * @throws InterruptedException if the thread was interrupted while waiting
	 */
	public List<DeliveryAttempt> awaitAttempts(int count, Duration timeout) throws InterruptedException {
		return this.log.awaitAttempts(name(), false, count, timeout);
	}

	/**
	 * Return the events this subscription gave up on, in Event Grid's dead-letter format.
	 * @return an immutable snapshot, oldest first
	 */
	public List<DeadLetteredEvent> deadLetters() {
		return this.log.deadLetters(name());
	}

	/**
	 * Wait until this subscription has dead-lettered at least a number of events.
	 * @param count how many dead-lettered events to wait for
	 * @param timeout how long to wait at most
	 * @return the dead-lettered events, at least {@code count}
	 * @throws IllegalStateException if fewer events were dead-lettered in time
	 * @throws InterruptedException if the thread was interrupted while waiting
	 */
	public List<DeadLetteredEvent> awaitDeadLetters(int count, Duration timeout) throws InterruptedException {
		return this.log.awaitDeadLetters(name(), count, timeout);
	}

	/**
	 * Forget the events this subscription dead-lettered.
	 * @return how many were forgotten
	 */
	public int clearDeadLetters() {
		return this.log.clearDeadLetters(name());
	}

	/**
	 * Return the in-memory queue of a Storage Queue or Service Bus subscription.
	 * @return the queue, or {@code null} for a webhook or a real storage queue
	 */
	public @Nullable EmulatedQueue queue() {
		return this.queue;
	}

	String validationCode() {
		return this.validationCode;
	}

	String validationToken() {
		return this.validationToken;
	}

	boolean covers(@Nullable String eventDomainTopic) {
		return this.domainTopic == null || this.domainTopic.equalsIgnoreCase(eventDomainTopic);
	}

	boolean isDeleted() {
		return this.deleted;
	}

	void delete() {
		this.deleted = true;
	}

	synchronized boolean isDeliverable() {
		return !this.deleted && this.state == SubscriptionState.SUCCEEDED;
	}

	synchronized void validationUrl(String url) {
		this.validationUrl = url;
	}

	synchronized void succeeded() {
		if (this.state == SubscriptionState.CREATING || this.state == SubscriptionState.AWAITING_MANUAL_ACTION) {
			this.state = SubscriptionState.SUCCEEDED;
		}
	}

	synchronized void failed(String reason) {
		if (this.state == SubscriptionState.CREATING || this.state == SubscriptionState.AWAITING_MANUAL_ACTION) {
			this.state = SubscriptionState.FAILED;
			this.failureReason = reason;
		}
	}

	synchronized void awaitManualAction(Instant deadline) {
		if (this.state == SubscriptionState.CREATING) {
			this.state = SubscriptionState.AWAITING_MANUAL_ACTION;
			this.manualValidationDeadline = deadline;
		}
	}

	synchronized boolean validateManually(String code, String token, Instant now) {
		if (!this.validationCode.equalsIgnoreCase(code) || !this.validationToken.equals(token)) {
			return false;
		}
		Instant deadline = this.manualValidationDeadline;
		if (deadline != null && now.isAfter(deadline)) {
			expireManualValidation(now);
		}
		succeeded();
		return this.state == SubscriptionState.SUCCEEDED;
	}

	synchronized void expireManualValidation(Instant now) {
		Instant deadline = this.manualValidationDeadline;
		if (this.state == SubscriptionState.AWAITING_MANUAL_ACTION && deadline != null && !now.isBefore(deadline)) {
			failed("The validation URL was not requested within the manual validation window");
		}
	}

	@Override
	public String toString() {
		return "EmulatedSubscription[" + name() + " on " + scopeResourceId() + ", " + state().serviceName() + "]";
	}

}
