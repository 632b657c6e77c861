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

import java.util.Locale;
import java.util.regex.Pattern;

import dev.eventgrid.emulator.model.EmulatedTopic;
import org.jspecify.annotations.Nullable;

/**
 * Resolves the domain topic an event names: either the bare name of the domain topic or
 * its full resource id under the domain. A CloudEvent names it in {@code source}, so an
 * absolute URI there is rejected with the service's message.
 *
 * @author Event Grid for Spring Boot team
 */
final class DomainTopics {

	static final String ROUTING_MESSAGE = "Required property 'topic' needs to either be a full resource id "
			+ "or should be just the name of the domain topic.";

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{3,50}");

	private DomainTopics() {
	}

	static String resolve(EmulatedTopic domain, @Nullable String value, JsonFields fields, String member) {
		if (value == null || value.isEmpty()) {
			throw fields.reject(ROUTING_MESSAGE + " Property '" + member + "' is missing.");
		}
		String name = value;
		if (value.startsWith("/")) {
			String prefix = domain.resourceId() + "/topics/";
			if (!value.toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT))) {
				throw fields.reject(ROUTING_MESSAGE + " '" + value + "' is not a topic of the domain '"
						+ domain.resourceId() + "'.");
			}
			name = value.substring(prefix.length());
		}
		if (!NAME.matcher(name).matches()) {
			throw fields.reject(ROUTING_MESSAGE + " '" + value + "' in property '" + member
					+ "' is neither; a domain topic name has 3 to 50 letters, digits, hyphens or underscores.");
		}
		return name;
	}

}
