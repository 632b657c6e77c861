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

package dev.eventgrid.samples.webhook;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import dev.eventgrid.spring.event.CloudEvent;
import dev.eventgrid.spring.event.system.StorageBlobCreatedEventData;
import dev.eventgrid.spring.event.system.SystemEventNames;
import dev.eventgrid.spring.listener.EventGridDelivery;
import dev.eventgrid.spring.listener.EventGridListener;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The application's webhook: Event Grid posts events to {@code /api/events}
 * ({@code eventgrid.webhook.path}), and each {@link EventGridListener} method receives
 * those of its event types. The library answers the subscription handshakes, reads the
 * events in either schema and acknowledges each delivery once the methods return; a
 * method that throws makes Event Grid retry.
 * <p>
 * A real application would act on the events here; this one logs them and hands them to
 * the sample waiting for them.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@Component
public class WarehouseListeners {

	private static final Log logger = LogFactory.getLog(WarehouseListeners.class);

	private final BlockingQueue<Received<StorageBlobCreatedEventData>> blobs = new LinkedBlockingQueue<>(100);

	private final BlockingQueue<Received<CloudEvent>> shipments = new LinkedBlockingQueue<>(100);

	/**
	 * Receive the typed data of Azure Storage's blob-created system events, from a
	 * subscription delivering the Event Grid schema.
	 * @param blob the event's data
	 * @param delivery the delivery properties
	 */
	@EventGridListener(eventTypes = SystemEventNames.STORAGE_BLOB_CREATED)
	void blobCreated(StorageBlobCreatedEventData blob, EventGridDelivery delivery) {
		logger.info("Blob created: " + blob.url() + " (" + blob.contentLength() + " bytes)");
		this.blobs.offer(new Received<>(blob, delivery));
	}

	/**
	 * Receive whole CloudEvents of the warehouse's own type, from a subscription
	 * delivering CloudEvents.
	 * @param event the event
	 * @param delivery the delivery properties
	 */
	@EventGridListener(eventTypes = ItemShipped.TYPE)
	void itemShipped(CloudEvent event, EventGridDelivery delivery) {
		logger.info("Item shipped: event " + event.getId() + " from " + event.getSource());
		this.shipments.offer(new Received<>(event, delivery));
	}

	/**
	 * Wait for the next blob-created event.
	 * @param timeout how long to wait at most
	 * @return the event's data, or {@code null} if none arrived in time
	 */
	@Nullable Received<StorageBlobCreatedEventData> nextBlob(Duration timeout) {
		return poll(this.blobs, timeout);
	}

	/**
	 * Wait for the next item-shipped event.
	 * @param timeout how long to wait at most
	 * @return the event, or {@code null} if none arrived in time
	 */
	@Nullable Received<CloudEvent> nextShipment(Duration timeout) {
		return poll(this.shipments, timeout);
	}

	/**
	 * Forget what arrived and was not taken.
	 */
	void clear() {
		this.blobs.clear();
		this.shipments.clear();
	}

	private static <T> @Nullable T poll(BlockingQueue<T> queue, Duration timeout) {
		try {
			return queue.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

}
