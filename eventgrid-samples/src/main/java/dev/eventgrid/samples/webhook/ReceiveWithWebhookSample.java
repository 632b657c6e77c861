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

import java.net.URI;
import java.time.Duration;

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.delivery.EmulatedSubscription;
import dev.eventgrid.emulator.delivery.EventSubscription;
import dev.eventgrid.emulator.delivery.SubscriptionState;
import dev.eventgrid.samples.Sample;
import dev.eventgrid.samples.SampleOutput;
import dev.eventgrid.samples.SampleSkippedException;
import dev.eventgrid.samples.emulator.EmulatorConfiguration;
import dev.eventgrid.spring.core.EventGridOperations;
import dev.eventgrid.spring.event.CloudEvent;
import dev.eventgrid.spring.event.EventGridEvent;
import dev.eventgrid.spring.event.system.StorageBlobCreatedEventData;
import dev.eventgrid.spring.event.system.SystemEventNames;
import dev.eventgrid.spring.listener.EventGridDelivery;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Receives the events Event Grid pushes to this application, with the
 * {@link WarehouseListeners} bean's {@code @EventGridListener} methods. An event
 * subscription tells Event Grid where to deliver a topic's events; before the first
 * delivery Event Grid makes sure the endpoint wants them: with a validation event for the
 * Event Grid schema, which the webhook answers with its code, and with an {@code OPTIONS}
 * request for CloudEvents, which the webhook answers with {@code WebHook-Allowed-Origin}.
 * The Python library has no such sample: its applications receive events through a web
 * framework or Azure Functions.
 * <p>
 * Against the emulator, the sample subscribes the emulator to this application's own
 * address, publishes a {@code Microsoft.Storage.BlobCreated} system event and a
 * CloudEvent, and prints what each listener received. Against Azure, the webhook must be
 * reachable over HTTPS at a public address, and the subscription is created once, outside
 * the application: {@code az eventgrid event-subscription create --name orders-webhook
 * --source-resource-id <topic resource id> --endpoint https://<public host>/api/events};
 * the sample is then skipped, and {@code --samples.keep-running=true} keeps the webhook
 * serving.
 *
 * @author Event Grid for Spring Boot team
 */
@Component
@Order(180)
class ReceiveWithWebhookSample implements Sample {

	static final String BLOBS_SUBSCRIPTION = "samples-blobs";

	static final String SHIPMENTS_SUBSCRIPTION = "samples-shipments";

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final EventGridOperations eventGrid;

	private final WarehouseListeners listeners;

	private final WebhookAddress webhook;

	private final ObjectProvider<EventGridEmulator> emulator;

	private final SampleOutput output;

	ReceiveWithWebhookSample(EventGridOperations eventGrid, WarehouseListeners listeners, WebhookAddress webhook,
			ObjectProvider<EventGridEmulator> emulator, SampleOutput output) {
		this.eventGrid = eventGrid;
		this.listeners = listeners;
		this.webhook = webhook;
		this.emulator = emulator;
		this.output = output;
	}

	@Override
	public String name() {
		return "webhook";
	}

	@Override
	public String description() {
		return "Receive the events Event Grid pushes, with @EventGridListener methods";
	}

	@Override
	public void run() {
		EventGridEmulator emulator = this.emulator.getIfAvailable();
		if (emulator == null) {
			throw new SampleSkippedException("Event Grid delivers only to a public HTTPS address; expose this "
					+ "application, run 'az eventgrid event-subscription create --name orders-webhook "
					+ "--source-resource-id <topic resource id> --endpoint https://<public host>/api/events', then "
					+ "start it with --samples.keep-running=true and publish");
		}
		URI endpoint = this.webhook.uri();
		this.listeners.clear();
		// What 'az eventgrid event-subscription create' does against Azure: the emulator
		// runs the handshake of each schema against the webhook before returning.
		subscribe(emulator, "eg",
				EventSubscription.webhook(BLOBS_SUBSCRIPTION, endpoint)
					.includedEventTypes(SystemEventNames.STORAGE_BLOB_CREATED),
				"validation handshake: the webhook answered the validation code");
		subscribe(emulator, "default",
				EventSubscription.webhook(SHIPMENTS_SUBSCRIPTION, endpoint).includedEventTypes(ItemShipped.TYPE),
				"abuse-protection handshake: the webhook allowed Event Grid's origin in answer to OPTIONS");

		// Azure Storage publishes this event when a blob is written; the sample publishes
		// one itself, as an application relaying system events to a custom topic would.
		EventGridEvent blobCreated = EventGridEvent.builder()
			.subject("/blobServices/default/containers/invoices/blobs/A-1001.pdf")
			.eventType(SystemEventNames.STORAGE_BLOB_CREATED)
			.dataVersion("1.0")
			.data(new StorageBlobCreatedEventData("PutBlob", null, "4c7a6d1e-601e-0032-6a2b-3f9d5e000000",
					"0x8DC1E4B1C7A5F2E", "application/pdf", 52_341L, null, "BlockBlob", "Hot",
					"https://contoso.blob.core.windows.net/invoices/A-1001.pdf", "00000000000000000000000000000a1d",
					null, null))
			.build();
		this.output.sent(this.eventGrid.send("eg", blobCreated), blobCreated);
		CloudEvent shipped = CloudEvent.builder()
			.source("/contoso/warehouse")
			.type(ItemShipped.TYPE)
			.subject("dock-2")
			.data(new ItemShipped("SKU-1003", 2, "Contoso Logistics"))
			.build();
		this.output.sent(this.eventGrid.send(shipped), shipped);

		Received<StorageBlobCreatedEventData> blob = arrived(this.listeners.nextBlob(TIMEOUT), "blobCreated");
		this.output.line("blobCreated(StorageBlobCreatedEventData) received " + blob.event().url() + ": "
				+ blob.event().contentType() + ", " + blob.event().contentLength() + " bytes, written by "
				+ blob.event().api() + describe(blob.delivery()));
		Received<CloudEvent> shipment = arrived(this.listeners.nextShipment(TIMEOUT), "itemShipped");
		CloudEvent event = shipment.event();
		this.output.line("itemShipped(CloudEvent) received id=" + event.getId() + " type=" + event.getType() + ", data "
				+ event.data(ItemShipped.class) + describe(shipment.delivery()));
	}

	private void subscribe(EventGridEmulator emulator, String publisher, EventSubscription definition,
			String handshake) {
		String topic = EmulatorConfiguration.topic(publisher);
		EmulatedSubscription subscription = emulator.subscribe(topic, definition);
		if (subscription.state() != SubscriptionState.SUCCEEDED) {
			throw new IllegalStateException("Subscription " + subscription.name() + " is "
					+ subscription.state().serviceName() + ": " + subscription.failureReason());
		}
		this.output.line("subscribed " + subscription.name() + " on " + topic + " to " + definition.endpoint()
				+ " after the " + handshake);
	}

	private static String describe(EventGridDelivery delivery) {
		return " (subscription " + delivery.subscriptionName() + ", delivery count " + delivery.deliveryCount() + ")";
	}

	private static <T> T arrived(@Nullable T received, String listener) {
		if (received == null) {
			throw new IllegalStateException("Nothing reached " + listener + " within " + TIMEOUT.toSeconds() + "s");
		}
		return received;
	}

}
