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
import java.util.Collection;

import dev.eventgrid.spring.event.CloudEvent;
import dev.eventgrid.spring.event.EventGridEvent;
import dev.eventgrid.spring.event.EventSchema;
import dev.eventgrid.spring.event.system.SystemEventData;
import org.jspecify.annotations.Nullable;

import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.core.ResolvableType;
import org.springframework.messaging.Message;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.messaging.handler.annotation.support.MessageMethodArgumentResolver;
import org.springframework.messaging.handler.invocation.HandlerMethodArgumentResolver;
import org.springframework.util.StringUtils;

/**
 * What a listener method takes, found once from its parameters and the resolvers of its
 * factory: which parameter takes the event, whether one call takes a whole delivery, and
 * the schema and system event data type that decide which events it receives. Refuses, at
 * startup, a method whose parameters cannot all be resolved.
 *
 * @param payloadType the event or data type the method takes, per event: the element type
 * of a batch, the {@code T} of a {@code Message<T>}; {@code null} if it takes none
 * @param batch whether one call takes all the events of a delivery
 * @author Event Grid for Spring Boot team
 */
record ListenerSignature(@Nullable Class<?> payloadType, boolean batch) {

	private static final ParameterNameDiscoverer PARAMETER_NAMES = new DefaultParameterNameDiscoverer();

	/**
	 * Find the signature of a method.
	 * @param method the method
	 * @param factory the factory whose resolvers resolve its arguments
	 * @param batch {@code true} or {@code false} as the listener declares, or
	 * {@code null} to decide from the type of its payload parameter
	 * @throws IllegalStateException if a parameter cannot be resolved, naming it
	 */
	static ListenerSignature of(Method method, EventGridListenerMethodFactory factory, @Nullable Boolean batch) {
		MethodParameter payload = null;
		boolean message = false;
		for (int i = 0; i < method.getParameterCount(); i++) {
			MethodParameter parameter = new MethodParameter(method, i);
			parameter.initParameterNameDiscovery(PARAMETER_NAMES);
			HandlerMethodArgumentResolver resolver = factory.resolverOf(parameter);
			if (resolver == null) {
				throw unresolvable(method, parameter, "no argument resolver supports it");
			}
			boolean isMessage = resolver instanceof MessageMethodArgumentResolver;
			if (isMessage || resolver instanceof EventPayloadArgumentResolver) {
				check(method, parameter, isMessage);
				if (payload != null) {
					throw unresolvable(method, parameter,
							"the method already takes the event in " + describe(payload)
									+ "; a listener takes one event, its data or its Message, and "
									+ "@Header, @Headers, EventGridDelivery or custom-resolved parameters beside it");
				}
				payload = parameter;
				message = isMessage;
			}
		}
		return of(method, payload, message, batch);
	}

	private static ListenerSignature of(Method method, @Nullable MethodParameter payload, boolean message,
			@Nullable Boolean batch) {
		if (payload == null) {
			return new ListenerSignature(null, Boolean.TRUE.equals(batch));
		}
		ResolvableType type = ResolvableType.forMethodParameter(payload.nestedIfOptional());
		if (message) {
			type = type.as(Message.class).getGeneric(0);
		}
		boolean collection = Collection.class.isAssignableFrom(type.resolve(Object.class));
		boolean isBatch = (batch != null) ? batch : collection;
		if (isBatch && !collection) {
			throw unresolvable(method, payload, "the listener is a batch listener (batch = \"true\"), which takes "
					+ "the events of a delivery as a List, such as List<CloudEvent> or List of the data class");
		}
		Class<?> element = (isBatch ? type.asCollection().getGeneric(0) : type).resolve(Object.class);
		if (message && isBatch && !isEvent(element) && element != Object.class) {
			throw unresolvable(method, payload,
					"a Message of a batch carries the events themselves; declare "
							+ "Message<List<CloudEvent>> or Message<List<EventGridEvent>>, or take List<"
							+ element.getSimpleName() + "> for their data");
		}
		return new ListenerSignature(element, isBatch);
	}

	private static void check(Method method, MethodParameter parameter, boolean message) {
		Payload annotation = parameter.getParameterAnnotation(Payload.class);
		if (annotation != null && StringUtils.hasText(annotation.expression())) {
			throw unresolvable(method, parameter, "@Payload expressions are not supported");
		}
		if (!message && parameter.getParameterType().isPrimitive()) {
			throw unresolvable(method, parameter, "a primitive cannot hold an event or its data; to receive a "
					+ "delivery header, annotate it, as in @Header(\"aeg-delivery-count\") int deliveryCount");
		}
	}

	private static boolean isEvent(Class<?> type) {
		return type == CloudEvent.class || type == EventGridEvent.class;
	}

	/**
	 * Return the schema a delivery must have for this listener.
	 * @return the schema, or {@code null} if the listener takes either
	 */
	@Nullable EventSchema schema() {
		if (this.payloadType == CloudEvent.class) {
			return EventSchema.CLOUD_EVENT;
		}
		return (this.payloadType == EventGridEvent.class) ? EventSchema.EVENT_GRID_EVENT : null;
	}

	/**
	 * Return the system event data class the listener takes, which decides the event
	 * types it receives when it names none.
	 * @return the class, or {@code null} if it takes no system event data
	 */
	@Nullable Class<?> systemEventDataType() {
		return (this.payloadType != null && SystemEventData.class.isAssignableFrom(this.payloadType)) ? this.payloadType
				: null;
	}

	private static IllegalStateException unresolvable(Method method, MethodParameter parameter, String reason) {
		return new IllegalStateException("@EventGridListener method " + describe(method) + ": " + describe(parameter)
				+ " cannot be resolved: " + reason);
	}

	static String describe(Method method) {
		return method.getDeclaringClass().getName() + "#" + method.getName();
	}

	static String describe(MethodParameter parameter) {
		String name = parameter.getParameterName();
		return "parameter " + parameter.getParameterIndex() + " ("
				+ ResolvableType.forMethodParameter(parameter).toString().replaceAll("[\\w$]+\\.", "")
				+ ((name != null) ? " " + name : "") + ")";
	}

}
