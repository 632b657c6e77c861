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

import java.lang.reflect.Method;
import java.util.List;

import dev.eventgrid.spring.event.CloudEvent;
import dev.eventgrid.spring.event.EventGridEvent;
import dev.eventgrid.spring.event.EventSchema;
import dev.eventgrid.spring.event.JsonData;
import dev.eventgrid.spring.event.system.SystemEventData;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;

/**
 * One parameter of a listener method and how its argument is found for a call.
 *
 * @author Event Grid for Spring Boot team
 */
final class ListenerParameter {

	private final Kind kind;

	private final MethodParameter parameter;

	private ListenerParameter(Kind kind, MethodParameter parameter) {
		this.kind = kind;
		this.parameter = parameter;
	}

	static ListenerParameter of(Method method, int index) {
		MethodParameter parameter = new MethodParameter(method, index);
		ResolvableType type = ResolvableType.forMethodParameter(parameter);
		Class<?> raw = parameter.getParameterType();
		return new ListenerParameter(kind(raw, type), parameter);
	}

	private static Kind kind(Class<?> raw, ResolvableType type) {
		if (raw == EventGridDelivery.class) {
			return Kind.DELIVERY;
		}
		if (raw == EventGridEvent.class) {
			return Kind.EVENT_GRID_EVENT;
		}
		if (raw == CloudEvent.class) {
			return Kind.CLOUD_EVENT;
		}
		if (raw == List.class) {
			Class<?> element = type.getGeneric(0).resolve(Object.class);
			if (element == EventGridEvent.class) {
				return Kind.EVENT_GRID_EVENTS;
			}
			if (element == CloudEvent.class) {
				return Kind.CLOUD_EVENTS;
			}
		}
		if (SystemEventData.class.isAssignableFrom(raw)) {
			return Kind.SYSTEM_EVENT_DATA;
		}
		return Kind.DATA;
	}

	Kind kind() {
		return this.kind;
	}

	Class<?> type() {
		return this.parameter.getParameterType();
	}

	/**
	 * Return the schema a delivery must have for this parameter.
	 * @return the schema, or {@code null} if any schema will do
	 */
	@Nullable EventSchema schema() {
		return switch (this.kind) {
			case EVENT_GRID_EVENT, EVENT_GRID_EVENTS -> EventSchema.EVENT_GRID_EVENT;
			case CLOUD_EVENT, CLOUD_EVENTS -> EventSchema.CLOUD_EVENT;
			default -> null;
		};
	}

	@Nullable Object resolve(List<?> events, EventGridDelivery delivery, JsonMapper mapper) {
		Object event = events.get(0);
		return switch (this.kind) {
			case DELIVERY -> delivery;
			case EVENT_GRID_EVENT, CLOUD_EVENT -> event;
			case EVENT_GRID_EVENTS, CLOUD_EVENTS -> events;
			case SYSTEM_EVENT_DATA -> systemEventData(event);
			case DATA -> data(event, mapper);
		};
	}

	private @Nullable Object systemEventData(Object event) {
		try {
			SystemEventData data = ((event instanceof CloudEvent cloudEvent) ? cloudEvent.systemEventData()
					: ((EventGridEvent) event).systemEventData())
				.orElse(null);
			if (data != null && !type().isInstance(data)) {
				throw new ListenerArgumentException("Event " + ListenerInvocation.describe(event) + " carries "
						+ data.getClass().getSimpleName() + ", not " + type().getSimpleName());
			}
			return data;
		}
		catch (RuntimeException ex) {
			throw ListenerArgumentException.wrap(ex, "The data of event " + ListenerInvocation.describe(event)
					+ " does not fit " + type().getSimpleName());
		}
	}

	private @Nullable Object data(Object event, JsonMapper mapper) {
		Object data = (event instanceof CloudEvent cloudEvent) ? cloudData(cloudEvent)
				: ((EventGridEvent) event).getData();
		try {
			if (data == null || (data instanceof JsonData json && json.isNull())) {
				return null;
			}
			if (data instanceof byte[] bytes) {
				return (type() == byte[].class) ? bytes : mapper.readValue(bytes, javaType(mapper));
			}
			if (data instanceof JsonData json) {
				return mapper.readValue(json.toBytes(), javaType(mapper));
			}
			return mapper.convertValue(data, javaType(mapper));
		}
		catch (JacksonException | IllegalArgumentException ex) {
			throw new ListenerArgumentException("The data of event " + ListenerInvocation.describe(event)
					+ " cannot be read as " + this.parameter.getGenericParameterType().getTypeName() + ": "
					+ ((ex instanceof JacksonException jackson) ? jackson.getOriginalMessage() : ex.getMessage()), ex);
		}
	}

	private static @Nullable Object cloudData(CloudEvent event) {
		byte[] binary = event.getDataBase64();
		return (binary != null) ? binary : event.getData();
	}

	private JavaType javaType(JsonMapper mapper) {
		return mapper.constructType(this.parameter.getGenericParameterType());
	}

	/**
	 * What a parameter receives.
	 */
	enum Kind {

		DELIVERY, EVENT_GRID_EVENT, CLOUD_EVENT, EVENT_GRID_EVENTS, CLOUD_EVENTS, SYSTEM_EVENT_DATA, DATA;

		boolean isPayload() {
			return this != DELIVERY;
		}

		boolean isList() {
			return this == EVENT_GRID_EVENTS || this == CLOUD_EVENTS;
		}

	}

}
