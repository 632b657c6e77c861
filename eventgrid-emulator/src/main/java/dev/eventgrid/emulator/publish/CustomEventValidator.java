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
 * The rules of a custom input schema: any JSON object. On a domain, the event's
 * {@code topic} member names the domain topic, as the default input mapping does.
 *
 * @author Event Grid for Spring Boot team
 */
final class CustomEventValidator implements EventValidator {

	@Override
	public @Nullable String validate(ParsedEvent event, EmulatedTopic topic) {
		JsonFields fields = new JsonFields(event);
		return topic.isDomain() ? DomainTopics.resolve(topic, fields.optional("topic"), fields, "topic") : null;
	}

}
