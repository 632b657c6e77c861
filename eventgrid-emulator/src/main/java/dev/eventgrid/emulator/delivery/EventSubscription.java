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

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import dev.eventgrid.emulator.model.InputSchema;
import dev.eventgrid.emulator.storagequeue.StorageQueueTarget;
import org.jspecify.annotations.Nullable;

/**
 * The definition of an event subscription: its name, endpoint, delivery schema, filters
 * and retry policy. Instances are immutable; each method that changes a setting returns a
 * new definition, for example
 * {@code EventSubscription.webhook("orders", uri).includedEventTypes("Order.Created")}.
 *
 * @author Event Grid for Spring Boot team
 */
public final class EventSubscription {

	/**
	 * The default and largest number of delivery attempts.
	 */
	public static final int DEFAULT_MAX_DELIVERY_ATTEMPTS = 30;

	/**
	 * The default and longest event time-to-live: 1440 minutes.
	 */
	public static final Duration DEFAULT_EVENT_TIME_TO_LIVE = Duration.ofMinutes(1440);

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9-]{3,64}");

	private final Settings settings;

	private EventSubscription(Settings settings) {
		this.settings = settings;
	}

	/**
	 * Define a subscription that posts events to an HTTP or HTTPS endpoint.
	 * @param name the subscription name: 3 to 64 letters, digits and hyphens
	 * @param endpoint the absolute {@code http} or {@code https} URL of the endpoint
	 * @return the definition
	 */
	public static EventSubscription webhook(String name, URI endpoint) {
		String scheme = Objects.requireNonNull(endpoint, "'endpoint' must not be null").getScheme();
		if (!endpoint.isAbsolute() || endpoint.getHost() == null
				|| !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
			throw new IllegalArgumentException(
					"A webhook endpoint must be an absolute http or https URL, not '" + redact(endpoint) + "'");
		}
		return create(name, EndpointType.WEBHOOK, endpoint);
	}

	/**
	 * Define a subscription that posts events to an HTTP or HTTPS endpoint.
	 * @param name the subscription name: 3 to 64 letters, digits and hyphens
	 * @param endpoint the absolute {@code http} or {@code https} URL of the endpoint
	 * @return the definition
	 */
	public static EventSubscription webhook(String name, String endpoint) {
		return webhook(name, URI.create(endpoint));
	}

	/**
	 * Define a subscription that writes each event to an in-memory Storage Queue, as one
	 * Base64-encoded event object per message.
	 * @param name the subscription name: 3 to 64 letters, digits and hyphens
	 * @return the definition
	 */
	public static EventSubscription queue(String name) {
		return create(name, EndpointType.STORAGE_QUEUE, null);
	}

	/**
	 * Define a subscription that writes each event to a queue of a real storage account,
	 * such as Azurite or Azure, as one Base64-encoded event object per message. The queue
	 * is created when it is missing.
	 * @param name the subscription name: 3 to 64 letters, digits and hyphens
	 * @param connectionString the storage account's connection string, such as
	 * {@code UseDevelopmentStorage=true} for Azurite on its default port
	 * @param queueName the queue name
	 * @return the definition
	 * @throws IllegalArgumentException if the connection string or the queue name is
	 * invalid
	 */
	public static EventSubscription storageQueue(String name, String connectionString, String queueName) {
		StorageQueueTarget target = StorageQueueTarget.of(connectionString, queueName);
		EventSubscription subscription = create(name, EndpointType.STORAGE_QUEUE, null);
		subscription.settings.storageQueue = target;
		return subscription;
	}

	/**
	 * Define a subscription that writes each event to an in-memory Service Bus queue, as
	 * one event object per message with Event Grid's application properties.
	 * @param name the subscription name: 3 to 64 letters, digits and hyphens
	 * @return the definition
	 */
	public static EventSubscription serviceBusQueue(String name) {
		return create(name, EndpointType.SERVICE_BUS_QUEUE, null);
	}

	private static EventSubscription create(String name, EndpointType type, @Nullable URI endpoint) {
		if (!NAME.matcher(Objects.requireNonNull(name, "'name' must not be null")).matches()) {
			throw new IllegalArgumentException(
					"Invalid event subscription name '" + name + "': use 3 to 64 letters, digits and hyphens");
		}
		Settings settings = new Settings();
		settings.name = name;
		settings.endpointType = type;
		settings.endpoint = endpoint;
		return new EventSubscription(settings);
	}

	/**
	 * Set the schema events are delivered in. By default it is the Event Grid schema,
	 * except for CloudEvents topics, which deliver CloudEvents.
	 * {@link InputSchema#CUSTOM} delivers the published object verbatim
	 * ({@code CustomInputSchema}).
	 * @param schema the delivery schema
	 * @return a new definition
	 */
	public EventSubscription deliverySchema(InputSchema schema) {
		Objects.requireNonNull(schema, "'schema' must not be null");
		return with((settings) -> settings.deliverySchema = schema);
	}

	/**
	 * Deliver only events of the given types, compared without regard to case.
	 * @param eventTypes the event types; none means all types
	 * @return a new definition
	 */
	public EventSubscription includedEventTypes(String... eventTypes) {
		return includedEventTypes(Arrays.asList(eventTypes));
	}

	/**
	 * Deliver only events of the given types, compared without regard to case.
	 * @param eventTypes the event types; empty means all types
	 * @return a new definition
	 */
	public EventSubscription includedEventTypes(Collection<String> eventTypes) {
		List<String> types = List.copyOf(eventTypes);
		return with((settings) -> settings.includedEventTypes = types);
	}

	/**
	 * Deliver only events whose subject begins with a prefix.
	 * @param prefix the prefix, such as {@code /blobServices/default/containers/orders/}
	 * @return a new definition
	 */
	public EventSubscription subjectBeginsWith(String prefix) {
		Objects.requireNonNull(prefix, "'prefix' must not be null");
		return with((settings) -> settings.subjectBeginsWith = prefix);
	}

	/**
	 * Deliver only events whose subject ends with a suffix.
	 * @param suffix the suffix, such as {@code .jpg}
	 * @return a new definition
	 */
	public EventSubscription subjectEndsWith(String suffix) {
		Objects.requireNonNull(suffix, "'suffix' must not be null");
		return with((settings) -> settings.subjectEndsWith = suffix);
	}

	/**
	 * Set whether the subject filters compare case; like the service's
	 * {@code isSubjectCaseSensitive}, they ignore case by default.
	 * @param caseSensitive {@code true} to compare case
	 * @return a new definition
	 */
	public EventSubscription subjectCaseSensitive(boolean caseSensitive) {
		return with((settings) -> settings.subjectCaseSensitive = caseSensitive);
	}

	/**
	 * Set how many times an event is attempted before it is dead-lettered.
	 * @param attempts from 1 to {@value #DEFAULT_MAX_DELIVERY_ATTEMPTS}, the default
	 * @return a new definition
	 */
	public EventSubscription maxDeliveryAttempts(int attempts) {
		if (attempts < 1 || attempts > DEFAULT_MAX_DELIVERY_ATTEMPTS) {
			throw new IllegalArgumentException(
					"maxDeliveryAttempts must be between 1 and " + DEFAULT_MAX_DELIVERY_ATTEMPTS + ", not " + attempts);
		}
		return with((settings) -> settings.maxDeliveryAttempts = attempts);
	}

	/**
	 * Set how long after publishing an event is retried before it is dead-lettered; the
	 * emulator's time scale compresses it like every other delivery delay.
	 * @param timeToLive from 1 to 1440 minutes, the default
	 * @return a new definition
	 */
	public EventSubscription eventTimeToLive(Duration timeToLive) {
		if (timeToLive.compareTo(Duration.ofMinutes(1)) < 0 || timeToLive.compareTo(DEFAULT_EVENT_TIME_TO_LIVE) > 0) {
			throw new IllegalArgumentException(
					"eventTimeToLive must be between 1 and 1440 minutes, not " + timeToLive.toMinutes() + " minutes");
		}
		return with((settings) -> settings.eventTimeToLive = timeToLive);
	}

	/**
	 * Set whether Storage Queue messages are Base64-encoded, as Event Grid writes them
	 * today, or plain text, as it wrote them before; only for {@link #queue(String)}.
	 * @param base64 {@code true}, the default, for Base64
	 * @return a new definition
	 */
	public EventSubscription base64Encoded(boolean base64) {
		if (this.settings.endpointType != EndpointType.STORAGE_QUEUE) {
			throw new IllegalStateException("Only Storage Queue subscriptions have a message encoding");
		}
		return with((settings) -> settings.base64Encoded = base64);
	}

	private EventSubscription with(Consumer<Settings> change) {
		Settings copy = this.settings.copy();
		change.accept(copy);
		return new EventSubscription(copy);
	}

	/**
	 * Return the subscription name.
	 * @return the name
	 */
	public String name() {
		return this.settings.name;
	}

	/**
	 * Return where events are delivered.
	 * @return the endpoint type
	 */
	public EndpointType endpointType() {
		return this.settings.endpointType;
	}

	/**
	 * Return the webhook URL.
	 * @return the URL, or {@code null} for a queue
	 */
	public @Nullable URI endpoint() {
		return this.settings.endpoint;
	}

	/**
	 * Return the real storage queue events are written to.
	 * @return the queue, or {@code null} for a webhook or an in-memory queue
	 */
	public @Nullable StorageQueueTarget storageQueue() {
		return this.settings.storageQueue;
	}

	/**
	 * Return the delivery schema that was set.
	 * @return the schema, or {@code null} for the topic's default
	 */
	public @Nullable InputSchema deliverySchema() {
		return this.settings.deliverySchema;
	}

	/**
	 * Return the event types delivered.
	 * @return the event types; empty for all
	 */
	public List<String> includedEventTypes() {
		return this.settings.includedEventTypes;
	}

	/**
	 * Return the subject prefix filter.
	 * @return the prefix, or {@code null} for none
	 */
	public @Nullable String subjectBeginsWith() {
		return this.settings.subjectBeginsWith;
	}

	/**
	 * Return the subject suffix filter.
	 * @return the suffix, or {@code null} for none
	 */
	public @Nullable String subjectEndsWith() {
		return this.settings.subjectEndsWith;
	}

	/**
	 * Return whether the subject filters compare case.
	 * @return {@code true} if they do
	 */
	public boolean isSubjectCaseSensitive() {
		return this.settings.subjectCaseSensitive;
	}

	/**
	 * Return how many times an event is attempted.
	 * @return the maximum number of attempts
	 */
	public int maxDeliveryAttempts() {
		return this.settings.maxDeliveryAttempts;
	}

	/**
	 * Return how long an event is retried, before time scaling.
	 * @return the time-to-live
	 */
	public Duration eventTimeToLive() {
		return this.settings.eventTimeToLive;
	}

	/**
	 * Return whether Storage Queue messages are Base64-encoded.
	 * @return {@code true} for Base64
	 */
	public boolean isBase64Encoded() {
		return this.settings.base64Encoded;
	}

	@Override
	public String toString() {
		URI endpoint = this.settings.endpoint;
		StorageQueueTarget storageQueue = this.settings.storageQueue;
		return "EventSubscription[" + this.settings.name + ", " + this.settings.endpointType.serviceName()
				+ ((endpoint != null) ? " " + redact(endpoint) : "")
				+ ((storageQueue != null) ? " " + storageQueue.description() : "") + "]";
	}

	private static String redact(URI endpoint) {
		String text = endpoint.toString();
		int query = text.indexOf('?');
		return (query >= 0) ? text.substring(0, query) + "?[redacted]" : text;
	}

	private static final class Settings {

		private String name = "";

		private EndpointType endpointType = EndpointType.WEBHOOK;

		private @Nullable URI endpoint;

		private @Nullable StorageQueueTarget storageQueue;

		private @Nullable InputSchema deliverySchema;

		private List<String> includedEventTypes = List.of();

		private @Nullable String subjectBeginsWith;

		private @Nullable String subjectEndsWith;

		private boolean subjectCaseSensitive;

		private int maxDeliveryAttempts = DEFAULT_MAX_DELIVERY_ATTEMPTS;

		private Duration eventTimeToLive = DEFAULT_EVENT_TIME_TO_LIVE;

		private boolean base64Encoded = true;

		Settings copy() {
			Settings copy = new Settings();
			copy.name = this.name;
			copy.endpointType = this.endpointType;
			copy.endpoint = this.endpoint;
			copy.storageQueue = this.storageQueue;
			copy.deliverySchema = this.deliverySchema;
			copy.includedEventTypes = this.includedEventTypes;
			copy.subjectBeginsWith = this.subjectBeginsWith;
			copy.subjectEndsWith = this.subjectEndsWith;
			copy.subjectCaseSensitive = this.subjectCaseSensitive;
			copy.maxDeliveryAttempts = this.maxDeliveryAttempts;
			copy.eventTimeToLive = this.eventTimeToLive;
			copy.base64Encoded = this.base64Encoded;
			return copy;
		}

	}

}
