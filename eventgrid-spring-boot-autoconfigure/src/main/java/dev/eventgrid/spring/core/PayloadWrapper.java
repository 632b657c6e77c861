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

package dev.eventgrid.spring.core;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.function.Consumer;

import dev.eventgrid.spring.EventGridHeaders;
import dev.eventgrid.spring.event.CloudEvent;
import dev.eventgrid.spring.event.EventGridEvent;
import dev.eventgrid.spring.event.EventSchema;
import org.jspecify.annotations.Nullable;

import org.springframework.lang.Contract;

/**
 * Wraps a payload as an event of a publisher's schema for {@code convertAndSend}, taking
 * attributes from {@link EventGridHeaders} headers first and the publisher's defaults
 * second.
 *
 * @author Event Grid for Spring Boot team
 */
final class PayloadWrapper {

	private final String publisher;

	private final EventSchema schema;

	private final @Nullable String source;

	private final @Nullable String typePrefix;

	private final @Nullable String domainTopic;

	PayloadWrapper(String publisher, EventSchema schema, @Nullable String source, @Nullable String typePrefix,
			@Nullable String domainTopic) {
		this.publisher = publisher;
		this.schema = schema;
		this.source = source;
		this.typePrefix = typePrefix;
		this.domainTopic = domainTopic;
	}

	Object wrap(Object payload, Map<String, ?> headers) {
		return switch (this.schema) {
			case CLOUD_EVENT -> cloudEvent(payload, headers);
			case EVENT_GRID_EVENT -> eventGridEvent(payload, headers);
			case CUSTOM -> payload;
		};
	}

	private CloudEvent cloudEvent(Object payload, Map<String, ?> headers) {
		String source = text(headers, EventGridHeaders.SOURCE,
				(this.domainTopic != null) ? this.domainTopic : this.source);
		if (source == null) {
			throw new IllegalArgumentException("convertAndSend through publisher '" + this.publisher
					+ "' needs a CloudEvent source: set eventgrid.cloud-event.source (or the publisher's "
					+ "cloud-event.source), or give the '" + EventGridHeaders.SOURCE + "' header");
		}
		CloudEvent.Builder builder = CloudEvent.builder()
			.source(source)
			.type(text(headers, EventGridHeaders.TYPE, defaultType(payload)))
			.subject(text(headers, EventGridHeaders.SUBJECT, null))
			.dataSchema(text(headers, EventGridHeaders.DATA_SCHEMA, null))
			.dataContentType(text(headers, EventGridHeaders.DATA_CONTENT_TYPE, "application/json"))
			.data(payload);
		ifPresent(text(headers, EventGridHeaders.ID, null), builder::id);
		ifPresent(time(headers), builder::time);
		headers.forEach((name, value) -> {
			if (name.startsWith(EventGridHeaders.EXTENSION_PREFIX) && value != null) {
				builder.extension(name.substring(EventGridHeaders.EXTENSION_PREFIX.length()), value);
			}
		});
		return builder.build();
	}

	private EventGridEvent eventGridEvent(Object payload, Map<String, ?> headers) {
		EventGridEvent.Builder builder = EventGridEvent.builder()
			.subject(text(headers, EventGridHeaders.SUBJECT, defaultSubject(payload)))
			.eventType(text(headers, EventGridHeaders.TYPE, defaultType(payload)))
			.dataVersion(text(headers, EventGridHeaders.DATA_VERSION, "1.0"))
			.topic(text(headers, EventGridHeaders.TOPIC, this.domainTopic))
			.data(payload);
		ifPresent(text(headers, EventGridHeaders.ID, null), builder::id);
		ifPresent(time(headers), builder::eventTime);
		return builder.build();
	}

	private String defaultSubject(Object payload) {
		return (this.source != null) ? this.source : payload.getClass().getSimpleName();
	}

	private String defaultType(Object payload) {
		Class<?> type = payload.getClass();
		return (this.typePrefix != null) ? this.typePrefix + type.getSimpleName() : type.getName();
	}

	private static @Nullable OffsetDateTime time(Map<String, ?> headers) {
		Object value = headers.get(EventGridHeaders.TIME);
		if (value == null || value instanceof OffsetDateTime) {
			return (OffsetDateTime) value;
		}
		return OffsetDateTime.parse(value.toString());
	}

	private static <T> void ifPresent(@Nullable T value, Consumer<T> setter) {
		if (value != null) {
			setter.accept(value);
		}
	}

	@Contract("_, _, !null -> !null")
	private static @Nullable String text(Map<String, ?> headers, String name, @Nullable String fallback) {
		Object value = headers.get(name);
		return (value != null) ? value.toString() : fallback;
	}

}
