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

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.UTF8JsonGenerator;
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

	// Names and constant values encoded once: written as bytes, not character by
	// character.

	private static final SerializableString ID = new SerializedString("id");

	private static final SerializableString SOURCE = new SerializedString("source");

	private static final SerializableString TYPE = new SerializedString("type");

	private static final SerializableString SPEC_VERSION = new SerializedString("specversion");

	private static final SerializableString SPEC_VERSION_VALUE = new SerializedString(CloudEvent.SPEC_VERSION);

	private static final SerializableString TIME = new SerializedString("time");

	private static final SerializableString SUBJECT = new SerializedString("subject");

	private static final SerializableString DATA_SCHEMA = new SerializedString("dataschema");

	private static final SerializableString DATA_CONTENT_TYPE = new SerializedString("datacontenttype");

	private static final SerializableString DATA = new SerializedString("data");

	private static final SerializableString DATA_BASE64 = new SerializedString("data_base64");

	private static final SerializableString TRACEPARENT_NAME = new SerializedString(TRACEPARENT);

	private static final SerializableString TRACESTATE_NAME = new SerializedString(TRACESTATE);

	private final RecurringStrings recurring = new RecurringStrings();

	@Override
	public void serialize(CloudEvent event, JsonGenerator generator, SerializationContext context) {
		generator.writeStartObject();
		write(generator, ID, event.getId());
		writeRecurring(generator, SOURCE, event.getSource());
		writeRecurring(generator, TYPE, event.getType());
		generator.writeName(SPEC_VERSION);
		generator.writeString(SPEC_VERSION_VALUE);
		writeTime(event, generator);
		writeIfPresent(generator, SUBJECT, event.getSubject());
		String dataSchema = event.getDataSchema();
		if (dataSchema != null) {
			writeRecurring(generator, DATA_SCHEMA, dataSchema);
		}
		String dataContentType = event.getDataContentType();
		if (dataContentType != null) {
			writeRecurring(generator, DATA_CONTENT_TYPE, dataContentType);
		}
		byte[] binary = event.dataBase64Unsafe();
		if (binary != null) {
			generator.writeName(DATA_BASE64);
			generator.writeBinary(binary);
		}
		else if (event.hasData()) {
			generator.writeName(DATA);
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

	private static void writeTraceContext(CloudEvent event, JsonGenerator generator, SerializationContext context) {
		EncodedTraceContext encoded = encoded(context);
		if (encoded == null) {
			return;
		}
		Map<String, Object> extensions = event.getExtensions();
		boolean hasExtensions = !extensions.isEmpty();
		if (hasExtensions && extensions.containsKey(TRACEPARENT)) {
			return;
		}
		boolean ownTracestate = hasExtensions && extensions.containsKey(TRACESTATE);
		if (!ownTracestate && encoded.members() != null && generator instanceof UTF8JsonGenerator
				&& generator.getPrettyPrinter() == null) {
			// Both members as one run of bytes, after the members written above.
			generator.writeRaw(encoded.members());
			return;
		}
		if (encoded.traceparent() != null) {
			generator.writeName(TRACEPARENT_NAME);
			generator.writeString(encoded.traceparent());
		}
		if (encoded.tracestate() != null && !ownTracestate) {
			generator.writeName(TRACESTATE_NAME);
			generator.writeString(encoded.tracestate());
		}
	}

	/**
	 * Return the trace context of the request encoded for writing, or {@code null} if it
	 * has none. Every event of a request carries the same one: the first event encodes it
	 * and keeps it with the request's serialization context under the same name, where
	 * the events after it find it with one lookup (a cache in the serializer would be
	 * overwritten back and forth by requests serialized at once on several threads).
	 * @param context the serialization context of the request
	 * @return the trace context, encoded, or {@code null}
	 */
	private static @Nullable EncodedTraceContext encoded(SerializationContext context) {
		Object attribute = context.getAttribute(CloudEvent.TRACE_CONTEXT_ATTRIBUTE);
		if (attribute instanceof EncodedTraceContext encoded) {
			return encoded;
		}
		if (!(attribute instanceof Map<?, ?> traceContext)) {
			return null;
		}
		EncodedTraceContext encoded = new EncodedTraceContext(traceContext);
		// Per call: the writer's own attribute, the map, stays for its other requests.
		context.setAttribute(CloudEvent.TRACE_CONTEXT_ATTRIBUTE, encoded);
		return encoded;
	}

	private static void writeTime(CloudEvent event, JsonGenerator generator) {
		String text = event.readTimeText();
		OffsetDateTime time = event.getTime();
		if (text != null) {
			write(generator, TIME, text);
		}
		else if (time != null) {
			generator.writeName(TIME);
			EventJson.writeTime(generator, time);
		}
	}

	private void writeRecurring(JsonGenerator generator, SerializableString name, String value) {
		generator.writeName(name);
		this.recurring.write(generator, value);
	}

	private static void write(JsonGenerator generator, SerializableString name, String value) {
		generator.writeName(name);
		generator.writeString(value);
	}

	private static void writeIfPresent(JsonGenerator generator, SerializableString name, @Nullable String value) {
		if (value != null) {
			write(generator, name, value);
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

	/**
	 * A trace context with its values encoded for a generator.
	 *
	 * @param traceparent the {@code traceparent} value, encoded, or {@code null}
	 * @param tracestate the {@code tracestate} value, encoded, or {@code null}
	 * @param members both as JSON members, each preceded by a comma, or {@code null} if
	 * there are none
	 */
	private record EncodedTraceContext(@Nullable SerializableString traceparent,
			@Nullable SerializableString tracestate, @Nullable SerializableString members) {

		EncodedTraceContext(Map<?, ?> source) {
			this(encode(source.get(TRACEPARENT)), encode(source.get(TRACESTATE)));
		}

		private EncodedTraceContext(@Nullable SerializableString traceparent, @Nullable SerializableString tracestate) {
			this(traceparent, tracestate, members(traceparent, tracestate));
		}

		private static @Nullable SerializableString encode(@Nullable Object value) {
			return (value != null) ? new SerializedString(value.toString()) : null;
		}

		private static @Nullable SerializableString members(@Nullable SerializableString traceparent,
				@Nullable SerializableString tracestate) {
			StringBuilder members = new StringBuilder();
			member(members, TRACEPARENT, traceparent);
			member(members, TRACESTATE, tracestate);
			return (members.length() > 0) ? new SerializedString(members.toString()) : null;
		}

		private static void member(StringBuilder members, String name, @Nullable SerializableString value) {
			if (value != null) {
				members.append(",\"").append(name).append("\":\"");
				members.append(value.asQuotedChars()).append('"');
			}
		}

	}

}
