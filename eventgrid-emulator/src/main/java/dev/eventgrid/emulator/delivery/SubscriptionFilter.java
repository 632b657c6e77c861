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

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The simple filters of a subscription: included event types, compared without regard to
 * case, and subject prefix and suffix, which ignore case unless the subscription is
 * subject case-sensitive. An event without a subject passes only empty subject filters.
 *
 * @author Event Grid for Spring Boot team
 */
final class SubscriptionFilter {

	private SubscriptionFilter() {
	}

	static boolean matches(EventSubscription definition, EventFields event) {
		return matchesType(definition, event.eventType()) && matchesSubject(definition, event.subject());
	}

	private static boolean matchesType(EventSubscription definition, String eventType) {
		return definition.includedEventTypes().isEmpty()
				|| definition.includedEventTypes().stream().anyMatch(eventType::equalsIgnoreCase);
	}

	private static boolean matchesSubject(EventSubscription definition, @Nullable String subject) {
		boolean caseSensitive = definition.isSubjectCaseSensitive();
		String prefix = normalize(definition.subjectBeginsWith(), caseSensitive);
		String suffix = normalize(definition.subjectEndsWith(), caseSensitive);
		if (prefix == null && suffix == null) {
			return true;
		}
		if (subject == null) {
			return false;
		}
		String text = caseSensitive ? subject : subject.toLowerCase(Locale.ROOT);
		return (prefix == null || text.startsWith(prefix)) && (suffix == null || text.endsWith(suffix));
	}

	private static @Nullable String normalize(@Nullable String filter, boolean caseSensitive) {
		if (filter == null || filter.isEmpty()) {
			return null;
		}
		return caseSensitive ? filter : filter.toLowerCase(Locale.ROOT);
	}

}
