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
 * Data of the {@code Microsoft.Communication.ChatThreadParticipantRemoved} event.
 *
 * @param transactionId the transaction id
 * @param threadId the thread id
 * @param time the time
 * @param removedByCommunicationIdentifier the removed by communication identifier
 * @param participantRemoved the participant removed
 * @param version the version
 * @param createTime the create time
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
public record AcsChatParticipantRemovedFromThreadEventData(@Nullable String transactionId, @Nullable String threadId,
		@JsonDeserialize(using = LenientOffsetDateTimeDeserializer.class) @Nullable OffsetDateTime time,
		@Nullable CommunicationIdentifierModel removedByCommunicationIdentifier,
		@Nullable AcsChatThreadParticipantProperties participantRemoved,
		@JsonDeserialize(using = LenientLongDeserializer.class) @Nullable Long version,
		@JsonDeserialize(using = LenientOffsetDateTimeDeserializer.class) @Nullable OffsetDateTime createTime)
		implements
			SystemEventData {

}
