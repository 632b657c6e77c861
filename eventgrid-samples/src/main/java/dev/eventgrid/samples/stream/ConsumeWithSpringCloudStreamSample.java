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

package dev.eventgrid.samples.stream;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.delivery.EventSubscription;
import dev.eventgrid.emulator.delivery.QueueMessage;
import dev.eventgrid.samples.Sample;
import dev.eventgrid.samples.SampleOutput;
import dev.eventgrid.samples.SampleSkippedException;
import dev.eventgrid.samples.consume.OrderShipped;
import dev.eventgrid.samples.emulator.EmulatorConfiguration;
import dev.eventgrid.spring.EventGridHeaders;
import dev.eventgrid.spring.core.EventGridOperations;
import dev.eventgrid.spring.event.CloudEvent;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.stream.binder.test.InputDestination;
import org.springframework.cloud.stream.binder.test.OutputDestination;
import org.springframework.core.annotation.Order;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;

/**
 * Consumes Event Grid events with Spring Cloud Stream: the {@link StreamFunctions} bound
 * to the {@code orders} and {@code shipments} destinations receive a typed
 * {@link CloudEvent} and an {@link OrderShipped}. Against the emulator, the sample
 * subscribes a Service Bus queue and a Storage Queue, publishes one event, and hands each
 * queue's message to the in-memory binder as Spring Cloud Azure's binders hand over the
 * messages of Azure's queues: the Service Bus body with its application properties as
 * headers, the Storage Queue text (Base64 of the event). Against Azure, the same
 * functions run with {@code spring-cloud-azure-stream-binder-servicebus} or the Storage
 * Queue binder and the configuration in the README; the sample is then skipped.
 *
 * @author Event Grid for Spring Boot team
 */
@Component
@Order(205)
class ConsumeWithSpringCloudStreamSample implements Sample {

	static final String SERVICE_BUS = "samples-stream-orders";

	static final String STORAGE_QUEUE = "samples-stream-shipments";

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final EventGridOperations eventGrid;

	private final ObjectProvider<EventGridEmulator> emulator;

	private final InputDestination input;

	private final OutputDestination output;

	private final BlockingQueue<Message<CloudEvent>> received;

	private final SampleOutput sampleOutput;

	ConsumeWithSpringCloudStreamSample(EventGridOperations eventGrid, ObjectProvider<EventGridEmulator> emulator,
			InputDestination input, OutputDestination output, BlockingQueue<Message<CloudEvent>> receivedOrderEvents,
			SampleOutput sampleOutput) {
		this.eventGrid = eventGrid;
		this.emulator = emulator;
		this.input = input;
		this.output = output;
		this.received = receivedOrderEvents;
		this.sampleOutput = sampleOutput;
	}

	@Override
	public String name() {
		return "spring-cloud-stream";
	}

	@Override
	public String description() {
		return "Consume typed events with Spring Cloud Stream functions and EventGridMessageConverter";
	}

	@Override
	public void run() {
		EventGridEmulator emulator = this.emulator.getIfAvailable();
		if (emulator == null) {
			throw new SampleSkippedException("needs a Service Bus or Storage Queue subscription and Spring Cloud "
					+ "Azure's binder for it; see the Spring Cloud Stream section of the README");
		}
		String topic = EmulatorConfiguration.topic("default");
		emulator.subscribe(topic, EventSubscription.serviceBusQueue(SERVICE_BUS).includedEventTypes(OrderShipped.TYPE));
		emulator.subscribe(topic, EventSubscription.queue(STORAGE_QUEUE).includedEventTypes(OrderShipped.TYPE));
		this.sampleOutput.line("subscribed the Service Bus queue " + SERVICE_BUS + " and the Storage queue "
				+ STORAGE_QUEUE + " to the " + OrderShipped.TYPE + " events of " + topic);

		OrderShipped order = new OrderShipped("A-1002", "Contoso Logistics", "CL-90210");
		this.sampleOutput.sent(this.eventGrid.convertAndSend(order), order);

		QueueMessage serviceBus = take(emulator, SERVICE_BUS);
		this.input.send(MessageBuilder.withPayload(serviceBus.body().getBytes(StandardCharsets.UTF_8))
			.copyHeaders(serviceBus.properties())
			.build(), "orders");
		Message<CloudEvent> event = poll();
		this.sampleOutput.line("orderEvents received a CloudEvent: id=" + event.getPayload().getId() + " type="
				+ event.getPayload().getType() + ", " + EventGridHeaders.DELIVERY_COUNT + "="
				+ event.getHeaders().get(EventGridHeaders.DELIVERY_COUNT) + ", " + EventGridHeaders.SUBSCRIPTION_NAME
				+ "=" + event.getHeaders().get(EventGridHeaders.SUBSCRIPTION_NAME));

		QueueMessage storage = take(emulator, STORAGE_QUEUE);
		this.input.send(MessageBuilder.withPayload(storage.body().getBytes(StandardCharsets.UTF_8)).build(),
				"shipments");
		Message<byte[]> label = this.output.receive(TIMEOUT.toMillis(), "labels");
		if (label == null) {
			throw new IllegalStateException("shippingLabels sent nothing to 'labels'");
		}
		this.sampleOutput.line("shippingLabels turned the Storage queue message into: "
				+ new String(label.getPayload(), StandardCharsets.UTF_8));
	}

	private Message<CloudEvent> poll() {
		Message<CloudEvent> message = null;
		try {
			message = this.received.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return require(message, "orderEvents received nothing");
	}

	private static QueueMessage take(EventGridEmulator emulator, String subscription) {
		QueueMessage message = null;
		try {
			message = emulator.queue(subscription).poll(TIMEOUT);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return require(message, "No message reached the queue of " + subscription);
	}

	private static <T> T require(@Nullable T value, String problem) {
		if (value == null) {
			throw new IllegalStateException(problem + " within " + TIMEOUT.toSeconds() + "s");
		}
		return value;
	}

}
