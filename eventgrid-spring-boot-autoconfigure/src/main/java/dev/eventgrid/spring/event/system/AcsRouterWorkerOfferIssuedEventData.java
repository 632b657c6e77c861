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
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Data of the {@code Microsoft.Communication.RouterWorkerOfferIssued} event.
 *
 * @param jobId the job id
 * @param channelReference the channel reference
 * @param channelId the channel id
 * @param workerId the worker id
 * @param queueId the queue id
 * @param offerId the offer id
 * @param jobPriority the job priority
 * @param workerLabels the worker labels
 * @param offeredOn the offered on
 * @param expiresOn the expires on
 * @param workerTags the worker tags
 * @param jobLabels the job labels
 * @param jobTags the job tags
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
public record AcsRouterWorkerOfferIssuedEventData(@Nullable String jobId, @Nullable String channelReference,
		@Nullable String channelId, @Nullable String workerId, @Nullable String queueId, @Nullable String offerId,
		@JsonDeserialize(using = LenientLongDeserializer.class) @Nullable Long jobPriority,
		@Nullable Map<String, String> workerLabels,
		@JsonDeserialize(using = LenientOffsetDateTimeDeserializer.class) @Nullable OffsetDateTime offeredOn,
		@JsonDeserialize(using = LenientOffsetDateTimeDeserializer.class) @Nullable OffsetDateTime expiresOn,
		@Nullable Map<String, String> workerTags, @Nullable Map<String, String> jobLabels,
		@Nullable Map<String, String> jobTags) implements SystemEventData {

}
