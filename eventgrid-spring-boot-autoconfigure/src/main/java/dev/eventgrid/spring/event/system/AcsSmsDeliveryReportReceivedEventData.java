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

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Data of the {@code Microsoft.Communication.SMSDeliveryReportReceived} event.
 *
 * @param messageId the message id
 * @param from the from
 * @param to the to
 * @param deliveryStatus the delivery status
 * @param deliveryStatusDetails the delivery status details
 * @param deliveryAttempts the delivery attempts
 * @param receivedTimestamp the received timestamp
 * @param tag the tag
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
public record AcsSmsDeliveryReportReceivedEventData(@Nullable String messageId, @Nullable String from,
		@Nullable String to, @Nullable String deliveryStatus, @Nullable String deliveryStatusDetails,
		@Nullable List<DeliveryAttempt> deliveryAttempts,
		@JsonDeserialize(using = LenientOffsetDateTimeDeserializer.class) @Nullable OffsetDateTime receivedTimestamp,
		@Nullable String tag) implements SystemEventData {

	/**
	 * A delivery attempt in a {@link AcsSmsDeliveryReportReceivedEventData}.
	 *
	 * @param timestamp the timestamp
	 * @param segmentsSucceeded the segments succeeded
	 * @param segmentsFailed the segments failed
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
	public record DeliveryAttempt(
			@JsonDeserialize(using = LenientOffsetDateTimeDeserializer.class) @Nullable OffsetDateTime timestamp,
			@JsonDeserialize(using = LenientLongDeserializer.class) @Nullable Long segmentsSucceeded,
			@JsonDeserialize(using = LenientLongDeserializer.class) @Nullable Long segmentsFailed) {

	}

}
