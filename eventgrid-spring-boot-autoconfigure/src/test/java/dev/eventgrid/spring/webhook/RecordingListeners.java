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

package dev.eventgrid.spring.webhook;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import dev.eventgrid.spring.EventGridHeaders;
import dev.eventgrid.spring.event.CloudEvent;
import dev.eventgrid.spring.event.EventGridEvent;
import dev.eventgrid.spring.event.system.StorageBlobCreatedEventData;
import dev.eventgrid.spring.event.system.SubscriptionValidationEventData;
import dev.eventgrid.spring.event.system.SystemEventNames;
import dev.eventgrid.spring.listener.EventGridDelivery;
import dev.eventgrid.spring.listener.EventGridListener;
import dev.eventgrid.spring.listener.EventGridRejectedException;
import dev.eventgrid.spring.listener.EventGridRetryLaterException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import reactor.core.publisher.Mono;

import org.springframework.messaging.Message;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.messaging.handler.annotation.Payload;

/**
 * Listener methods of every kind, recording what they receive.
 *
 * @author Event Grid for Spring Boot team
 */
class RecordingListeners {

	final List<OrderPlaced> orders = new CopyOnWriteArrayList<>();

	final List<EventGridDelivery> deliveries = new CopyOnWriteArrayList<>();

	final List<CloudEvent> cloudEvents = new CopyOnWriteArrayList<>();

	final List<Integer> flakyDeliveryCounts = new CopyOnWriteArrayList<>();

	final AtomicInteger flakyFailures = new AtomicInteger();

	final List<String> rejected = new CopyOnWriteArrayList<>();

	final List<Integer> busyDeliveryCounts = new CopyOnWriteArrayList<>();

	final List<StorageBlobCreatedEventData> blobs = new CopyOnWriteArrayList<>();

	final List<List<EventGridEvent>> batches = new CopyOnWriteArrayList<>();

	final List<SubscriptionValidationEventData> validations = new CopyOnWriteArrayList<>();

	final List<String> validOrders = new CopyOnWriteArrayList<>();

	final List<Message<CloudEvent>> messages = new CopyOnWriteArrayList<>();

	final List<List<OrderPlaced>> orderBatches = new CopyOnWriteArrayList<>();

	final List<String> tenants = new CopyOnWriteArrayList<>();

	final List<String> poisoned = new CopyOnWriteArrayList<>();

	void reset() {
		this.orders.clear();
		this.deliveries.clear();
		this.cloudEvents.clear();
		this.flakyDeliveryCounts.clear();
		this.flakyFailures.set(0);
		this.rejected.clear();
		this.busyDeliveryCounts.clear();
		this.blobs.clear();
		this.batches.clear();
		this.validations.clear();
		this.validOrders.clear();
		this.messages.clear();
		this.orderBatches.clear();
		this.tenants.clear();
		this.poisoned.clear();
	}

	int calls() {
		return this.orders.size() + this.cloudEvents.size() + this.flakyDeliveryCounts.size() + this.rejected.size()
				+ this.busyDeliveryCounts.size() + this.blobs.size() + this.batches.size() + this.validations.size()
				+ this.validOrders.size() + this.messages.size() + this.orderBatches.size() + this.tenants.size()
				+ this.poisoned.size();
	}

	@EventGridListener(eventTypes = "Shop.OrderPlaced")
	void onOrder(OrderPlaced order, EventGridDelivery delivery) {
		this.orders.add(order);
		this.deliveries.add(delivery);
	}

	@EventGridListener(path = "${test.cloud-path:/events/cloud}")
	Mono<Void> onCloudEvent(CloudEvent event) {
		return Mono.fromRunnable(() -> this.cloudEvents.add(event));
	}

	@EventGridListener(path = "/events/flaky")
	void onFlaky(EventGridEvent event, EventGridDelivery delivery) {
		this.flakyDeliveryCounts.add(delivery.deliveryCount());
		if (this.flakyFailures.getAndDecrement() > 0) {
			throw new IllegalStateException("Downstream service unavailable");
		}
	}

	@EventGridListener(path = "/events/rejecting")
	void onRejecting(EventGridEvent event) {
		this.rejected.add(event.getId());
		throw new EventGridRejectedException("Order " + event.getSubject() + " is not valid");
	}

	@EventGridListener(path = "/events/busy")
	CompletableFuture<Void> onBusy(EventGridEvent event, EventGridDelivery delivery) {
		this.busyDeliveryCounts.add(delivery.deliveryCount());
		return (delivery.deliveryCount() == 0)
				? CompletableFuture
					.failedFuture(new EventGridRetryLaterException("Database busy", Duration.ofSeconds(30), null))
				: CompletableFuture.completedFuture(null);
	}

	@EventGridListener(path = "/events/storage")
	void onBlobCreated(StorageBlobCreatedEventData blob) {
		this.blobs.add(blob);
	}

	@EventGridListener(path = "/events/storage", id = "storage-batch")
	void onStorageBatch(List<EventGridEvent> events) {
		this.batches.add(events);
	}

	@EventGridListener(path = "/events/manual", eventTypes = SystemEventNames.EVENT_GRID_SUBSCRIPTION_VALIDATION)
	void onValidation(SubscriptionValidationEventData validation) {
		this.validations.add(validation);
	}

	@EventGridListener(path = "/events/valid")
	void onValidOrder(@Payload @Valid ValidOrder order, @Header(EventGridHeaders.DELIVERY_COUNT) int deliveryCount,
			@Header(EventGridHeaders.TYPE) String type) {
		this.validOrders.add(order.orderId() + " x" + order.quantity() + " " + type + " #" + deliveryCount);
	}

	@EventGridListener(path = "/events/message")
	void onMessage(Message<CloudEvent> message) {
		this.messages.add(message);
	}

	@EventGridListener(path = "/events/batch", batch = "true")
	void onOrderBatch(List<OrderPlaced> orders) {
		this.orderBatches.add(orders);
	}

	@EventGridListener(path = "/events/tenant")
	void onTenantEvent(CloudEvent event, Tenant tenant) {
		this.tenants.add(tenant.name() + ":" + event.getId());
	}

	@EventGridListener(path = "/events/poison", errorHandler = "poisonErrorHandler")
	void onPoison(EventGridEvent event) {
		this.poisoned.add(event.getId());
		throw new PoisonException("Order " + event.getSubject() + " can never be processed");
	}

	/**
	 * The data of a custom event, validated.
	 *
	 * @param orderId the order
	 * @param quantity how many
	 */
	record ValidOrder(@NotBlank String orderId, @Positive int quantity) {

	}

	/**
	 * The tenant of an event, resolved by a custom argument resolver from its
	 * {@code tenant} extension attribute.
	 *
	 * @param name the tenant's name
	 */
	record Tenant(String name) {

	}

	/**
	 * Thrown by a listener for an event that no retry can process.
	 */
	static class PoisonException extends RuntimeException {

		PoisonException(String message) {
			super(message);
		}

	}

	/**
	 * The data of a custom event.
	 *
	 * @param orderId the order
	 * @param quantity how many
	 */
	record OrderPlaced(String orderId, int quantity) {

	}

}
