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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.eventgrid.spring.EventGridHeaders;
import dev.eventgrid.spring.event.CloudEvent;
import dev.eventgrid.spring.event.EventGridEvent;
import org.jspecify.annotations.Nullable;

/**
 * Maps a delivered event to message headers: its attributes under the
 * {@link EventGridHeaders} names, and Event Grid's delivery properties ({@code aeg-*})
 * under their own names whatever spelling the transport gave them
 * ({@code aeg-delivery-count}, {@code aeg_delivery_count}, {@code AEG-DELIVERY-COUNT}).
 * Thread-safe.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public class EventGridHeaderMapper {

	private static final String TRACEPARENT = "traceparent";

	private static final String TRACESTATE = "tracestate";

	private static final List<String> DELIVERY_PROPERTIES = List.of(EventGridHeaders.SUBSCRIPTION_NAME,
			EventGridHeaders.DELIVERY_COUNT, EventGridHeaders.EVENT_TYPE, EventGridHeaders.METADATA_VERSION,
			EventGridHeaders.AEG_DATA_VERSION, EventGridHeaders.OUTPUT_EVENT_ID);

	/**
	 * Return the headers for an event's attributes.
	 * @param event an {@link EventGridEvent} or a {@link CloudEvent}
	 * @return the headers, without {@code null} values
	 * @throws IllegalArgumentException if the object is not an event
	 */
	public Map<String, Object> toHeaders(Object event) {
		if (event instanceof EventGridEvent eventGridEvent) {
			return toHeaders(eventGridEvent);
		}
		if (event instanceof CloudEvent cloudEvent) {
			return toHeaders(cloudEvent);
		}
		throw new IllegalArgumentException(
				"Expected an EventGridEvent or a CloudEvent but got " + event.getClass().getName());
	}

	/**
	 * Return the headers for the attributes of an event in Event Grid's schema.
	 * @param event the event
	 * @return the headers, without {@code null} values
	 */
	public Map<String, Object> toHeaders(EventGridEvent event) {
		Map<String, Object> headers = new LinkedHashMap<>();
		headers.put(EventGridHeaders.ID, event.getId());
		headers.put(EventGridHeaders.TYPE, event.getEventType());
		headers.put(EventGridHeaders.SUBJECT, event.getSubject());
		headers.put(EventGridHeaders.TIME, event.getEventTime());
		headers.put(EventGridHeaders.DATA_VERSION, event.getDataVersion());
		putIfNotNull(headers, EventGridHeaders.TOPIC, event.getTopic());
		return headers;
	}

	/**
	 * Return the headers for the attributes of a CloudEvent, each extension attribute as
	 * an {@link EventGridHeaders#EXTENSION_PREFIX} header, and the distributed-tracing
	 * extensions also as {@code traceparent} and {@code tracestate}.
	 * @param event the event
	 * @return the headers, without {@code null} values
	 */
	public Map<String, Object> toHeaders(CloudEvent event) {
		Map<String, Object> headers = new LinkedHashMap<>();
		headers.put(EventGridHeaders.ID, event.getId());
		headers.put(EventGridHeaders.TYPE, event.getType());
		headers.put(EventGridHeaders.SOURCE, event.getSource());
		putIfNotNull(headers, EventGridHeaders.SUBJECT, event.getSubject());
		putIfNotNull(headers, EventGridHeaders.TIME, event.getTime());
		putIfNotNull(headers, EventGridHeaders.DATA_SCHEMA, event.getDataSchema());
		putIfNotNull(headers, EventGridHeaders.DATA_CONTENT_TYPE, event.getDataContentType());
		event.getExtensions().forEach((name, value) -> headers.put(EventGridHeaders.EXTENSION_PREFIX + name, value));
		// W3C trace context under its own names, so that an observed consumer continues
		// the trace
		putIfNotNull(headers, TRACEPARENT, event.getExtension(TRACEPARENT));
		putIfNotNull(headers, TRACESTATE, event.getExtension(TRACESTATE));
		return headers;
	}

	/**
	 * Return Event Grid's delivery properties found among a message's properties or
	 * headers, under their {@code aeg-*} names; {@code aeg-delivery-count} becomes an
	 * {@link Integer}, the others strings.
	 * @param properties the transport's properties, such as Service Bus application
	 * properties or JMS properties
	 * @return the delivery headers found, possibly none
	 */
	public Map<String, Object> deliveryHeaders(Map<String, ?> properties) {
		Map<String, Object> headers = new LinkedHashMap<>();
		properties.forEach((name, value) -> {
			String header = deliveryHeaderName(name);
			if (header != null && value != null) {
				headers.put(header, deliveryValue(header, value));
			}
		});
		return headers;
	}

	/**
	 * Return the {@code aeg-*} name of a delivery property, whatever its spelling.
	 * @param name a property name, such as {@code aeg_delivery_count}
	 * @return the {@link EventGridHeaders} name, or {@code null} if it is not a delivery
	 * property
	 */
	public static @Nullable String deliveryHeaderName(String name) {
		String normalized = name.toLowerCase(Locale.ROOT).replace('_', '-');
		return DELIVERY_PROPERTIES.contains(normalized) ? normalized : null;
	}

	private static Object deliveryValue(String header, Object value) {
		if (EventGridHeaders.DELIVERY_COUNT.equals(header)) {
			if (value instanceof Number number) {
				return number.intValue();
			}
			try {
				return Integer.valueOf(value.toString().trim());
			}
			catch (NumberFormatException ex) {
				return value.toString();
			}
		}
		return value.toString();
	}

	private static void putIfNotNull(Map<String, Object> headers, String name, @Nullable Object value) {
		if (value != null) {
			headers.put(name, value);
		}
	}

}
