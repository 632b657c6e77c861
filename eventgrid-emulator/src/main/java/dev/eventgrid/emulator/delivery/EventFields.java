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

package dev.eventgrid.emulator.delivery;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import dev.eventgrid.emulator.model.EmulatedTopic;
import dev.eventgrid.emulator.model.InputSchema;
import dev.eventgrid.emulator.model.ReceivedEvent;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The routing fields of a published event, read according to the input schema of its
 * topic. A custom event is read as if its topic mapped the Event Grid fields from members
 * of the same name, with an empty subject, type and data version and a generated id and
 * the publish time when those members are missing.
 *
 * @param id the event id, delivered as {@code aeg-output-event-id}
 * @param eventType the event type, empty if unknown
 * @param subject the subject, or {@code null} if the event has none
 * @param dataVersion the data version, empty if unknown
 * @param eventTime the event time
 * @author Event Grid for Spring Boot team
 */
record EventFields(String id, String eventType, @Nullable String subject, String dataVersion, String eventTime) {

	static EventFields of(EmulatedTopic topic, ReceivedEvent event) {
		JsonNode node = event.node();
		String publishTime = DateTimeFormatter.ISO_INSTANT.format(event.receivedAt());
		if (topic.schema() == InputSchema.CLOUD_EVENT_V1_0) {
			return new EventFields(orElse(text(node, "id"), ""), orElse(text(node, "type"), ""), text(node, "subject"),
					"", orElse(text(node, "time"), publishTime));
		}
		String generatedId = UUID
			.nameUUIDFromBytes((event.requestId() + "/" + event.index()).getBytes(StandardCharsets.UTF_8))
			.toString();
		String subject = text(node, "subject");
		return new EventFields(orElse(text(node, "id"), generatedId), orElse(text(node, "eventType"), ""),
				(subject == null && topic.schema() == InputSchema.CUSTOM) ? "" : subject,
				orElse(text(node, "dataVersion"), ""), orElse(text(node, "eventTime"), publishTime));
	}

	private static @Nullable String text(JsonNode node, String name) {
		JsonNode value = node.get(name);
		return (value != null && value.isString()) ? value.stringValue() : null;
	}

	private static String orElse(@Nullable String value, String fallback) {
		return (value != null) ? value : fallback;
	}

}
