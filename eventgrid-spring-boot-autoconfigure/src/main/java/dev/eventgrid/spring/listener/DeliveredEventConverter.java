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

package dev.eventgrid.spring.listener;

import java.lang.reflect.Type;
import java.util.Collection;
import java.util.List;

import dev.eventgrid.spring.event.CloudEvent;
import dev.eventgrid.spring.event.EventGridEvent;
import dev.eventgrid.spring.event.JsonData;
import dev.eventgrid.spring.event.system.SystemEventData;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.converter.MessageConversionException;
import org.springframework.messaging.converter.SmartMessageConverter;

/**
 * Converts the message of a listener call, whose payload is a delivered event or the list
 * of events of a batch, to what the listener's parameter takes: the event itself, its
 * typed system event data, or its data read with the application's {@link JsonMapper};
 * for a batch, a list of one of those.
 *
 * @author Event Grid for Spring Boot team
 */
final class DeliveredEventConverter implements SmartMessageConverter {

	private final JsonMapper mapper;

	DeliveredEventConverter(JsonMapper mapper) {
		this.mapper = mapper;
	}

	@Override
	public @Nullable Object fromMessage(Message<?> message, Class<?> targetClass) {
		return fromMessage(message, targetClass, null);
	}

	@Override
	public @Nullable Object fromMessage(Message<?> message, Class<?> targetClass, @Nullable Object conversionHint) {
		ResolvableType target = targetType(targetClass, conversionHint);
		Object payload = message.getPayload();
		if (payload instanceof List<?> events) {
			if (!Collection.class.isAssignableFrom(target.toClass())) {
				throw new MessageConversionException(message, "A batch of " + events.size()
						+ " events cannot be given as " + target + "; take a List, or declare batch = \"false\"");
			}
			ResolvableType element = target.asCollection().getGeneric(0);
			return events.stream().map((event) -> convert(message, event, element)).toList();
		}
		return convert(message, payload, target);
	}

	private @Nullable Object convert(Message<?> message, Object event, ResolvableType target) {
		Class<?> type = target.resolve(Object.class);
		if (type.isInstance(event)) {
			return event;
		}
		if (!(event instanceof CloudEvent) && !(event instanceof EventGridEvent)) {
			throw new MessageConversionException(message,
					"Expected an EventGridEvent or a CloudEvent but got " + event.getClass().getName());
		}
		if (type == CloudEvent.class || type == EventGridEvent.class) {
			throw new MessageConversionException(message,
					"Event " + ListenerInvocation.describe(event) + " is "
							+ ((event instanceof CloudEvent) ? "a CloudEvent" : "an EventGridEvent") + ", not "
							+ ((type == CloudEvent.class) ? "a CloudEvent" : "an EventGridEvent")
							+ "; match the subscription's delivery schema to the listener");
		}
		if (SystemEventData.class.isAssignableFrom(type)) {
			return systemEventData(message, event, type);
		}
		return data(message, event, target);
	}

	private @Nullable Object systemEventData(Message<?> message, Object event, Class<?> type) {
		SystemEventData data;
		try {
			data = ((event instanceof CloudEvent cloudEvent) ? cloudEvent.systemEventData()
					: ((EventGridEvent) event).systemEventData())
				.orElse(null);
		}
		catch (RuntimeException ex) {
			throw new MessageConversionException(message, "The data of event " + ListenerInvocation.describe(event)
					+ " does not fit " + type.getSimpleName() + ": " + ex.getMessage(), ex);
		}
		if (data != null && !type.isInstance(data)) {
			throw new MessageConversionException(message, "Event " + ListenerInvocation.describe(event) + " carries "
					+ data.getClass().getSimpleName() + ", not " + type.getSimpleName());
		}
		return data;
	}

	private @Nullable Object data(Message<?> message, Object event, ResolvableType target) {
		Object data = (event instanceof CloudEvent cloudEvent) ? cloudData(cloudEvent)
				: ((EventGridEvent) event).getData();
		try {
			if (data == null || (data instanceof JsonData json && json.isNull())) {
				return null;
			}
			JavaType type = this.mapper.constructType(type(target));
			if (data instanceof byte[] bytes) {
				return (type.getRawClass() == byte[].class) ? bytes : this.mapper.readValue(bytes, type);
			}
			if (data instanceof JsonData json) {
				return this.mapper.readValue(json.toBytes(), type);
			}
			return this.mapper.convertValue(data, type);
		}
		catch (JacksonException | IllegalArgumentException ex) {
			throw new MessageConversionException(message, "The data of event " + ListenerInvocation.describe(event)
					+ " cannot be read as " + target + ": "
					+ ((ex instanceof JacksonException jackson) ? jackson.getOriginalMessage() : ex.getMessage()), ex);
		}
	}

	/**
	 * Return the Java type of a target: a resolved generic, such as the element type of a
	 * batch's {@code List}, may be backed by a type variable that Jackson cannot read.
	 * @param target the target
	 * @return the type
	 */
	private static Type type(ResolvableType target) {
		return target.hasGenerics()
				? ResolvableType.forClassWithGenerics(target.resolve(Object.class), target.getGenerics()).getType()
				: target.resolve(Object.class);
	}

	private static @Nullable Object cloudData(CloudEvent event) {
		byte[] binary = event.getDataBase64();
		return (binary != null) ? binary : event.getData();
	}

	private static ResolvableType targetType(Class<?> targetClass, @Nullable Object hint) {
		if (hint instanceof MethodParameter parameter) {
			ResolvableType type = ResolvableType.forMethodParameter(parameter.nestedIfOptional());
			return Message.class.isAssignableFrom(type.toClass()) ? type.getGeneric(0) : type;
		}
		return ResolvableType.forClass(targetClass);
	}

	@Override
	public @Nullable Message<?> toMessage(Object payload, @Nullable MessageHeaders headers) {
		return null;
	}

	@Override
	public @Nullable Message<?> toMessage(Object payload, @Nullable MessageHeaders headers,
			@Nullable Object conversionHint) {
		return null;
	}

}
