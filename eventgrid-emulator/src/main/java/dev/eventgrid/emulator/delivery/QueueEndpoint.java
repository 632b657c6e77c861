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

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

/**
 * Stores one event per message in a subscription's in-memory queue: for a Storage Queue
 * the event object as the message text, Base64-encoded unless the subscription says
 * otherwise, with a random message id; for Service Bus the event object as the body, the
 * {@code aeg-*} values as application properties and a message id derived from the
 * subscription and event, stable across redeliveries.
 *
 * @author Event Grid for Spring Boot team
 */
final class QueueEndpoint {

	private static final int CREATED = 201;

	private QueueEndpoint() {
	}

	static AttemptResult deliver(EmulatedSubscription subscription, EmulatedQueue queue, OutgoingEvent event,
			int deliveryCount, Instant now) {
		EventSubscription definition = subscription.definition();
		QueueMessage message;
		if (definition.endpointType() == EndpointType.SERVICE_BUS_QUEUE) {
			String messageId = UUID
				.nameUUIDFromBytes(
						(subscription.resourceId() + "/" + event.fields().id()).getBytes(StandardCharsets.UTF_8))
				.toString();
			message = new QueueMessage(event.json(), event.headers(subscription.name(), deliveryCount), messageId, now);
		}
		else {
			message = new QueueMessage(messageText(event, definition.isBase64Encoded()), Map.of(),
					UUID.randomUUID().toString(), now);
		}
		return queue.offer(message) ? new AttemptResult(CREATED, DeliveryOutcome.DELIVERED)
				: new AttemptResult(0, DeliveryOutcome.FULL);
	}

	/**
	 * Return the text of the Storage Queue message of an event: Base64 of its JSON, as
	 * Event Grid writes it today, or the JSON itself.
	 * @param event the delivered event
	 * @param base64 whether to encode it
	 * @return the message text
	 */
	static String messageText(OutgoingEvent event, boolean base64) {
		return base64 ? Base64.getEncoder().encodeToString(event.json().getBytes(StandardCharsets.UTF_8))
				: event.json();
	}

}
