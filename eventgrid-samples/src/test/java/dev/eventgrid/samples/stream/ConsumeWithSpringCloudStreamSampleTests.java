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
import java.util.Base64;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.samples.SampleRunner;
import dev.eventgrid.samples.consume.OrderShipped;
import dev.eventgrid.spring.EventGridHeaders;
import dev.eventgrid.spring.event.CloudEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.cloud.stream.binder.test.InputDestination;
import org.springframework.cloud.stream.binder.test.OutputDestination;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ConsumeWithSpringCloudStreamSample}, and of its functions with Spring
 * Cloud Stream's test binder.
 *
 * @author Event Grid for Spring Boot team
 */
@SpringBootTest(properties = "samples.run=none", webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ConsumeWithSpringCloudStreamSampleTests {

	private static final String CLOUD_EVENT = "{\"id\":\"c-7\",\"source\":\"/contoso/orders\","
			+ "\"type\":\"com.contoso.orders.OrderShipped\",\"specversion\":\"1.0\",\"subject\":\"\","
			+ "\"data\":{\"orderId\":\"A-7\",\"carrier\":\"Contoso Logistics\",\"trackingNumber\":\"CL-7\"}}";

	@Autowired
	private SampleRunner samples;

	@Autowired
	private EventGridEmulator emulator;

	@Autowired
	private InputDestination input;

	@Autowired
	private OutputDestination output;

	@Autowired
	private BlockingQueue<Message<CloudEvent>> receivedOrderEvents;

	@BeforeEach
	void clear() {
		this.emulator.clear();
		this.receivedOrderEvents.clear();
		this.output.clear();
	}

	@Test
	void runsInTheSamplesCommandAndReceivesTypedEventsFromBothQueues(CapturedOutput output) {
		assertThat(this.samples.run("spring-cloud-stream").passed()).isOne();
		String id = this.emulator.receivedEvents("cloud-events").get(0).text("id");
		assertThat(output).contains("orderEvents received a CloudEvent: id=" + id
				+ " type=com.contoso.orders.OrderShipped, aeg-delivery-count=0, aeg-subscription-name=SAMPLES-STREAM-ORDERS",
				"shippingLabels turned the Storage queue message into: Contoso Logistics CL-90210 for order A-1002");
	}

	@Test
	void aConsumerOfMessageOfCloudEventReceivesAServiceBusMessageTyped() throws InterruptedException {
		this.input.send(MessageBuilder.withPayload(CLOUD_EVENT.getBytes(StandardCharsets.UTF_8))
			.setHeader(EventGridHeaders.DELIVERY_COUNT, 2)
			.build(), "orders");

		Message<CloudEvent> message = this.receivedOrderEvents.poll(10, TimeUnit.SECONDS);
		assertThat(message).isNotNull();
		assertThat(message.getPayload().getId()).isEqualTo("c-7");
		assertThat(message.getPayload().data(OrderShipped.class))
			.isEqualTo(new OrderShipped("A-7", "Contoso Logistics", "CL-7"));
		assertThat(message.getHeaders()).containsEntry(EventGridHeaders.DELIVERY_COUNT, 2);
	}

	@Test
	void aFunctionReceivesTheDataOfABase64StorageQueueMessage() {
		String base64 = Base64.getEncoder().encodeToString(CLOUD_EVENT.getBytes(StandardCharsets.UTF_8));
		this.input.send(MessageBuilder.withPayload(base64.getBytes(StandardCharsets.UTF_8)).build(), "shipments");

		Message<byte[]> label = this.output.receive(10_000, "labels");
		assertThat(label).isNotNull();
		assertThat(new String(label.getPayload(), StandardCharsets.UTF_8))
			.isEqualTo("Contoso Logistics CL-7 for order A-7");
	}

}
