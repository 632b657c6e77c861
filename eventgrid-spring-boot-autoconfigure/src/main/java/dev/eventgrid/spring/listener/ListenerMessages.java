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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.eventgrid.spring.EventGridHeaders;
import dev.eventgrid.spring.converter.EventGridHeaderMapper;

import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.util.Assert;

/**
 * Builds the spring-messaging {@link Message} of a listener call from delivered events,
 * whatever transport delivered them: its payload is the event, or the list of events of a
 * batch; its headers are the transport's headers, Event Grid's delivery properties under
 * their {@link EventGridHeaders} {@code aeg-*} names (with {@code aeg-delivery-count} as
 * an {@code Integer}) and, for one event, its attributes as {@link EventGridHeaderMapper}
 * maps them.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public final class ListenerMessages {

	private static final EventGridHeaderMapper HEADER_MAPPER = new EventGridHeaderMapper();

	private ListenerMessages() {
	}

	/**
	 * Return the message of a call that takes one event.
	 * @param event an {@code EventGridEvent} or a {@code CloudEvent}
	 * @param transportHeaders the headers or properties the transport delivered it with
	 * @return the message
	 */
	public static Message<Object> event(Object event, Map<String, ?> transportHeaders) {
		Assert.notNull(event, "'event' must not be null");
		Map<String, Object> headers = deliveryHeaders(transportHeaders);
		headers.putAll(HEADER_MAPPER.toHeaders(event));
		return MessageBuilder.withPayload(event).copyHeaders(headers).build();
	}

	/**
	 * Return the message of a call that takes several events.
	 * @param events the events, all {@code EventGridEvent}s or all {@code CloudEvent}s
	 * @param transportHeaders the headers or properties the transport delivered them with
	 * @return the message
	 */
	public static Message<List<?>> batch(List<?> events, Map<String, ?> transportHeaders) {
		Assert.notEmpty(events, "'events' must not be empty");
		return MessageBuilder.<List<?>>withPayload(List.copyOf(events))
			.copyHeaders(deliveryHeaders(transportHeaders))
			.build();
	}

	private static Map<String, Object> deliveryHeaders(Map<String, ?> transportHeaders) {
		Map<String, Object> headers = new LinkedHashMap<>();
		transportHeaders.forEach((name, value) -> {
			if (value != null && EventGridHeaderMapper.deliveryHeaderName(name) == null) {
				headers.put(name, value);
			}
		});
		headers.putAll(HEADER_MAPPER.deliveryHeaders(transportHeaders));
		return headers;
	}

}
