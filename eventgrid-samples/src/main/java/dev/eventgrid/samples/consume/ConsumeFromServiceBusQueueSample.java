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

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.delivery.EventSubscription;
import dev.eventgrid.emulator.delivery.QueueMessage;
import dev.eventgrid.samples.Sample;
import dev.eventgrid.samples.SampleOutput;
import dev.eventgrid.samples.SampleSkippedException;
import dev.eventgrid.samples.emulator.EmulatorConfiguration;
import dev.eventgrid.spring.EventGridHeaders;
import dev.eventgrid.spring.converter.EventGridMessageConverter;
import dev.eventgrid.spring.core.EventGridOperations;
import dev.eventgrid.spring.event.CloudEvent;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;

/**
 * Reads an event that an Event Grid subscription sent to an Azure Service Bus queue.
 * Event Grid sends each event as one message, its JSON as the body, and says how it
 * delivered it in application properties ({@code aeg-subscription-name},
 * {@code aeg-delivery-count}, ...); the auto-configured {@link EventGridMessageConverter}
 * turns such a message into one carrying the {@link CloudEvent}, with those properties
 * and the event's attributes as {@link EventGridHeaders} headers. Mirrors the Python
 * sample {@code consume_cloud_events_from_service_bus_queue.py}.
 * <p>
 * Against the emulator, the sample creates a Service Bus subscription on the CloudEvents
 * topic, publishes, and takes the message from the emulator's queue. Against Azure, the
 * subscription is created with {@code az eventgrid event-subscription create
 * --endpoint-type servicebusqueue --endpoint <queue resource id>}, and a Spring Cloud
 * Azure {@code @ServiceBusListener} method (from
 * {@code spring-cloud-azure-starter-servicebus}) receives the messages, each converted in
 * one line: <pre class="code">
 * &#64;ServiceBusListener(destination = "orders")
 * void receive(Message&lt;byte[]&gt; message) {
 *     Message&lt;?&gt; event = eventGridMessageConverter.toEventMessage(message);
 * }
 * </pre> The sample is then skipped.
 *
 * @author Event Grid for Spring Boot team
 */
@Component
@Order(200)
class ConsumeFromServiceBusQueueSample implements Sample {

	static final String SUBSCRIPTION = "samples-service-bus";

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final EventGridOperations eventGrid;

	private final EventGridMessageConverter converter;

	private final ObjectProvider<EventGridEmulator> emulator;

	private final SampleOutput output;

	ConsumeFromServiceBusQueueSample(EventGridOperations eventGrid, EventGridMessageConverter converter,
			ObjectProvider<EventGridEmulator> emulator, SampleOutput output) {
		this.eventGrid = eventGrid;
		this.converter = converter;
		this.emulator = emulator;
		this.output = output;
	}

	@Override
	public String name() {
		return "service-bus-queue";
	}

	@Override
	public String description() {
		return "Consume CloudEvents from a Service Bus queue with EventGridMessageConverter";
	}

	@Override
	public void run() {
		EventGridEmulator emulator = this.emulator.getIfAvailable();
		if (emulator == null) {
			throw new SampleSkippedException("needs a Service Bus subscription ('az eventgrid event-subscription "
					+ "create --endpoint-type servicebusqueue ...') and a Spring Cloud Azure @ServiceBusListener to "
					+ "read it; see the Javadoc of " + getClass().getSimpleName());
		}
		String topic = EmulatorConfiguration.topic("default");
		emulator.subscribe(topic,
				EventSubscription.serviceBusQueue(SUBSCRIPTION).includedEventTypes(PaymentCaptured.TYPE));
		this.output.line("subscribed the Service Bus queue " + SUBSCRIPTION + " to the " + PaymentCaptured.TYPE
				+ " events of " + topic);

		CloudEvent payment = CloudEvent.builder()
			.source("/contoso/payments")
			.type(PaymentCaptured.TYPE)
			.subject("orders/A-1001")
			.data(new PaymentCaptured("A-1001", new BigDecimal("42.50"), "EUR"))
			.build();
		this.output.sent(this.eventGrid.send(payment), payment);

		QueueMessage queued = Queues.take(emulator, SUBSCRIPTION, TIMEOUT);
		this.output.line("Service Bus message " + queued.messageId() + ": " + queued.body().length()
				+ " bytes of JSON, application properties " + queued.properties().keySet().stream().sorted().toList());
		// The message as a Spring Cloud Azure listener receives it: the body, and the
		// application properties as headers
		Message<byte[]> message = MessageBuilder.withPayload(queued.body().getBytes(StandardCharsets.UTF_8))
			.copyHeaders(queued.properties())
			.build();
		Message<?> eventMessage = this.converter.toEventMessage(message);
		CloudEvent event = (CloudEvent) eventMessage.getPayload();
		MessageHeaders headers = eventMessage.getHeaders();
		this.output.line("converted to a CloudEvent: id=" + event.getId() + " type=" + event.getType() + " subject="
				+ event.getSubject() + ", data " + event.data(PaymentCaptured.class));
		this.output.line("with headers " + EventGridHeaders.SUBSCRIPTION_NAME + "="
				+ headers.get(EventGridHeaders.SUBSCRIPTION_NAME) + ", " + EventGridHeaders.DELIVERY_COUNT + "="
				+ headers.get(EventGridHeaders.DELIVERY_COUNT, Integer.class) + ", " + EventGridHeaders.TYPE + "="
				+ headers.get(EventGridHeaders.TYPE) + ", " + EventGridHeaders.SOURCE + "="
				+ headers.get(EventGridHeaders.SOURCE));
	}

}
