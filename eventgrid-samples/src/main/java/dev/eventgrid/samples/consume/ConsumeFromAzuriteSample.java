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

import java.nio.file.Path;
import java.time.Duration;

import com.azure.storage.queue.QueueClient;
import com.azure.storage.queue.QueueClientBuilder;
import com.azure.storage.queue.models.QueueMessageItem;
import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.delivery.EventSubscription;
import dev.eventgrid.samples.Sample;
import dev.eventgrid.samples.SampleOutput;
import dev.eventgrid.samples.SampleSkippedException;
import dev.eventgrid.samples.emulator.EmulatorConfiguration;
import dev.eventgrid.spring.converter.EventGridMessageConverter;
import dev.eventgrid.spring.core.EventGridOperations;
import dev.eventgrid.spring.event.CloudEvent;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;

/**
 * Reads, from a real storage queue, an event that the emulator delivered there as Event
 * Grid does: the emulator's Storage Queue subscription writes each event to Azurite (the
 * Azure Storage emulator) as one Base64 message; the Azure Storage SDK's
 * {@link QueueClient} receives it, and the auto-configured
 * {@link EventGridMessageConverter} turns its text into a {@link CloudEvent} and into the
 * event's data class.
 * <p>
 * The sample starts Azurite with Node.js (installed with npm on first use into
 * {@code samples.azurite.directory}, {@link Azurite#defaultInstallDirectory()} unless
 * set), or uses the storage account of {@code samples.azurite.connection-string}; it is
 * skipped, saying why, where Node.js is missing and against Azure.
 *
 * @author Event Grid for Spring Boot team
 */
@Component
@Order(195)
class ConsumeFromAzuriteSample implements Sample {

	static final String SUBSCRIPTION = "samples-azurite";

	static final String QUEUE = "samples-orders";

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final EventGridOperations eventGrid;

	private final EventGridMessageConverter converter;

	private final ObjectProvider<EventGridEmulator> emulator;

	private final SampleOutput output;

	private final Path azuriteDirectory;

	private final String connectionString;

	ConsumeFromAzuriteSample(EventGridOperations eventGrid, EventGridMessageConverter converter,
			ObjectProvider<EventGridEmulator> emulator, SampleOutput output,
			@Value("${samples.azurite.directory:}") String azuriteDirectory,
			@Value("${samples.azurite.connection-string:}") String connectionString) {
		this.eventGrid = eventGrid;
		this.converter = converter;
		this.emulator = emulator;
		this.output = output;
		this.azuriteDirectory = azuriteDirectory.isEmpty() ? Azurite.defaultInstallDirectory()
				: Path.of(azuriteDirectory);
		this.connectionString = connectionString;
	}

	@Override
	public String name() {
		return "azurite";
	}

	@Override
	public String description() {
		return "Consume CloudEvents the emulator wrote to Azurite, with the Storage SDK and EventGridMessageConverter";
	}

	@Override
	public void run() {
		EventGridEmulator emulator = this.emulator.getIfAvailable();
		if (emulator == null) {
			throw new SampleSkippedException(
					"delivers from the emulator to Azurite; against Azure, see the " + "storage-queue sample");
		}
		if (!this.connectionString.isEmpty()) {
			consume(emulator, this.connectionString);
			return;
		}
		String unavailable = Azurite.unavailableReason();
		if (unavailable != null) {
			throw new SampleSkippedException(unavailable + "; install Node.js 18 or later, or set "
					+ "samples.azurite.connection-string to a running Azurite");
		}
		try (Azurite azurite = Azurite.start(this.azuriteDirectory)) {
			this.output.line("started Azurite " + Azurite.VERSION + " on port " + azurite.port());
			consume(emulator, azurite.connectionString());
		}
	}

	private void consume(EventGridEmulator emulator, String connectionString) {
		String topic = EmulatorConfiguration.topic("default");
		emulator.subscribe(topic, EventSubscription.storageQueue(SUBSCRIPTION, connectionString, QUEUE)
			.includedEventTypes(OrderShipped.TYPE));
		this.output
			.line("subscribed the storage queue " + QUEUE + " to the " + OrderShipped.TYPE + " events of " + topic);
		OrderShipped order = new OrderShipped("A-1002", "Contoso Logistics", "CL-88422");
		this.output.sent(this.eventGrid.convertAndSend(order), order);

		QueueClient queue = new QueueClientBuilder().connectionString(connectionString).queueName(QUEUE).buildClient();
		QueueMessageItem item = receive(emulator, queue);
		String text = item.getBody().toString();
		this.output.line("Azurite message " + item.getMessageId() + ": " + text.length()
				+ " characters of Base64, starting " + text.substring(0, 16) + "...");
		Message<String> message = MessageBuilder.withPayload(text).build();
		if (this.converter.fromMessage(message, CloudEvent.class) instanceof CloudEvent event) {
			this.output.line("converted to a CloudEvent: id=" + event.getId() + " type=" + event.getType() + " source="
					+ event.getSource());
		}
		if (this.converter.fromMessage(message, OrderShipped.class) instanceof OrderShipped data) {
			this.output.line("converted to its data: " + data);
		}
		queue.deleteMessage(item.getMessageId(), item.getPopReceipt());
		emulator.unsubscribe(SUBSCRIPTION);
	}

	private static QueueMessageItem receive(EventGridEmulator emulator, QueueClient queue) {
		try {
			emulator.awaitDeliveries(SUBSCRIPTION, 1, TIMEOUT);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while the emulator delivered to Azurite", ex);
		}
		QueueMessageItem item = queue.receiveMessage();
		if (item == null) {
			throw new IllegalStateException("The emulator delivered, but the storage queue " + QUEUE + " is empty");
		}
		return item;
	}

}
