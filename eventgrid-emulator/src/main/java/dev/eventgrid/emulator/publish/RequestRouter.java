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

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.eventgrid.emulator.model.EmulatedTopic;
import org.jspecify.annotations.Nullable;

/**
 * Maps {@code /topics/{name}/api/events} and {@code /domains/{name}/api/events} to the
 * declared topics and domains, ignoring the case of the name.
 *
 * @author Event Grid for Spring Boot team
 */
final class RequestRouter {

	private static final String SUFFIX = "/api/events";

	private final Map<String, EmulatedTopic> routes = new HashMap<>();

	RequestRouter(List<EmulatedTopic> topics) {
		for (EmulatedTopic topic : topics) {
			this.routes.put(topic.publishPath().toLowerCase(Locale.ROOT), topic);
		}
	}

	@Nullable EmulatedTopic resolve(String path) {
		String normalized = path.toLowerCase(Locale.ROOT);
		if (normalized.endsWith("/") && normalized.length() > 1) {
			normalized = normalized.substring(0, normalized.length() - 1);
		}
		return normalized.endsWith(SUFFIX) ? this.routes.get(normalized) : null;
	}

}
