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

import java.util.Collection;
import java.util.List;
import java.util.Set;

import dev.eventgrid.spring.event.CloudEvent;
import dev.eventgrid.spring.event.EventGridEvent;
import dev.eventgrid.spring.event.EventGridPayload;
import dev.eventgrid.spring.event.EventGridPayloadReader;
import dev.eventgrid.spring.event.InvalidPayloadException;
import dev.eventgrid.spring.event.InvalidPayloadException.Problem;
import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jms.support.converter.MessageConversionException;
import org.springframework.jms.support.converter.MessageConverter;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.util.Assert;

/**
 * A JMS {@link MessageConverter} for Event Grid events delivered to Service Bus and read
 * over JMS: the body of a {@link TextMessage} or {@link BytesMessage} is read as one
 * event or an array of them, in either schema, as JSON or base64 of JSON. One event
 * becomes an {@link EventGridEvent} or a {@link CloudEvent}, several a {@link List} of
 * them. Messages that are not Event Grid events go to the fallback converter if one is
 * given, and are refused otherwise. Writes events as a {@link TextMessage} of their JSON.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public class EventGridJmsMessageConverter implements MessageConverter {

	private static final Set<Problem> NOT_EVENT_GRID = Set.of(Problem.EMPTY, Problem.NOT_TEXT, Problem.NOT_JSON,
			Problem.MALFORMED_BASE64, Problem.NOT_AN_EVENT, Problem.UNKNOWN_SCHEMA);

	private final EventGridPayloadReader reader;

	private final JsonMapper mapper;

	private final @Nullable MessageConverter fallback;

	private final EventGridJmsHeaderMapper jmsHeaderMapper = new EventGridJmsHeaderMapper();

	private final EventGridHeaderMapper headerMapper = new EventGridHeaderMapper();

	/**
	 * Create a converter with a default reader, that refuses messages that are not Event
	 * Grid events.
	 */
	public EventGridJmsMessageConverter() {
		this(new EventGridPayloadReader(),
				JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build(), null);
	}

	/**
	 * Create a converter.
	 * @param reader the reader of payloads
	 * @param mapper the mapper that writes events
	 * @param fallback the converter for messages and objects that are not Event Grid
	 * events, such as a {@code SimpleMessageConverter}, or {@code null} to refuse them
	 */
	public EventGridJmsMessageConverter(EventGridPayloadReader reader, JsonMapper mapper,
			@Nullable MessageConverter fallback) {
		Assert.notNull(reader, "'reader' must not be null");
		Assert.notNull(mapper, "'mapper' must not be null");
		this.reader = reader;
		this.mapper = mapper;
		this.fallback = fallback;
	}

	@Override
	public jakarta.jms.Message toMessage(Object object, Session session) throws JMSException {
		if (isEvents(object)) {
			return session.createTextMessage(this.mapper.writeValueAsString(object));
		}
		if (this.fallback != null) {
			return this.fallback.toMessage(object, session);
		}
		throw new MessageConversionException("Cannot write a " + object.getClass().getName()
				+ " as Event Grid events; expected an EventGridEvent, a CloudEvent or a list of them");
	}

	@Override
	public Object fromMessage(jakarta.jms.Message message) throws JMSException {
		EventGridPayload payload = readOrNull(message);
		if (payload == null) {
			Assert.state(this.fallback != null, "Refusals throw when there is no fallback");
			return this.fallback.fromMessage(message);
		}
		return (payload.events().size() == 1) ? payload.events().get(0) : payload.events();
	}

	/**
	 * Read the events of a JMS message.
	 * @param message a {@link TextMessage} or {@link BytesMessage}
	 * @return the events and their schema
	 * @throws JMSException if the message body cannot be read
	 * @throws MessageConversionException if the body is not Event Grid events
	 */
	public EventGridPayload readPayload(jakarta.jms.Message message) throws JMSException {
		try {
			return read(message);
		}
		catch (InvalidPayloadException ex) {
			throw new MessageConversionException("Cannot read Event Grid events from JMS message "
					+ message.getJMSMessageID() + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Read a JMS message into a spring-messaging message: its payload is the event when
	 * there is one, else the list of events; its headers are the JMS headers and
	 * properties, Event Grid's delivery properties under their {@code aeg-*} names, and
	 * the attributes of the event under the {@link dev.eventgrid.spring.EventGridHeaders}
	 * names.
	 * @param message a {@link TextMessage} or {@link BytesMessage}
	 * @return the message
	 * @throws JMSException if the message cannot be read
	 * @throws MessageConversionException if the body is not Event Grid events
	 */
	public Message<Object> toMessagingMessage(jakarta.jms.Message message) throws JMSException {
		List<?> events = readPayload(message).events();
		Object payload = (events.size() == 1) ? events.get(0) : events;
		MessageBuilder<Object> builder = MessageBuilder.withPayload(payload)
			.copyHeaders(this.jmsHeaderMapper.toHeaders(message));
		if (events.size() == 1) {
			builder.copyHeaders(this.headerMapper.toHeaders(events.get(0)));
		}
		return builder.build();
	}

	private @Nullable EventGridPayload readOrNull(jakarta.jms.Message message) throws JMSException {
		boolean readable = message instanceof TextMessage || message instanceof BytesMessage;
		if (!readable && this.fallback != null) {
			return null;
		}
		try {
			return read(message);
		}
		catch (InvalidPayloadException ex) {
			if (this.fallback != null && NOT_EVENT_GRID.contains(ex.getProblem())) {
				return null;
			}
			throw new MessageConversionException("Cannot read Event Grid events from JMS message "
					+ message.getJMSMessageID() + ": " + ex.getMessage(), ex);
		}
	}

	private EventGridPayload read(jakarta.jms.Message message) throws JMSException {
		if (message instanceof TextMessage text) {
			String body = text.getText();
			return this.reader.read((body != null) ? body : "");
		}
		if (message instanceof BytesMessage bytes) {
			long length = bytes.getBodyLength();
			long limit = this.reader.getMaxEncodedPayloadSize();
			if (length > limit) {
				throw new InvalidPayloadException(Problem.TOO_LARGE, null, -1,
						"Payload is " + length + " bytes, over the limit of " + this.reader.getMaxPayloadSize()
								+ " bytes of JSON (" + limit + " as base64)",
						null);
			}
			byte[] body = new byte[(int) length];
			bytes.readBytes(body);
			return this.reader.read(body);
		}
		throw new MessageConversionException("Cannot read Event Grid events from a "
				+ message.getClass().getSimpleName() + "; expected a TextMessage or a BytesMessage");
	}

	private static boolean isEvents(Object object) {
		if (object instanceof EventGridEvent || object instanceof CloudEvent) {
			return true;
		}
		return object instanceof Collection<?> collection && !collection.isEmpty()
				&& (collection.stream().allMatch(EventGridEvent.class::isInstance)
						|| collection.stream().allMatch(CloudEvent.class::isInstance));
	}

}
