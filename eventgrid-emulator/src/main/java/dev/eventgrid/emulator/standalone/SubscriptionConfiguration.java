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
import java.util.List;
import java.util.Locale;

import dev.eventgrid.emulator.EventGridEmulatorBuilder;
import dev.eventgrid.emulator.delivery.EventSubscription;
import dev.eventgrid.emulator.model.InputSchema;
import org.jspecify.annotations.Nullable;

/**
 * An event subscription of a topic or domain in the YAML configuration.
 *
 * @param name the subscription name
 * @param type {@code webhook}, {@code storage-queue} or {@code service-bus-queue};
 * {@code webhook} if absent and an endpoint is set
 * @param endpoint the webhook URL
 * @param domainTopic the domain topic to scope a domain subscription to
 * @param deliverySchema the delivery schema, such as {@code cloud-event}; the topic's
 * default if absent
 * @param includedEventTypes the event types to deliver, all if absent
 * @param subjectBeginsWith the subject prefix filter
 * @param subjectEndsWith the subject suffix filter
 * @param subjectCaseSensitive whether the subject filters compare case
 * @param maxDeliveryAttempts the attempts per event, 1 to 30
 * @param eventTimeToLiveInMinutes how long an event is retried, 1 to 1440 minutes
 * @param encoding {@code base64} (the default) or {@code text}, for a Storage Queue
 * @param connectionString the connection string of a real storage account (Azurite or
 * Azure) whose queue a {@code storage-queue} subscription writes to, instead of an
 * in-memory queue
 * @param queueName the queue of that storage account, created when missing
 * @author Event Grid for Spring Boot team
 */
public record SubscriptionConfiguration(@Nullable String name, @Nullable String type, @Nullable String endpoint,
		@Nullable String domainTopic, @Nullable String deliverySchema, @Nullable List<String> includedEventTypes,
		@Nullable String subjectBeginsWith, @Nullable String subjectEndsWith, @Nullable Boolean subjectCaseSensitive,
		@Nullable Integer maxDeliveryAttempts, @Nullable Integer eventTimeToLiveInMinutes, @Nullable String encoding,
		@Nullable String connectionString, @Nullable String queueName) {

	void applyTo(EventGridEmulatorBuilder builder, String topic) {
		EventSubscription subscription = toEventSubscription(topic);
		if (this.domainTopic != null) {
			builder.subscription(topic, this.domainTopic, subscription);
		}
		else {
			builder.subscription(topic, subscription);
		}
	}

	private EventSubscription toEventSubscription(String topic) {
		String name = this.name;
		if (name == null) {
			throw new IllegalArgumentException("Every subscription of '" + topic + "' needs a name");
		}
		EventSubscription subscription = endpoint(name);
		if (this.deliverySchema != null) {
			subscription = subscription.deliverySchema(InputSchema.fromName(this.deliverySchema));
		}
		if (this.includedEventTypes != null) {
			subscription = subscription.includedEventTypes(this.includedEventTypes);
		}
		if (this.subjectBeginsWith != null) {
			subscription = subscription.subjectBeginsWith(this.subjectBeginsWith);
		}
		if (this.subjectEndsWith != null) {
			subscription = subscription.subjectEndsWith(this.subjectEndsWith);
		}
		if (this.subjectCaseSensitive != null) {
			subscription = subscription.subjectCaseSensitive(this.subjectCaseSensitive);
		}
		if (this.maxDeliveryAttempts != null) {
			subscription = subscription.maxDeliveryAttempts(this.maxDeliveryAttempts);
		}
		if (this.eventTimeToLiveInMinutes != null) {
			subscription = subscription.eventTimeToLive(Duration.ofMinutes(this.eventTimeToLiveInMinutes));
		}
		if (this.encoding != null) {
			subscription = subscription.base64Encoded(base64(name, this.encoding));
		}
		return subscription;
	}

	private EventSubscription endpoint(String name) {
		String type = (this.type != null) ? normalize(this.type) : (this.endpoint != null) ? "WEBHOOK" : "";
		switch (type) {
			case "WEBHOOK":
				if (this.endpoint == null) {
					throw new IllegalArgumentException("The webhook subscription '" + name + "' needs an endpoint");
				}
				return EventSubscription.webhook(name, this.endpoint);
			case "STORAGEQUEUE":
			case "QUEUE":
				return storageQueue(name);
			case "SERVICEBUSQUEUE":
			case "SERVICEBUS":
				return EventSubscription.serviceBusQueue(name);
			default:
				throw new IllegalArgumentException("Subscription '" + name + "' needs an endpoint or a type of "
						+ "webhook, storage-queue or service-bus-queue"
						+ ((this.type != null) ? ", not '" + this.type + "'" : ""));
		}
	}

	private EventSubscription storageQueue(String name) {
		if (this.connectionString == null) {
			if (this.queueName != null) {
				throw new IllegalArgumentException("The storage-queue subscription '" + name
						+ "' names a queue-name but no connection-string of the storage account that holds it");
			}
			return EventSubscription.queue(name);
		}
		if (this.queueName == null) {
			throw new IllegalArgumentException(
					"The storage-queue subscription '" + name + "' needs the queue-name of its storage account");
		}
		return EventSubscription.storageQueue(name, this.connectionString, this.queueName);
	}

	private static boolean base64(String name, String encoding) {
		switch (normalize(encoding)) {
			case "BASE64":
				return true;
			case "TEXT":
			case "PLAIN":
				return false;
			default:
				throw new IllegalArgumentException(
						"The encoding of '" + name + "' must be base64 or text, not '" + encoding + "'");
		}
	}

	private static String normalize(String value) {
		return value.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
	}

	@Override
	public String toString() {
		return "SubscriptionConfiguration[name=" + this.name + ", type=" + this.type + "]";
	}

}
