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

package dev.eventgrid.spring.event.system;

import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Which data record each system event type carries, keyed by the event type names of the
 * Event Grid definitions and looked up ignoring case. Event types without an entry
 * (custom events, and the few retired system events without definitions) have no typed
 * data; their data is still available as JSON.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public final class SystemEventMappings {

	private static final Map<String, Class<? extends SystemEventData>> MAPPINGS = Collections
		.unmodifiableMap(SystemEventDataTypes.mappings());

	private static final Map<String, Class<? extends SystemEventData>> BY_LOWER_CASE = lowerCase(MAPPINGS);

	private SystemEventMappings() {
	}

	/**
	 * Return every mapping, from event type name to data record, in the order of the
	 * names.
	 * @return an unmodifiable map
	 */
	public static Map<String, Class<? extends SystemEventData>> all() {
		return MAPPINGS;
	}

	/**
	 * Return the data class of an event type, ignoring case.
	 * @param eventType the CloudEvent {@code type} or EventGridEvent {@code eventType}
	 * @return the data class, or empty for custom events and unmapped system events
	 */
	public static Optional<Class<? extends SystemEventData>> dataType(@Nullable String eventType) {
		return (eventType != null) ? Optional.ofNullable(BY_LOWER_CASE.get(eventType.toLowerCase(Locale.ROOT)))
				: Optional.empty();
	}

	private static Map<String, Class<? extends SystemEventData>> lowerCase(
			Map<String, Class<? extends SystemEventData>> mappings) {
		Map<String, Class<? extends SystemEventData>> map = new HashMap<>();
		mappings.forEach((name, type) -> map.put(name.toLowerCase(Locale.ROOT), type));
		return Map.copyOf(map);
	}

}
