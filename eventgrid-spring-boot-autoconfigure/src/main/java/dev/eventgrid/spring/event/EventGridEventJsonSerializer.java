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

import tools.jackson.core.JsonGenerator;
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

	@Override
	public void serialize(EventGridEvent event, JsonGenerator generator, SerializationContext context) {
		generator.writeStartObject();
		generator.writeStringProperty("id", event.getId());
		if (event.getTopic() != null) {
			generator.writeStringProperty("topic", event.getTopic());
		}
		generator.writeStringProperty("subject", event.getSubject());
		generator.writeName("data");
		writeData(event.getData(), generator, context);
		generator.writeStringProperty("eventType", event.getEventType());
		generator.writeStringProperty("eventTime", event.eventTimeText());
		generator.writeStringProperty("dataVersion", event.getDataVersion());
		if (event.getMetadataVersion() != null) {
			generator.writeStringProperty("metadataVersion", event.getMetadataVersion());
		}
		generator.writeEndObject();
	}

	static void writeData(Object data, JsonGenerator generator, SerializationContext context) {
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
