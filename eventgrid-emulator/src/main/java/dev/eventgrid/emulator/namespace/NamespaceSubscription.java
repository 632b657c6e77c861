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

package dev.eventgrid.emulator.namespace;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * An event subscription of a namespace topic in queue mode, read by pull delivery. It is
 * immutable: every setter returns a copy. The ranges are the service's: a lock duration
 * of 60 to 300 seconds (60 by default), a maximum delivery count of 1 to 10 (10 by
 * default) and an event time-to-live from one minute to seven days (seven days by
 * default).
 *
 * @author Event Grid for Spring Boot team
 */
public final class NamespaceSubscription {

	/**
	 * The default and shortest receive lock duration.
	 */
	public static final Duration DEFAULT_LOCK_DURATION = Duration.ofSeconds(60);

	/**
	 * The longest receive lock duration.
	 */
	public static final Duration MAX_LOCK_DURATION = Duration.ofSeconds(300);

	/**
	 * The default maximum delivery count.
	 */
	public static final int DEFAULT_MAX_DELIVERY_COUNT = 10;

	/**
	 * The default and longest event time-to-live: the longest retention of a namespace
	 * topic.
	 */
	public static final Duration DEFAULT_EVENT_TIME_TO_LIVE = Duration.ofDays(7);

	private final String name;

	private final Duration lockDuration;

	private final int maxDeliveryCount;

	private final Duration eventTimeToLive;

	private final List<String> includedEventTypes;

	private final @Nullable String subjectBeginsWith;

	private final @Nullable String subjectEndsWith;

	private final boolean subjectCaseSensitive;

	private NamespaceSubscription(String name, Duration lockDuration, int maxDeliveryCount, Duration eventTimeToLive,
			List<String> includedEventTypes, @Nullable String subjectBeginsWith, @Nullable String subjectEndsWith,
			boolean subjectCaseSensitive) {
		this.name = name;
		this.lockDuration = lockDuration;
		this.maxDeliveryCount = maxDeliveryCount;
		this.eventTimeToLive = eventTimeToLive;
		this.includedEventTypes = includedEventTypes;
		this.subjectBeginsWith = subjectBeginsWith;
		this.subjectEndsWith = subjectEndsWith;
		this.subjectCaseSensitive = subjectCaseSensitive;
	}

	/**
	 * Describe a queue subscription with the service's defaults and no filter.
	 * @param name the subscription name: 3 to 50 letters, digits and hyphens
	 * @return the subscription
	 */
	public static NamespaceSubscription named(String name) {
		return new NamespaceSubscription(NamespaceNames.check("subscription", name), DEFAULT_LOCK_DURATION,
				DEFAULT_MAX_DELIVERY_COUNT, DEFAULT_EVENT_TIME_TO_LIVE, List.of(), null, null, false);
	}

	/**
	 * Set how long a received event stays locked to its receiver.
	 * @param duration whole seconds from 60 to 300
	 * @return a copy with the lock duration
	 */
	public NamespaceSubscription lockDuration(Duration duration) {
		if (duration.compareTo(DEFAULT_LOCK_DURATION) < 0 || duration.compareTo(MAX_LOCK_DURATION) > 0
				|| duration.toNanosPart() != 0) {
			throw new IllegalArgumentException("The receive lock duration of '" + this.name
					+ "' must be 60 to 300 whole seconds, not " + duration);
		}
		return new NamespaceSubscription(this.name, duration, this.maxDeliveryCount, this.eventTimeToLive,
				this.includedEventTypes, this.subjectBeginsWith, this.subjectEndsWith, this.subjectCaseSensitive);
	}

	/**
	 * Set how many times an event is delivered before it is dead-lettered.
	 * @param count from 1 to 10
	 * @return a copy with the maximum delivery count
	 */
	public NamespaceSubscription maxDeliveryCount(int count) {
		if (count < 1 || count > 10) {
			throw new IllegalArgumentException(
					"The maximum delivery count of '" + this.name + "' must be 1 to 10, not " + count);
		}
		return new NamespaceSubscription(this.name, this.lockDuration, count, this.eventTimeToLive,
				this.includedEventTypes, this.subjectBeginsWith, this.subjectEndsWith, this.subjectCaseSensitive);
	}

	/**
	 * Set how long after its publication an event may be received; it is dead-lettered
	 * then.
	 * @param timeToLive whole minutes from one minute to seven days
	 * @return a copy with the event time-to-live
	 */
	public NamespaceSubscription eventTimeToLive(Duration timeToLive) {
		if (timeToLive.compareTo(Duration.ofMinutes(1)) < 0 || timeToLive.compareTo(DEFAULT_EVENT_TIME_TO_LIVE) > 0
				|| timeToLive.toSecondsPart() != 0 || timeToLive.toNanosPart() != 0) {
			throw new IllegalArgumentException("The event time-to-live of '" + this.name
					+ "' must be whole minutes from PT1M to P7D, not " + timeToLive);
		}
		return new NamespaceSubscription(this.name, this.lockDuration, this.maxDeliveryCount, timeToLive,
				this.includedEventTypes, this.subjectBeginsWith, this.subjectEndsWith, this.subjectCaseSensitive);
	}

