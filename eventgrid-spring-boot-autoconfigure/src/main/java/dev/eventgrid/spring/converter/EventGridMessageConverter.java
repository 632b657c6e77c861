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

import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import dev.eventgrid.spring.event.CloudEvent;
import dev.eventgrid.spring.event.EventGridEvent;
import dev.eventgrid.spring.event.EventGridPayload;
import dev.eventgrid.spring.event.EventGridPayloadReader;
import dev.eventgrid.spring.event.EventSchema;
import dev.eventgrid.spring.event.InvalidEventException;
import dev.eventgrid.spring.event.InvalidPayloadException;
import dev.eventgrid.spring.event.InvalidPayloadException.Problem;
import dev.eventgrid.spring.event.system.SystemEventData;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.ResolvableType;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.converter.AbstractMessageConverter;
import org.springframework.messaging.converter.MessageConversionException;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.util.Assert;
import org.springframework.util.ClassUtils;
import org.springframework.util.MimeType;
import org.springframework.util.MimeTypeUtils;

/**
 * A spring-messaging {@link org.springframework.messaging.converter.MessageConverter} for
 * delivered Event Grid events, as Spring Cloud Stream and Spring Cloud Azure's Service
 * Bus and Storage Queue support hand them over: a {@code byte[]} or {@code String}
 * payload holding one event or an array, in either schema, as JSON or base64 of JSON.
 * Converts it to an {@link EventGridEvent}, a {@link CloudEvent}, a {@link List} of
 * either, an {@link EventGridPayload}, the typed {@link SystemEventData}, or the event's
 * data as any other class. Payloads that are not Event Grid events are left to other
 * converters when the target is a data class. Writes events back as their JSON, as
 * {@code application/json} unless the headers give another content type.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public class EventGridMessageConverter extends AbstractMessageConverter {

	private static final Set<Problem> NOT_EVENT_GRID = Set.of(Problem.EMPTY, Problem.NOT_TEXT, Problem.NOT_JSON,
			Problem.MALFORMED_BASE64, Problem.NOT_AN_EVENT, Problem.UNKNOWN_SCHEMA);

	private final EventGridPayloadReader reader;

	private final JsonMapper mapper;

	private final EventGridHeaderMapper headerMapper = new EventGridHeaderMapper();

	/**
	 * Create a converter with a default reader and a mapper that ignores unknown
	 * properties.
	 */
	public EventGridMessageConverter() {
		this(new EventGridPayloadReader(),
				JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build());
	}

	/**
	 * Create a converter.
	 * @param reader the reader of payloads
	 * @param mapper the mapper that converts event data to the target classes and writes
	 * events
	 */
	public EventGridMessageConverter(EventGridPayloadReader reader, JsonMapper mapper) {
		super(List.of(MimeTypeUtils.APPLICATION_JSON, MimeType.valueOf("application/*+json"), MimeTypeUtils.TEXT_PLAIN,
				MimeTypeUtils.APPLICATION_OCTET_STREAM));
		Assert.notNull(reader, "'reader' must not be null");
		Assert.notNull(mapper, "'mapper' must not be null");
		this.reader = reader;
		this.mapper = mapper;
	}

	/**
	 * Read a message's events and return a message carrying them, with the event's
	 * attributes and Event Grid's delivery properties added as
	 * {@link dev.eventgrid.spring.EventGridHeaders} headers.
	 * @param message a message with a {@code byte[]} or {@code String} payload
	 * @return a message whose payload is the event when there is one, else the list of
	 * events
	 * @throws MessageConversionException if the payload cannot be read as events
	 */
	public Message<?> toEventMessage(Message<?> message) {
		List<?> events = readPayload(message, null).events();
		Object payload = (events.size() == 1) ? events.get(0) : events;
		MessageBuilder<?> builder = MessageBuilder.withPayload(payload).copyHeaders(message.getHeaders());
		builder.copyHeaders(this.headerMapper.deliveryHeaders(message.getHeaders()));
		if (events.size() == 1) {
			builder.copyHeaders(this.headerMapper.toHeaders(events.get(0)));
		}
		return builder.build();
	}

	@Override
	protected boolean supports(Class<?> type) {
		return type != Object.class && type != String.class && type != byte[].class
				&& !ClassUtils.isPrimitiveOrWrapper(type) && !Message.class.isAssignableFrom(type);
	}

	@Override
	protected @Nullable Object convertFromInternal(Message<?> message, Class<?> targetClass,
			@Nullable Object conversionHint) {
		Object payload = message.getPayload();
		if (targetClass.isInstance(payload)) {
			return payload;
		}
		if (!(payload instanceof byte[]) && !(payload instanceof String)) {
			return null;
		}
		ResolvableType target = targetType(targetClass, conversionHint);
		Class<?> type = target.toClass();
		if (type == EventGridEvent.class) {
			return single(message, readPayload(message, EventSchema.EVENT_GRID_EVENT));
		}
		if (type == CloudEvent.class) {
			return single(message, readPayload(message, EventSchema.CLOUD_EVENT));
		}
		if (EventGridPayload.class.isAssignableFrom(type)) {
			return readPayload(message, null);
		}
		if (type.isAssignableFrom(List.class) && Collection.class.isAssignableFrom(type)) {
			return list(message, target.asCollection().resolveGeneric(0));
		}
		if (SystemEventData.class.isAssignableFrom(type)) {
			return systemEventData(message, single(message, readPayload(message, null)), type);
		}
		return dataOrNull(message, type);
	}

	@Override
	protected @Nullable Object convertToInternal(Object payload, @Nullable MessageHeaders headers,
			@Nullable Object conversionHint) {
		if (schemaOf(payload) == null) {
			return null;
		}
		byte[] json = this.mapper.writeValueAsBytes(payload);
		return (getSerializedPayloadClass() == String.class) ? new String(json, StandardCharsets.UTF_8) : json;
	}

	private List<?> list(Message<?> message, @Nullable Class<?> element) {
		if (element == EventGridEvent.class) {
			return readPayload(message, EventSchema.EVENT_GRID_EVENT).events();
		}
		if (element == CloudEvent.class) {
			return readPayload(message, EventSchema.CLOUD_EVENT).events();
		}
		List<?> events = readPayload(message, null).events();
		if (element == null || element == Object.class) {
			return events;
		}
		return events.stream().map((event) -> data(message, event, element)).toList();
	}

	private @Nullable Object dataOrNull(Message<?> message, Class<?> type) {
		EventGridPayload payload;
		try {
			payload = read(message.getPayload(), null);
		}
		catch (InvalidPayloadException ex) {
			if (NOT_EVENT_GRID.contains(ex.getProblem())) {
				return null;
			}
			throw new MessageConversionException(message, "Cannot read Event Grid events: " + ex.getMessage(), ex);
		}
		return data(message, single(message, payload), type);
	}

	private Object systemEventData(Message<?> message, Object event, Class<?> type) {
		SystemEventData data;
		try {
			data = (event instanceof EventGridEvent eventGridEvent) ? eventGridEvent.systemEventData().orElse(null)
					: ((CloudEvent) event).systemEventData().orElse(null);
		}
		catch (InvalidEventException ex) {
			throw new MessageConversionException(message, ex.getMessage(), ex);
		}
		if (type.isInstance(data)) {
			return data;
		}
		if (type == SystemEventData.class) {
			throw new MessageConversionException(message, "Event " + event + " has no typed system event data");
		}
		return data(message, event, type);
	}

	private Object data(Message<?> message, Object event, Class<?> type) {
		try {
			Object data = (event instanceof EventGridEvent eventGridEvent) ? eventGridEvent.data(type, this.mapper)
					: ((CloudEvent) event).data(type, this.mapper);
			if (data == null) {
				throw new MessageConversionException(message,
						"Event " + event + " has no data to convert to " + type.getName());
			}
			return data;
		}
		catch (JacksonException ex) {
			throw new MessageConversionException(message, "Cannot convert the data of event " + event + " to "
					+ type.getName() + ": " + ex.getOriginalMessage(), ex);
		}
	}

	private Object single(Message<?> message, EventGridPayload payload) {
		if (payload.events().size() != 1) {
			throw new MessageConversionException(message, "Payload holds " + payload.events().size()
					+ " events where one was expected; convert it to a List instead");
		}
		return payload.events().get(0);
	}

	private EventGridPayload readPayload(Message<?> message, @Nullable EventSchema schema) {
		try {
			return read(message.getPayload(), schema);
		}
		catch (InvalidPayloadException ex) {
			throw new MessageConversionException(message, "Cannot read Event Grid events: " + ex.getMessage(), ex);
		}
	}

	private EventGridPayload read(Object payload, @Nullable EventSchema schema) {
		if (payload instanceof byte[] bytes) {
			return this.reader.read(bytes, schema);
		}
		if (payload instanceof String text) {
			return this.reader.read(text, schema);
		}
		throw new MessageConversionException(
				"Cannot read Event Grid events from a payload of type " + payload.getClass().getName());
	}

	private static ResolvableType targetType(Class<?> targetClass, @Nullable Object hint) {
		if (hint instanceof MethodParameter parameter) {
			ResolvableType type = ResolvableType.forMethodParameter(parameter.nestedIfOptional());
			return Message.class.isAssignableFrom(type.toClass()) ? type.getGeneric(0) : type;
		}
		if (hint instanceof ParameterizedTypeReference<?> reference) {
			return ResolvableType.forType(reference.getType());
		}
		if (hint instanceof Type type) {
			return ResolvableType.forType(type);
		}
		return ResolvableType.forClass(targetClass);
	}

	private static @Nullable EventSchema schemaOf(Object payload) {
		if (payload instanceof EventGridEvent) {
			return EventSchema.EVENT_GRID_EVENT;
		}
		if (payload instanceof CloudEvent) {
			return EventSchema.CLOUD_EVENT;
		}
		if (payload instanceof Collection<?> collection && !collection.isEmpty()) {
			boolean eventGridEvents = collection.stream().allMatch(EventGridEvent.class::isInstance);
			boolean cloudEvents = collection.stream().allMatch(CloudEvent.class::isInstance);
			return eventGridEvents ? EventSchema.EVENT_GRID_EVENT : (cloudEvents ? EventSchema.CLOUD_EVENT : null);
		}
		return null;
	}

}
