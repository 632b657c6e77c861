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

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * Writes an {@link EventGridEvent} in the service's JSON form. Data is written by the
 * calling mapper, so the application's Jackson configuration applies to it;
 * {@link JsonData} is written as-is.
 *
 * @author Event Grid for Spring Boot team
 */
final class EventGridEventJsonSerializer extends ValueSerializer<EventGridEvent> {

	// Names encoded once: written as bytes, not character by character.

	private static final SerializableString ID = new SerializedString("id");

	private static final SerializableString TOPIC = new SerializedString("topic");

	private static final SerializableString SUBJECT = new SerializedString("subject");

	private static final SerializableString DATA = new SerializedString("data");

	private static final SerializableString EVENT_TYPE = new SerializedString("eventType");

	private static final SerializableString EVENT_TIME = new SerializedString("eventTime");

	private static final SerializableString DATA_VERSION = new SerializedString("dataVersion");

	private static final SerializableString METADATA_VERSION = new SerializedString("metadataVersion");

	private final RecurringStrings recurring = new RecurringStrings();

	@Override
	public void serialize(EventGridEvent event, JsonGenerator generator, SerializationContext context) {
		generator.writeStartObject();
		write(generator, ID, event.getId());
		String topic = event.getTopic();
		if (topic != null) {
			writeRecurring(generator, TOPIC, topic);
		}
		write(generator, SUBJECT, event.getSubject());
		generator.writeName(DATA);
		writeData(event.getData(), generator, context);
		writeRecurring(generator, EVENT_TYPE, event.getEventType());
		generator.writeName(EVENT_TIME);
		String timeText = event.readEventTimeText();
		if (timeText != null) {
			generator.writeString(timeText);
		}
		else {
			EventJson.writeTime(generator, event.getEventTime());
		}
		writeRecurring(generator, DATA_VERSION, event.getDataVersion());
		String metadataVersion = event.getMetadataVersion();
		if (metadataVersion != null) {
			writeRecurring(generator, METADATA_VERSION, metadataVersion);
		}
		generator.writeEndObject();
	}

	private void writeRecurring(JsonGenerator generator, SerializableString name, String value) {
		generator.writeName(name);
		this.recurring.write(generator, value);
	}

	private static void write(JsonGenerator generator, SerializableString name, String value) {
		generator.writeName(name);
		generator.writeString(value);
	}

	static void writeData(@Nullable Object data, JsonGenerator generator, SerializationContext context) {
		if (data instanceof JsonData json) {
			// Encoded once and copied as bytes: writing the String would encode it
			// character by character on every send.
			generator.writeRawValue(json.serialized());
		}
		else {
			context.writeValue(generator, data);
		}
	}

}
