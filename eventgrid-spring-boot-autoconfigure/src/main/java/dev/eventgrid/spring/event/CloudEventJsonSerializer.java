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

package dev.eventgrid.spring.event;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Map;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * Writes a {@link CloudEvent} in the CloudEvents JSON format. Data is written by the
 * calling mapper, so the application's Jackson configuration applies to it;
 * {@link JsonData} is written as-is.
 *
 * @author Event Grid for Spring Boot team
 */
final class CloudEventJsonSerializer extends ValueSerializer<CloudEvent> {

	private static final String TRACEPARENT = "traceparent";

	private static final String TRACESTATE = "tracestate";

	@Override
	public void serialize(CloudEvent event, JsonGenerator generator, SerializationContext context) {
		generator.writeStartObject();
		generator.writeStringProperty("id", event.getId());
		generator.writeStringProperty("source", event.getSource());
		generator.writeStringProperty("type", event.getType());
		generator.writeStringProperty("specversion", CloudEvent.SPEC_VERSION);
		writeIfPresent(generator, "time", event.timeText());
		writeIfPresent(generator, "subject", event.getSubject());
		writeIfPresent(generator, "dataschema", event.getDataSchema());
		writeIfPresent(generator, "datacontenttype", event.getDataContentType());
		byte[] binary = event.dataBase64Unsafe();
		if (binary != null) {
			generator.writeName("data_base64");
			generator.writeBinary(binary);
		}
		else if (event.hasData()) {
			generator.writeName("data");
			EventGridEventJsonSerializer.writeData(event.getData(), generator, context);
		}
		Map<String, Object> extensions = event.getExtensions();
		if (!extensions.isEmpty()) {
			// Most events have none: skip the iterator an unmodifiable map allocates.
			for (Map.Entry<String, Object> extension : extensions.entrySet()) {
				generator.writeName(extension.getKey());
				writeExtensionValue(generator, extension.getValue());
			}
		}
		writeTraceContext(event, generator, context);
		generator.writeEndObject();
	}

	@SuppressWarnings("unchecked")
	private static void writeTraceContext(CloudEvent event, JsonGenerator generator, SerializationContext context) {
		Object attribute = context.getAttribute(CloudEvent.TRACE_CONTEXT_ATTRIBUTE);
		if (!(attribute instanceof Map<?, ?>) || event.getExtensions().containsKey(TRACEPARENT)) {
			return;
		}
		Map<String, String> traceContext = (Map<String, String>) attribute;
		writeIfPresent(generator, TRACEPARENT, traceContext.get(TRACEPARENT));
		if (!event.getExtensions().containsKey(TRACESTATE)) {
			writeIfPresent(generator, TRACESTATE, traceContext.get(TRACESTATE));
		}
	}

	private static void writeIfPresent(JsonGenerator generator, String name, String value) {
		if (value != null) {
			generator.writeStringProperty(name, value);
		}
	}

	private static void writeExtensionValue(JsonGenerator generator, Object value) {
		if (value instanceof String text) {
			generator.writeString(text);
		}
		else if (value instanceof Boolean bool) {
			generator.writeBoolean(bool);
		}
		else if (value instanceof Number number) {
			generator.writeNumber(number.longValue());
		}
		else if (value instanceof OffsetDateTime time) {
			generator.writeString(EventJson.formatTime(time));
		}
		else if (value instanceof byte[] bytes) {
			generator.writeBinary(bytes);
		}
		else if (value instanceof JsonData json) {
			generator.writeRawValue(json.serialized());
		}
		else if (value instanceof URI uri) {
			generator.writeString(uri.toString());
		}
		else {
			generator.writeString(value.toString());
		}
	}

}
