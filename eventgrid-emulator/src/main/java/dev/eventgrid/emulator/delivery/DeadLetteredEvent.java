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

import org.jspecify.annotations.Nullable;

/**
 * An event a subscription gave up on, as Event Grid would write it to the dead-letter
 * container: the delivered event plus {@code deadLetterReason}, {@code deliveryAttempts},
 * {@code lastDeliveryOutcome}, {@code lastHttpStatusCode}, {@code publishTime} and
 * {@code lastDeliveryAttemptTime} (lower-cased in the CloudEvents schema).
 *
 * @param subscription the name of the subscription
 * @param eventId the id of the event
 * @param json the dead-letter JSON object
 * @param deadLetterReason why the event was dead-lettered, such as
 * {@code MaxDeliveryAttemptsExceeded}
 * @param deliveryAttempts how many attempts were made
 * @param lastDeliveryOutcome the outcome of the last attempt
 * @param lastHttpStatusCode the status of the last answer, or {@code 0} if there was none
 * @param publishTime when the event was published
 * @param lastDeliveryAttemptTime when the last attempt started
 * @author Event Grid for Spring Boot team
 */
public record DeadLetteredEvent(String subscription, String eventId, String json, String deadLetterReason,
		int deliveryAttempts, DeliveryOutcome lastDeliveryOutcome, int lastHttpStatusCode, Instant publishTime,
		@Nullable Instant lastDeliveryAttemptTime) {

}
