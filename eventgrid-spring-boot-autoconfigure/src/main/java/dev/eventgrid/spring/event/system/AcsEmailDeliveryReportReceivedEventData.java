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

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * Data of a {@code Microsoft.Communication.EmailDeliveryReportReceived} event: the
 * delivery report of an email sent by Azure Communication Services. The documentation's
 * sample spells {@code deliveryAttemptTimeStamp} with a capital S; both spellings are
 * read.
 *
 * @param sender the sender's address
 * @param recipient the recipient's address
 * @param internetMessageId the Internet message id of the email
 * @param messageId the id of the message
 * @param status the delivery status, such as {@code Delivered} or {@code Bounced}
 * @param deliveryStatusDetails details of the delivery status
 * @param deliveryAttemptTimestamp when the delivery was attempted
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AcsEmailDeliveryReportReceivedEventData(@Nullable String sender, @Nullable String recipient,
		@Nullable String internetMessageId, @Nullable String messageId, @Nullable String status,
		@Nullable StatusDetails deliveryStatusDetails,
		@JsonAlias("deliveryAttemptTimeStamp") @Nullable OffsetDateTime deliveryAttemptTimestamp)
		implements
			SystemEventData {

	/**
	 * Details of an email delivery status.
	 *
	 * @param recipientMailServerHostName the recipient's mail server
	 * @param statusMessage a description of the status
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record StatusDetails(@Nullable String recipientMailServerHostName, @Nullable String statusMessage) {

	}

}
