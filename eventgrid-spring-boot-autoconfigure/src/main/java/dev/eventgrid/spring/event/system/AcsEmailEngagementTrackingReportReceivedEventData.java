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
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Data of the {@code Microsoft.Communication.EmailEngagementTrackingReportReceived}
 * event.
 *
 * @param sender the sender
 * @param recipient the recipient
 * @param messageId the message id
 * @param userActionTimeStamp the user action time stamp
 * @param engagementContext the engagement context
 * @param userAgent the user agent
 * @param engagement the engagement, such as {@code view} or {@code click}
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
public record AcsEmailEngagementTrackingReportReceivedEventData(@Nullable String sender, @Nullable String recipient,
		@Nullable String messageId,
		@JsonDeserialize(using = LenientOffsetDateTimeDeserializer.class) @Nullable OffsetDateTime userActionTimeStamp,
		@Nullable String engagementContext, @Nullable String userAgent,
		@JsonProperty("engagementType") @JsonAlias("engagement") @Nullable String engagement)
		implements
			SystemEventData {

}
