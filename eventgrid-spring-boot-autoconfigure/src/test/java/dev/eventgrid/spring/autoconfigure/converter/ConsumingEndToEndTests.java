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

package dev.eventgrid.spring.autoconfigure.converter;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.delivery.EventSubscription;
import dev.eventgrid.emulator.delivery.QueueMessage;
import dev.eventgrid.spring.EventGridHeaders;
import dev.eventgrid.spring.autoconfigure.EventGridAutoConfiguration;
import dev.eventgrid.spring.converter.EventGridJmsMessageConverter;
import dev.eventgrid.spring.converter.EventGridMessageConverter;
import dev.eventgrid.spring.core.EventGridTemplate;
import dev.eventgrid.spring.event.CloudEvent;
import dev.eventgrid.spring.event.EventGridEvent;
import jakarta.jms.ConnectionFactory;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientProducer;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End to end, as Event Grid delivers: events published with the template reach the
 * emulator, which writes them to a Storage Queue and a Service Bus queue exactly as the
 * service does; the auto-configured converters turn the messages back into typed events,
 * the Service Bus one through a real JMS broker (an embedded ActiveMQ Artemis).
 *
 * @author Event Grid for Spring Boot team
 */
class ConsumingEndToEndTests {

	private static EventGridEmulator emulator;

