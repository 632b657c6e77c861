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

package dev.eventgrid.samples.consume;

import java.time.Duration;

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.delivery.EventSubscription;
import dev.eventgrid.emulator.delivery.QueueMessage;
import dev.eventgrid.samples.Sample;
import dev.eventgrid.samples.SampleOutput;
import dev.eventgrid.samples.SampleSkippedException;
import dev.eventgrid.samples.emulator.EmulatorConfiguration;
import dev.eventgrid.spring.converter.EventGridMessageConverter;
import dev.eventgrid.spring.core.EventGridOperations;
import dev.eventgrid.spring.event.CloudEvent;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;

/**
 * Reads an event that an Event Grid subscription wrote to an Azure Storage queue. Event
 * Grid writes each event as one queue message, its JSON encoded in Base64; the
 * auto-configured {@link EventGridMessageConverter} reads such a message as a
 * {@link CloudEvent} or straight into the event's data class. Mirrors the Python sample
 * {@code consume_cloud_events_from_storage_queue.py}.
 * <p>
 * Against the emulator, the sample creates a Storage Queue subscription on the
 * CloudEvents topic, publishes, and takes the message from the emulator's queue. Against
 * Azure, the subscription is created with {@code az eventgrid event-subscription create
 * --endpoint-type storagequeue --endpoint <storage account resource
 * id>/queueservices/default/queues/orders}, and Spring Cloud Azure's
 * {@code StorageQueueTemplate} (from {@code spring-cloud-azure-starter-storage-queue})
 * receives the messages, each converted in one line: <pre class="code">
 * Message&lt;?&gt; message = storageQueueTemplate.receiveAsync("orders", Duration.ofSeconds(30)).block();
 * CloudEvent event = (CloudEvent) eventGridMessageConverter.fromMessage(message, CloudEvent.class);
 * </pre> The sample is then skipped.
 *
 * @author Event Grid for Spring Boot team
 */
@Component
@Order(190)
class ConsumeFromStorageQueueSample implements Sample {

	static final String SUBSCRIPTION = "samples-storage-queue";

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final EventGridOperations eventGrid;

	private final EventGridMessageConverter converter;

	private final ObjectProvider<EventGridEmulator> emulator;

	private final SampleOutput output;

	ConsumeFromStorageQueueSample(EventGridOperations eventGrid, EventGridMessageConverter converter,
			ObjectProvider<EventGridEmulator> emulator, SampleOutput output) {
		this.eventGrid = eventGrid;
		this.converter = converter;
		this.emulator = emulator;
		this.output = output;
	}

	@Override
	public String name() {
		return "storage-queue";
	}

	@Override
	public String description() {
		return "Consume CloudEvents from a Storage Queue with EventGridMessageConverter";
	}

	@Override
	public void run() {
		EventGridEmulator emulator = this.emulator.getIfAvailable();
		if (emulator == null) {
			throw new SampleSkippedException("needs a Storage Queue subscription ('az eventgrid event-subscription "
					+ "create --endpoint-type storagequeue ...') and Spring Cloud Azure's StorageQueueTemplate to "
					+ "read it; see the Javadoc of " + getClass().getSimpleName());
		}
		String topic = EmulatorConfiguration.topic("default");
		emulator.subscribe(topic, EventSubscription.queue(SUBSCRIPTION).includedEventTypes(OrderShipped.TYPE));
		this.output.line("subscribed the Storage queue " + SUBSCRIPTION + " to the " + OrderShipped.TYPE + " events of "
				+ topic);

		OrderShipped order = new OrderShipped("A-1001", "Contoso Logistics", "CL-88421");
		this.output.sent(this.eventGrid.convertAndSend(order), order);

		QueueMessage queued = Queues.take(emulator, SUBSCRIPTION, TIMEOUT);
		this.output.line("queue message " + queued.messageId() + ": " + queued.body().length()
				+ " characters of Base64, starting " + queued.body().substring(0, 16) + "...");
		// The message as Spring Cloud Azure's StorageQueueTemplate receives it: its text
		Message<String> message = MessageBuilder.withPayload(queued.body()).build();
		if (this.converter.fromMessage(message, CloudEvent.class) instanceof CloudEvent event) {
			this.output.line("converted to a CloudEvent: id=" + event.getId() + " type=" + event.getType() + " source="
					+ event.getSource());
		}
		if (this.converter.fromMessage(message, OrderShipped.class) instanceof OrderShipped data) {
			this.output.line("converted to its data: " + data);
		}
	}

}
