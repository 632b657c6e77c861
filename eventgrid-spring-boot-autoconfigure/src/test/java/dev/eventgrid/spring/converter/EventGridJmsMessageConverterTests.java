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

package dev.eventgrid.spring.converter;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import dev.eventgrid.spring.EventGridHeaders;
import dev.eventgrid.spring.event.CloudEvent;
import dev.eventgrid.spring.event.EventGridEvent;
import dev.eventgrid.spring.event.EventGridPayloadReader;
import dev.eventgrid.spring.event.InvalidPayloadException;
import dev.eventgrid.spring.event.Payloads;
import jakarta.jms.BytesMessage;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.TextMessage;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientProducer;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jms.core.JmsTemplate;
import org.springframework.jms.listener.DefaultMessageListenerContainer;
import org.springframework.jms.listener.adapter.MessageListenerAdapter;
import org.springframework.jms.support.converter.MessageConversionException;
import org.springframework.jms.support.converter.SimpleMessageConverter;
import org.springframework.messaging.Message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link EventGridJmsMessageConverter} through a real embedded ActiveMQ Artemis
 * broker, in-VM: messages shaped as Service Bus delivers Event Grid events, with Event
 * Grid's application properties, sent and received with a {@link JmsTemplate}.
 *
 * @author Event Grid for Spring Boot team
 */
class EventGridJmsMessageConverterTests {

	private static EmbeddedActiveMQ broker;

	private static ConnectionFactory connectionFactory;

	private final EventGridJmsMessageConverter converter = new EventGridJmsMessageConverter();

	private final JmsTemplate jmsTemplate = jmsTemplate();

	@BeforeAll
	static void startBroker(@TempDir Path directory) throws Exception {
		Configuration configuration = new ConfigurationImpl().setPersistenceEnabled(false)
			.setSecurityEnabled(false)
			.setJournalDirectory(directory.resolve("journal").toString())
			.setBindingsDirectory(directory.resolve("bindings").toString())
			.setPagingDirectory(directory.resolve("paging").toString())
			.setLargeMessagesDirectory(directory.resolve("large").toString())
			.addAcceptorConfiguration("in-vm", "vm://0");
		broker = new EmbeddedActiveMQ().setConfiguration(configuration);
		broker.start();
		connectionFactory = new ActiveMQConnectionFactory("vm://0");
	}

	@AfterAll
	static void stopBroker() throws Exception {
		((ActiveMQConnectionFactory) connectionFactory).close();
		broker.stop();
	}

	@Test
	void readsATextMessageWithEventGridsPropertiesSpelledAsJmsIdentifiers() throws Exception {
		this.jmsTemplate.send("text-events", (session) -> {
			TextMessage message = session.createTextMessage(Payloads.text("storage-blob-created-eg.json"));
			message.setStringProperty("aeg_subscription_name", "BLOB-EVENTS");
			message.setIntProperty("aeg_delivery_count", 1);
			message.setStringProperty("aeg_event_type", "Notification");
			message.setStringProperty("aeg_metadata_version", "1");
			message.setStringProperty("aeg_data_version", "");
			message.setStringProperty("aeg_output_event_id", "831e1650-001e-001b-66ab-eeb76e069631");
			return message;
		});

		Message<Object> message = this.converter.toMessagingMessage(this.jmsTemplate.receive("text-events"));

		assertThat(message.getPayload()).isInstanceOf(EventGridEvent.class);
		assertThat(message.getHeaders()).containsEntry(EventGridHeaders.SUBSCRIPTION_NAME, "BLOB-EVENTS")
			.containsEntry(EventGridHeaders.DELIVERY_COUNT, 1)
			.containsEntry(EventGridHeaders.EVENT_TYPE, "Notification")
			.containsEntry(EventGridHeaders.METADATA_VERSION, "1")
			.containsEntry(EventGridHeaders.AEG_DATA_VERSION, "")
			.containsEntry(EventGridHeaders.OUTPUT_EVENT_ID, "831e1650-001e-001b-66ab-eeb76e069631")
			.containsEntry(EventGridHeaders.TYPE, "Microsoft.Storage.BlobCreated")
			.containsEntry(EventGridHeaders.ID, "831e1650-001e-001b-66ab-eeb76e069631")
			.containsKey("jms_messageId");
	}

	@Test
	void readsEventGridsPropertiesSpelledWithHyphensAsServiceBusSetsThem() throws Exception {
		// JMS clients may not set such names; an AMQP or core producer may, as Service
		// Bus does
		try (ServerLocator locator = ActiveMQClient.createServerLocator("vm://0");
				ClientSessionFactory factory = locator.createSessionFactory();
				ClientSession session = factory.createSession();
				ClientProducer producer = session.createProducer("hyphen-events")) {
			session.createQueue(QueueConfiguration.of("hyphen-events").setRoutingType(RoutingType.ANYCAST));
			ClientMessage message = session.createMessage(ClientMessage.BYTES_TYPE, false);
			message.getBodyBuffer().writeBytes(Payloads.cloudEvent("c1").getBytes(StandardCharsets.UTF_8));
			message.putStringProperty("aeg-subscription-name", "ORDERS");
			message.putStringProperty("aeg-delivery-count", "4");
			producer.send(message);
		}

		Message<Object> message = this.converter.toMessagingMessage(this.jmsTemplate.receive("hyphen-events"));

		assertThat(message.getPayload()).isInstanceOf(CloudEvent.class);
		assertThat(message.getHeaders()).containsEntry(EventGridHeaders.SUBSCRIPTION_NAME, "ORDERS")
			.containsEntry(EventGridHeaders.DELIVERY_COUNT, 4)
			.containsEntry(EventGridHeaders.SOURCE, "/orders");
	}