	private static EmbeddedActiveMQ broker;

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(EventGridAutoConfiguration.class,
				EventGridMessagingAutoConfiguration.class, EventGridJmsAutoConfiguration.class))
		.withPropertyValues("eventgrid.endpoint=" + emulator.httpEndpoint("orders"),
				"eventgrid.key=" + emulator.key("orders"), "eventgrid.publishers.audit.schema=event-grid-event",
				"eventgrid.publishers.audit.endpoint=" + emulator.httpEndpoint("audit"),
				"eventgrid.publishers.audit.key=" + emulator.key("audit"),
				"eventgrid.jms.message-converter.enabled=true", "spring.application.name=shop");

	@BeforeAll
	static void start(@TempDir Path directory) throws Exception {
		emulator = EventGridEmulator.builder()
			.topic("orders", dev.eventgrid.emulator.model.InputSchema.CLOUD_EVENT_V1_0)
			.topic("audit", dev.eventgrid.emulator.model.InputSchema.EVENT_GRID_EVENT)
			.subscription("orders", EventSubscription.queue("orders-storage"))
			.subscription("orders", EventSubscription.serviceBusQueue("orders-servicebus"))
			.subscription("audit",
					EventSubscription.queue("audit-storage").base64Encoded(false).includedEventTypes("Audit.Recorded"))
			.start();
		broker = new EmbeddedActiveMQ().setConfiguration(new ConfigurationImpl().setPersistenceEnabled(false)
			.setSecurityEnabled(false)
			.setJournalDirectory(directory.resolve("journal").toString())
			.setBindingsDirectory(directory.resolve("bindings").toString())
			.setPagingDirectory(directory.resolve("paging").toString())
			.setLargeMessagesDirectory(directory.resolve("large").toString())
			.addAcceptorConfiguration("in-vm", "vm://1"));
		broker.start();
	}

	@BeforeEach
	void clearEmulator() {
		emulator.clear();
	}

	@AfterAll
	static void stop() throws Exception {
		emulator.close();
		broker.stop();
	}

	@Test
	void storageQueueMessagesBecomeTypedEventsAndTheirData() {
		this.contextRunner.run((context) -> {
			context.getBean(EventGridTemplate.class).convertAndSend(new OrderPlaced("A-1", 3));
			context.getBean(EventGridTemplate.class)
				.send("audit", List.of(audit("Audit.Recorded", "a-1"), audit("Audit.Ignored", "a-2")));
			EventGridMessageConverter converter = context.getBean(EventGridMessageConverter.class);

			QueueMessage base64 = emulator.queue("orders-storage").poll(Duration.ofSeconds(10));
			assertThat(base64).isNotNull();
			assertThat(base64.body()).doesNotStartWith("{");
			Message<String> message = MessageBuilder.withPayload(base64.body()).build();
			CloudEvent event = (CloudEvent) converter.fromMessage(message, CloudEvent.class);
			assertThat(event).isNotNull();
			assertThat(event.getSource()).isEqualTo("/shop");
			assertThat(converter.fromMessage(message, OrderPlaced.class)).isEqualTo(new OrderPlaced("A-1", 3));

			QueueMessage plain = emulator.queue("audit-storage").poll(Duration.ofSeconds(10));
			assertThat(plain).isNotNull();
			Object events = converter.fromMessage(
					MessageBuilder.withPayload(plain.body().getBytes(StandardCharsets.UTF_8)).build(), List.class,
					new ParameterizedTypeReference<List<EventGridEvent>>() {
					}.getType());
			assertThat(events).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(EventGridEvent.class))
				.singleElement()
				.satisfies((audit) -> {
					assertThat(audit.getId()).isEqualTo("a-1");
					assertThat(audit.getTopic()).isEqualTo(emulator.resourceId("audit"));
				});
			assertThat(emulator.queue("audit-storage").size()).isZero();
		});
	}

	@Test
	void serviceBusMessagesThroughAJmsBrokerBecomeEventsWithDeliveryHeaders() {
		this.contextRunner.run((context) -> {
			context.getBean(EventGridTemplate.class).convertAndSend(new OrderPlaced("B-2", 1));
			QueueMessage delivered = emulator.queue("orders-servicebus").poll(Duration.ofSeconds(10));
			assertThat(delivered).isNotNull();
			forwardAsServiceBusWould(delivered, "orders");
			ConnectionFactory connectionFactory = new ActiveMQConnectionFactory("vm://1");
			JmsTemplate jms = new JmsTemplate(connectionFactory);
			jms.setReceiveTimeout(10_000);
			EventGridJmsMessageConverter converter = context.getBean(EventGridJmsMessageConverter.class);

			Message<Object> message = converter.toMessagingMessage(jms.receive("orders"));

			assertThat(message.getPayload()).isInstanceOfSatisfying(CloudEvent.class,
					(event) -> assertThat(event.data(OrderPlaced.class)).isEqualTo(new OrderPlaced("B-2", 1)));
			assertThat(message.getHeaders()).containsEntry(EventGridHeaders.SUBSCRIPTION_NAME, "ORDERS-SERVICEBUS")
				.containsEntry(EventGridHeaders.DELIVERY_COUNT, 0)
				.containsEntry(EventGridHeaders.EVENT_TYPE, "Notification");
			((ActiveMQConnectionFactory) connectionFactory).close();
		});
	}

	/**
	 * Put a Service Bus message on the broker as Service Bus would hand it to a JMS
	 * client: the body as bytes and Event Grid's properties under their own names, which
	 * an AMQP producer may use and a JMS producer may not.
	 */
	private static void forwardAsServiceBusWould(QueueMessage delivered, String queue) throws Exception {
		try (ServerLocator locator = ActiveMQClient.createServerLocator("vm://1");
				ClientSessionFactory factory = locator.createSessionFactory();
				ClientSession session = factory.createSession();
				ClientProducer producer = session.createProducer(queue)) {
			session.createQueue(QueueConfiguration.of(queue).setRoutingType(RoutingType.ANYCAST));
			ClientMessage message = session.createMessage(ClientMessage.BYTES_TYPE, false);
			message.getBodyBuffer().writeBytes(delivered.body().getBytes(StandardCharsets.UTF_8));
			for (Map.Entry<String, String> property : delivered.properties().entrySet()) {
				message.putStringProperty(property.getKey(), property.getValue());
			}
			producer.send(message);
		}
	}

	private static EventGridEvent audit(String type, String id) {
		return EventGridEvent.builder().id(id).subject("audit").eventType(type).dataVersion("1").data(Map.of()).build();
	}

	record OrderPlaced(String orderId, int quantity) {
	}

}
