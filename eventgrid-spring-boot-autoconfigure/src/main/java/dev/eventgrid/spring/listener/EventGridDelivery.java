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

package dev.eventgrid.spring.listener;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.eventgrid.spring.EventGridHeaders;
import org.jspecify.annotations.Nullable;

/**
 * What Event Grid says about one delivery in its {@code aeg-*} headers, with every header
 * of the message for custom delivery properties. A listener method receives it by
 * declaring a parameter of this type.
 *
 * @param subscriptionName the event subscription that delivered, as
 * {@code aeg-subscription-name} gives it (Event Grid upper-cases it)
 * @param deliveryCount how many attempts came before this one: {@code 0} on the first
 * ({@code aeg-delivery-count})
 * @param eventType {@code Notification}, {@code SubscriptionValidation} or
 * {@code SubscriptionDeletion} ({@code aeg-event-type})
 * @param metadataVersion {@code aeg-metadata-version}
 * @param dataVersion {@code aeg-data-version}, sent for Event Grid's schema only
 * @param outputEventId {@code aeg-output-event-id}
 * @param headers every header of the message, read-only: the delivery headers, the
 * event's attributes and, for webhooks, the other request headers but credentials
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public record EventGridDelivery(@Nullable String subscriptionName, int deliveryCount, @Nullable String eventType,
		@Nullable String metadataVersion, @Nullable String dataVersion, @Nullable String outputEventId,
		Map<String, Object> headers) {

	/**
	 * {@code aeg-event-type} of a delivery of events.
	 */
	public static final String NOTIFICATION = "Notification";

	/**
	 * {@code aeg-event-type} of the validation handshake of Event Grid's schema.
	 */
	public static final String SUBSCRIPTION_VALIDATION = "SubscriptionValidation";

	/**
	 * {@code aeg-event-type} of the event that tells an event subscription was deleted.
	 */
	public static final String SUBSCRIPTION_DELETION = "SubscriptionDeletion";

	/**
	 * Create a delivery, keeping a read-only copy of the headers.
	 * @param subscriptionName the event subscription that delivered
	 * @param deliveryCount how many attempts came before this one
	 * @param eventType the kind of delivery
	 * @param metadataVersion the metadata version
	 * @param dataVersion the data version
	 * @param outputEventId the id of the delivered event
	 * @param headers the headers of the message
	 */
	public EventGridDelivery {
		headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
	}

	/**
	 * Read the delivery properties of a message's headers, under their
	 * {@link EventGridHeaders} names.
	 * @param headers the headers
	 * @return the delivery; {@code deliveryCount} is {@code 0} when the header is absent
	 * or not a number
	 */
	public static EventGridDelivery of(Map<String, ?> headers) {
		return new EventGridDelivery(text(headers, EventGridHeaders.SUBSCRIPTION_NAME),
				deliveryCount(headers.get(EventGridHeaders.DELIVERY_COUNT)), text(headers, EventGridHeaders.EVENT_TYPE),
				text(headers, EventGridHeaders.METADATA_VERSION), text(headers, EventGridHeaders.AEG_DATA_VERSION),
				text(headers, EventGridHeaders.OUTPUT_EVENT_ID), Collections.unmodifiableMap(headers));
	}

	/**
	 * Return whether this is a retry: an attempt after a first one that failed.
	 * @return whether the delivery count is above zero
	 */
	public boolean isRedelivery() {
		return this.deliveryCount > 0;
	}

	@Override
	public String toString() {
		return "EventGridDelivery[subscriptionName=" + this.subscriptionName + ", deliveryCount=" + this.deliveryCount
				+ ", eventType=" + this.eventType + ", outputEventId=" + this.outputEventId + "]";
	}

	private static @Nullable String text(Map<String, ?> headers, String name) {
		Object value = headers.get(name);
		return (value != null) ? value.toString() : null;
	}

	private static int deliveryCount(@Nullable Object value) {
		if (value instanceof Number number) {
			return Math.max(0, number.intValue());
		}
		if (value == null) {
			return 0;
		}
		try {
			return Math.max(0, Integer.parseInt(value.toString().trim()));
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
