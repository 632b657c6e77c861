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
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads an {@link EventGridEvent} from the service's JSON form, keeping {@code data} and
 * {@code eventTime} exactly as written. Properties it does not know are ignored. As
 * tolerant as the Azure SDKs' readers: empty or blank ids, types and topics, numbers
 * where text is expected and any {@code metadataVersion} are read; a missing {@code id},
 * {@code subject}, {@code eventType}, {@code dataVersion}, {@code data} or
 * {@code eventTime} and a malformed time are refused.
 *
 * @author Event Grid for Spring Boot team
 */
final class EventGridEventJsonDeserializer extends ValueDeserializer<EventGridEvent> {

	// why strict through Jackson: publishing reads Maps and JsonNodes with it, and keeps
	// every rule; fromJson and EventGridPayloadReader read deliveries, leniently

	@Override
	public EventGridEvent deserialize(JsonParser parser, DeserializationContext context) {
		return read(parser, -1, false);
	}

	static EventGridEvent read(JsonParser parser, int index) {
		return read(parser, index, true);
	}

	private static EventGridEvent read(JsonParser parser, int index, boolean lenient) {
		EventJson.expectObject(parser, index, EventGridEvent.KIND);
		EventGridEvent.Builder builder = EventGridEvent.builder();
		if (lenient) {
			builder.lenient();
		}
		boolean hasId = false;
		boolean hasTime = false;
		boolean hasData = false;
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = parser.currentName();
			parser.nextToken();
			switch (name) {
				case "id" -> {
					builder.idUnchecked(lenient ? EventJson.readText(parser, name, index)
							: EventJson.requireText(parser, name, index));
					hasId = true;
				}
				case "topic" -> builder.topic(nullableString(parser, name, index, lenient));
				case "subject" -> builder.subject(EventJson.text(parser, name, index, lenient));
				case "eventType" -> builder.eventType(EventJson.text(parser, name, index, lenient));
				case "dataVersion" -> builder.dataVersion(EventJson.text(parser, name, index, lenient));
				case "metadataVersion" -> builder.metadataVersion(nullableString(parser, name, index, lenient));
				case "eventTime" -> {
					String text = EventJson.requireString(parser, name, index);
					builder.eventTimeText(text, EventJson.parseTime(text, name, index));
					hasTime = true;
				}
				case "data" -> {
					builder.data(EventJson.copyValue(parser));
					hasData = true;
				}
				default -> parser.skipChildren();
			}
		}
		if (!hasId) {
			throw EventJson.missing("id", index, EventGridEvent.KIND);
		}
		if (!hasTime) {
			throw EventJson.missing("eventTime", index, EventGridEvent.KIND);
		}
		if (!hasData) {
			throw EventJson.missing("data", index, EventGridEvent.KIND);
		}
		try {
			return builder.build();
		}
		catch (InvalidEventException ex) {
			throw ex.atIndex(index);
		}
	}

	private static @Nullable String nullableString(JsonParser parser, String field, int index, boolean lenient) {
		return (parser.currentToken() == JsonToken.VALUE_NULL) ? null : EventJson.text(parser, field, index, lenient);
	}

}
