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

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Data of the {@code Microsoft.Communication.EmailDeliveryReportReceived} event.
 *
 * @param sender the sender
 * @param recipient the recipient
 * @param internetMessageId the internet message id
 * @param messageId the message id
 * @param status the status, such as {@code Bounced}, {@code Delivered}, {@code Failed} or
 * {@code FilteredSpam}
 * @param deliveryStatusDetails the delivery status details
 * @param deliveryAttemptTimestamp the delivery attempt timestamp
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
public record AcsEmailDeliveryReportReceivedEventData(@Nullable String sender, @Nullable String recipient,
		@Nullable String internetMessageId, @Nullable String messageId, @Nullable String status,
		@Nullable StatusDetails deliveryStatusDetails,
		@JsonDeserialize(
				using = LenientOffsetDateTimeDeserializer.class) @Nullable OffsetDateTime deliveryAttemptTimestamp)
		implements
			SystemEventData {

	/**
	 * A status details in a {@link AcsEmailDeliveryReportReceivedEventData}.
	 *
	 * @param statusMessage the status message
	 * @param recipientMailServerHostName the recipient mail server host name
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
	public record StatusDetails(@Nullable String statusMessage, @Nullable String recipientMailServerHostName) {

	}

}
