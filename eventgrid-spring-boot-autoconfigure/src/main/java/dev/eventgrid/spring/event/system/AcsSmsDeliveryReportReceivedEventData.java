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

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * Data of a {@code Microsoft.Communication.SMSDeliveryReportReceived} event: the delivery
 * report of an SMS sent by Azure Communication Services.
 *
 * @param messageId the id of the message
 * @param from the sender's phone number
 * @param to the recipient's phone number
 * @param deliveryStatus the delivery status, such as {@code Delivered}
 * @param deliveryStatusDetails details of the delivery status
 * @param deliveryAttempts the delivery attempts made
 * @param receivedTimestamp when the report was received
 * @param tag the tag the sender gave the message
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AcsSmsDeliveryReportReceivedEventData(@Nullable String messageId, @Nullable String from,
		@Nullable String to, @Nullable String deliveryStatus, @Nullable String deliveryStatusDetails,
		@Nullable List<DeliveryAttempt> deliveryAttempts, @Nullable OffsetDateTime receivedTimestamp,
		@Nullable String tag) implements SystemEventData {

	/**
	 * One attempt to deliver an SMS.
	 *
	 * @param timestamp when the attempt was made
	 * @param segmentsSucceeded how many segments were delivered
	 * @param segmentsFailed how many segments failed
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record DeliveryAttempt(@Nullable OffsetDateTime timestamp, @Nullable Integer segmentsSucceeded,
			@Nullable Integer segmentsFailed) {

	}

}
