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
 * Data of the {@code Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser} event.
 *
 * @param recipientCommunicationIdentifier the recipient communication identifier
 * @param transactionId the transaction id
 * @param threadId the thread id
 * @param createTime the create time
 * @param version the version
 * @param editedByCommunicationIdentifier the edited by communication identifier
 * @param editTime the edit time
 * @param metadata the metadata
 * @param properties the properties
 * @param editedBy the edited by
 * @param recipientId the recipient id
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
public record AcsChatThreadPropertiesUpdatedPerUserEventData(
		@Nullable CommunicationIdentifierModel recipientCommunicationIdentifier, @Nullable String transactionId,
		@Nullable String threadId,
		@JsonDeserialize(using = LenientOffsetDateTimeDeserializer.class) @Nullable OffsetDateTime createTime,
		@JsonDeserialize(using = LenientLongDeserializer.class) @Nullable Long version,
		@Nullable CommunicationIdentifierModel editedByCommunicationIdentifier,
		@JsonDeserialize(using = LenientOffsetDateTimeDeserializer.class) @Nullable OffsetDateTime editTime,
		@Nullable Map<String, String> metadata, @Nullable Map<String, Object> properties, @Nullable String editedBy,
		@Nullable String recipientId) implements SystemEventData {

}