	/**
	 * Receive only events of these types, compared without regard to case.
	 * @param eventTypes the event types; empty for all
	 * @return a copy with the filter
	 */
	public NamespaceSubscription includedEventTypes(List<String> eventTypes) {
		return new NamespaceSubscription(this.name, this.lockDuration, this.maxDeliveryCount, this.eventTimeToLive,
				List.copyOf(eventTypes), this.subjectBeginsWith, this.subjectEndsWith, this.subjectCaseSensitive);
	}

	/**
	 * Receive only events whose subject starts with a prefix.
	 * @param prefix the prefix
	 * @return a copy with the filter
	 */
	public NamespaceSubscription subjectBeginsWith(String prefix) {
		return new NamespaceSubscription(this.name, this.lockDuration, this.maxDeliveryCount, this.eventTimeToLive,
				this.includedEventTypes, Objects.requireNonNull(prefix, "'prefix' must not be null"),
				this.subjectEndsWith, this.subjectCaseSensitive);
	}

	/**
	 * Receive only events whose subject ends with a suffix.
	 * @param suffix the suffix
	 * @return a copy with the filter
	 */
	public NamespaceSubscription subjectEndsWith(String suffix) {
		return new NamespaceSubscription(this.name, this.lockDuration, this.maxDeliveryCount, this.eventTimeToLive,
				this.includedEventTypes, this.subjectBeginsWith,
				Objects.requireNonNull(suffix, "'suffix' must not be null"), this.subjectCaseSensitive);
	}

	/**
	 * Set whether the subject filters compare case; they ignore it by default.
	 * @param caseSensitive {@code true} to compare case
	 * @return a copy with the setting
	 */
	public NamespaceSubscription subjectCaseSensitive(boolean caseSensitive) {
		return new NamespaceSubscription(this.name, this.lockDuration, this.maxDeliveryCount, this.eventTimeToLive,
				this.includedEventTypes, this.subjectBeginsWith, this.subjectEndsWith, caseSensitive);
	}

	/**
	 * Return the subscription name.
	 * @return the name
	 */
	public String name() {
		return this.name;
	}

	/**
	 * Return how long a received event stays locked.
	 * @return the lock duration
	 */
	public Duration lockDuration() {
		return this.lockDuration;
	}

	/**
	 * Return how many deliveries an event gets before it is dead-lettered.
	 * @return the maximum delivery count
	 */
	public int maxDeliveryCount() {
		return this.maxDeliveryCount;
	}

	/**
	 * Return how long after its publication an event may be received.
	 * @return the event time-to-live
	 */
	public Duration eventTimeToLive() {
		return this.eventTimeToLive;
	}

	/**
	 * Return the event types the subscription takes; empty for all.
	 * @return the included event types
	 */
	public List<String> includedEventTypes() {
		return this.includedEventTypes;
	}

	/**
	 * Return the subject prefix filter.
	 * @return the prefix, or {@code null} for none
	 */
	public @Nullable String subjectBeginsWith() {
		return this.subjectBeginsWith;
	}

	/**
	 * Return the subject suffix filter.
	 * @return the suffix, or {@code null} for none
	 */
	public @Nullable String subjectEndsWith() {
		return this.subjectEndsWith;
	}

	/**
	 * Return whether the subject filters compare case.
	 * @return {@code true} if they do
	 */
	public boolean isSubjectCaseSensitive() {
		return this.subjectCaseSensitive;
	}

	boolean matches(@Nullable String eventType, @Nullable String subject) {
		boolean typeMatches = this.includedEventTypes.isEmpty()
				|| (eventType != null && this.includedEventTypes.stream().anyMatch(eventType::equalsIgnoreCase));
		return typeMatches && subjectMatches(subject);
	}

	private boolean subjectMatches(@Nullable String subject) {
		String prefix = normalized(this.subjectBeginsWith);
		String suffix = normalized(this.subjectEndsWith);
		if (prefix == null && suffix == null) {
			return true;
		}
		if (subject == null) {
			return false;
		}
		String text = this.subjectCaseSensitive ? subject : subject.toLowerCase(Locale.ROOT);
		return (prefix == null || text.startsWith(prefix)) && (suffix == null || text.endsWith(suffix));
	}

	private @Nullable String normalized(@Nullable String filter) {
		if (filter == null || filter.isEmpty()) {
			return null;
		}
		return this.subjectCaseSensitive ? filter : filter.toLowerCase(Locale.ROOT);
	}

	@Override
	public String toString() {
		return "NamespaceSubscription[" + this.name + ", lock " + this.lockDuration.toSeconds() + "s, max delivery "
				+ this.maxDeliveryCount + ", ttl " + this.eventTimeToLive + "]";
	}

}