	@Test
	void readsABytesMessageHoldingBase64AsStorageQueueForwardersCarryIt() throws Exception {
		this.jmsTemplate.send("bytes-events", (session) -> {
			BytesMessage message = session.createBytesMessage();
			message.writeBytes(Payloads.base64(Payloads.cloudEvent("c2")));
			return message;
		});

		Object event = this.converter.fromMessage(this.jmsTemplate.receive("bytes-events"));

		assertThat(event).isInstanceOf(CloudEvent.class).extracting("id").isEqualTo("c2");
	}

	@Test
	void readsABytesMessageHoldingAnArrayAsAList() throws Exception {
		this.jmsTemplate.send("array-events", (session) -> {
			BytesMessage message = session.createBytesMessage();
			message.writeBytes(("[" + Payloads.eventGridEvent("e1") + "," + Payloads.eventGridEvent("e2") + "]")
				.getBytes(StandardCharsets.UTF_8));
			return message;
		});

		Object events = this.converter.fromMessage(this.jmsTemplate.receive("array-events"));

		assertThat(events).asInstanceOf(InstanceOfAssertFactories.list(EventGridEvent.class))
			.extracting(EventGridEvent::getId)
			.containsExactly("e1", "e2");
	}

	@Test
	void sendsAndReceivesEventsThroughAJmsTemplateUsingTheConverter() {
		JmsTemplate template = jmsTemplate();
		template.setMessageConverter(this.converter);
		EventGridEvent event = EventGridEvent.fromJson(Payloads.eventGridEvent("e3")).get(0);

		template.convertAndSend("round-trip", event);

		assertThat(template.receiveAndConvert("round-trip")).isEqualTo(event);
	}

	@Test
	void deliversEventsToAListenerThroughAListenerContainer() throws Exception {
		BlockingQueue<EventGridEvent> received = new LinkedBlockingQueue<>();
		MessageListenerAdapter adapter = new MessageListenerAdapter(new Object() {

			@SuppressWarnings("unused")
			void handleMessage(EventGridEvent event) {
				received.add(event);
			}

		});
		adapter.setMessageConverter(this.converter);
		DefaultMessageListenerContainer container = new DefaultMessageListenerContainer();
		container.setConnectionFactory(connectionFactory);
		container.setDestinationName("listened-events");
		container.setMessageListener(adapter);
		container.afterPropertiesSet();
		container.start();
		try {
			this.jmsTemplate.send("listened-events",
					(session) -> session.createTextMessage(Payloads.text("iothub-device-connected-eg.json")));

			EventGridEvent event = received.poll(10, TimeUnit.SECONDS);

			assertThat(event).isNotNull();
			assertThat(event.getEventType()).isEqualTo("Microsoft.Devices.DeviceConnected");
		}
		finally {
			container.shutdown();
		}
	}

	@Test
	void refusesAMessageThatIsNotEventsSayingWhy() {
		this.jmsTemplate.send("not-events", (session) -> session.createTextMessage("{\"orderId\":42}"));

		assertThatExceptionOfType(MessageConversionException.class)
			.isThrownBy(() -> this.converter.fromMessage(this.jmsTemplate.receive("not-events")))
			.withMessageContaining("Event is neither an EventGridEvent (it has no 'eventType') nor a CloudEvent")
			.withCauseInstanceOf(InvalidPayloadException.class);
	}

	@Test
	void refusesAMalformedEventEvenWithAFallback() {
		EventGridJmsMessageConverter withFallback = new EventGridJmsMessageConverter(new EventGridPayloadReader(),
				JsonMapper.builder().build(), new SimpleMessageConverter());
		this.jmsTemplate.send("malformed-events", (session) -> session
			.createTextMessage(Payloads.eventGridEvent("e1").replace("\"eventTime\"", "\"t\"")));

		assertThatExceptionOfType(MessageConversionException.class)
			.isThrownBy(() -> withFallback.fromMessage(this.jmsTemplate.receive("malformed-events")))
			.withMessageContaining("Required field 'eventTime' of the EventGridEvent is missing");
	}

	@Test
	void leavesOtherMessagesToTheFallbackConverter() throws Exception {
		EventGridJmsMessageConverter withFallback = new EventGridJmsMessageConverter(new EventGridPayloadReader(),
				JsonMapper.builder().build(), new SimpleMessageConverter());
		JmsTemplate template = jmsTemplate();
		template.setMessageConverter(withFallback);

		template.convertAndSend("other-messages", "plain text");
		template.convertAndSend("other-messages",
				List.of(EventGridEvent.fromJson(Payloads.eventGridEvent("e4")).get(0)));

		assertThat(template.receiveAndConvert("other-messages")).isEqualTo("plain text");
		assertThat(template.receiveAndConvert("other-messages")).isInstanceOf(EventGridEvent.class);
	}

	@Test
	void refusesABytesMessageOverTheSizeLimitBeforeReadingIt() {
		EventGridJmsMessageConverter small = new EventGridJmsMessageConverter(new EventGridPayloadReader(1024, 8),
				JsonMapper.builder().build(), null);
		this.jmsTemplate.send("large-events", (session) -> {
			BytesMessage message = session.createBytesMessage();
			message.writeBytes(new byte[4096]);
			return message;
		});

		assertThatExceptionOfType(MessageConversionException.class)
			.isThrownBy(() -> small.fromMessage(this.jmsTemplate.receive("large-events")))
			.withMessageContaining("Payload is 4096 bytes, over the limit of 1024 bytes of JSON (1370 as base64)");
	}

	private static JmsTemplate jmsTemplate() {
		JmsTemplate template = new JmsTemplate(connectionFactory);
		template.setReceiveTimeout(10_000);
		return template;
	}

}
