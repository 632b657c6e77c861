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

import java.time.Instant;

/**
 * One attempt to deliver one event to one subscription.
 *
 * @param subscription the name of the subscription
 * @param eventId the id of the delivered event, as in the {@code aeg-output-event-id}
 * header
 * @param deliveryCount the number of earlier attempts for this event, as in the
 * {@code aeg-delivery-count} header: {@code 0} on the first attempt
 * @param time when the attempt started
 * @param statusCode the HTTP status the endpoint answered, {@code 201} for a stored queue
 * message, or {@code 0} if there was no answer
 * @param outcome the outcome
 * @author Event Grid for Spring Boot team
 */
public record DeliveryAttempt(String subscription, String eventId, int deliveryCount, Instant time, int statusCode,
		DeliveryOutcome outcome) {

	/**
	 * Return whether the event was delivered by this attempt.
	 * @return {@code true} if the endpoint acknowledged the event
	 */
	public boolean succeeded() {
		return this.outcome == DeliveryOutcome.DELIVERED;
	}

}
