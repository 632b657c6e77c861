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

package dev.eventgrid.emulator.standalone;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.eventgrid.emulator.namespace.NamespaceDefinition;
import dev.eventgrid.emulator.namespace.NamespaceSubscription;
import org.jspecify.annotations.Nullable;

/**
 * An Event Grid namespace in the YAML configuration, with its topics and their queue
 * subscriptions.
 *
 * @param name the namespace name
 * @param keys the two access keys, generated if absent
 * @param topics the namespace topics
 * @author Event Grid for Spring Boot team
 */
public record NamespaceConfiguration(@Nullable String name, @Nullable List<String> keys, @Nullable List<Topic> topics) {

	private static final Pattern SIMPLE_DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)?");

	NamespaceDefinition toDefinition() {
		if (this.name == null) {
			throw new IllegalArgumentException("Every namespace needs a name");
		}
		NamespaceDefinition definition = NamespaceDefinition.named(this.name);
		if (this.keys != null) {
			if (this.keys.size() != 2) {
				throw new IllegalArgumentException(
						"Namespace '" + this.name + "' needs exactly two keys, not " + this.keys.size());
			}
			definition = definition.keys(this.keys.get(0), this.keys.get(1));
		}
		for (Topic topic : (this.topics != null) ? this.topics : List.<Topic>of()) {
			definition = topic.addTo(definition);
		}
		return definition;
	}

	static Duration duration(String property, String text) {
		Matcher matcher = SIMPLE_DURATION.matcher(text.trim().toLowerCase(Locale.ROOT));
		if (matcher.matches()) {
			long amount = Long.parseLong(matcher.group(1));
			String unit = (matcher.group(2) != null) ? matcher.group(2) : "s";
			switch (unit) {
				case "ms":
					return Duration.ofMillis(amount);
				case "m":
					return Duration.ofMinutes(amount);
				case "h":
					return Duration.ofHours(amount);
				case "d":
					return Duration.ofDays(amount);
				default:
					return Duration.ofSeconds(amount);
			}
		}
		try {
			return Duration.parse(text.trim());
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(
					"'" + property + "' must be a duration such as 60s, 10m, 1d or " + "PT1M, not '" + text + "'", ex);
		}
	}

	@Override
	public String toString() {
		return "NamespaceConfiguration[name=" + this.name + ", topics=" + this.topics + "]";
	}

	/**
	 * A namespace topic of the configuration.
	 *
	 * @param name the topic name
	 * @param subscriptions the queue subscriptions of the topic
	 */
	public record Topic(@Nullable String name, @Nullable List<Subscription> subscriptions) {

		NamespaceDefinition addTo(NamespaceDefinition namespace) {
			if (this.name == null) {
				throw new IllegalArgumentException("Every topic of namespace '" + namespace.name() + "' needs a name");
			}
			List<NamespaceSubscription> declared = new ArrayList<>();
			for (Subscription subscription : (this.subscriptions != null) ? this.subscriptions
					: List.<Subscription>of()) {
				declared.add(subscription.toSubscription(this.name));
			}
			return namespace.topic(this.name, declared);
		}

	}

	/**
	 * A queue subscription of a namespace topic in the configuration; every key but the
	 * name is optional and takes the service's default.
	 *
	 * @param name the subscription name
	 * @param lockDuration the receive lock duration, such as {@code 60s}, 60 to 300
	 * seconds
	 * @param maxDeliveryCount the maximum delivery count, 1 to 10
	 * @param eventTimeToLive the event time-to-live, such as {@code 1d} or {@code PT30M}
	 * @param includedEventTypes the event types to keep, all if absent
	 * @param subjectBeginsWith the subject prefix filter
	 * @param subjectEndsWith the subject suffix filter
	 * @param subjectCaseSensitive whether the subject filters compare case
	 */
	public record Subscription(@Nullable String name, @Nullable String lockDuration, @Nullable Integer maxDeliveryCount,
			@Nullable String eventTimeToLive, @Nullable List<String> includedEventTypes,
			@Nullable String subjectBeginsWith, @Nullable String subjectEndsWith,
			@Nullable Boolean subjectCaseSensitive) {

		NamespaceSubscription toSubscription(String topic) {
			if (this.name == null) {
				throw new IllegalArgumentException(
						"Every subscription of namespace topic '" + topic + "' needs a name");
			}
			NamespaceSubscription declared = NamespaceSubscription.named(this.name);
			declared = with(declared, this.lockDuration,
					(subscription, text) -> subscription.lockDuration(duration("lock-duration", text)));
			declared = with(declared, this.maxDeliveryCount, NamespaceSubscription::maxDeliveryCount);
			declared = with(declared, this.eventTimeToLive,
					(subscription, text) -> subscription.eventTimeToLive(duration("event-time-to-live", text)));
			declared = with(declared, this.includedEventTypes, NamespaceSubscription::includedEventTypes);
			declared = with(declared, this.subjectBeginsWith, NamespaceSubscription::subjectBeginsWith);
			declared = with(declared, this.subjectEndsWith, NamespaceSubscription::subjectEndsWith);
			return with(declared, this.subjectCaseSensitive, NamespaceSubscription::subjectCaseSensitive);
		}

		private static <T> NamespaceSubscription with(NamespaceSubscription subscription, @Nullable T value,
				BiFunction<NamespaceSubscription, T, NamespaceSubscription> setter) {
			return (value != null) ? setter.apply(subscription, value) : subscription;
		}

	}

}
