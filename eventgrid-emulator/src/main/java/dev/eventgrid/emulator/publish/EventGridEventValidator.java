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

package dev.eventgrid.emulator.publish;

import dev.eventgrid.emulator.model.EmulatedTopic;
import org.jspecify.annotations.Nullable;

/**
 * The rules of the Event Grid event schema: {@code id}, {@code subject},
 * {@code eventType} and {@code eventTime} (RFC 3339 with an offset) are required;
 * {@code metadataVersion} is absent or {@code "1"}; {@code topic} is absent or the
 * topic's resource id, and on a domain it names the domain topic.
 *
 * @author Event Grid for Spring Boot team
 */
final class EventGridEventValidator implements EventValidator {

	@Override
	public @Nullable String validate(ParsedEvent event, EmulatedTopic topic) {
		JsonFields fields = new JsonFields(event);
		fields.required("id");
		fields.required("subject");
		fields.required("eventType");
		fields.requireTimestamp("eventTime", fields.required("eventTime"));
		fields.optional("dataVersion");
		String metadataVersion = fields.optional("metadataVersion");
		if (metadataVersion != null && !"1".equals(metadataVersion)) {
			throw fields
				.reject("property 'metadataVersion' must be absent or \"1\", but was '" + metadataVersion + "'.");
		}
		String eventTopic = fields.optional("topic");
		if (topic.isDomain()) {
			return DomainTopics.resolve(topic, eventTopic, fields, "topic");
		}
		if (eventTopic != null && !eventTopic.isEmpty() && !eventTopic.equalsIgnoreCase(topic.resourceId())) {
			throw fields.reject("property 'topic' must be absent or the topic's resource id '" + topic.resourceId()
					+ "', but was '" + eventTopic + "'.");
		}
		return null;
	}

}
