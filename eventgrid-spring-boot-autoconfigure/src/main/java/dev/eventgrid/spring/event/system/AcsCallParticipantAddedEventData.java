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

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Data of the {@code Microsoft.Communication.CallParticipantAdded} event.
 *
 * @param startedBy the started by
 * @param serverCallId the server call id
 * @param group the group
 * @param room the room
 * @param isTwoParty the is two party
 * @param correlationId the correlation id
 * @param isRoomsCall the is rooms call
 * @param user the user
 * @param displayName the display name
 * @param participantId the participant id
 * @param userAgent the user agent
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
public record AcsCallParticipantAddedEventData(@Nullable AcsCallParticipantProperties startedBy,
		@Nullable String serverCallId, @Nullable AcsCallGroupProperties group, @Nullable AcsCallRoomProperties room,
		@JsonProperty("isTwoParty") @Nullable Boolean isTwoParty, @Nullable String correlationId,
		@JsonProperty("isRoomsCall") @Nullable Boolean isRoomsCall, @Nullable AcsCallParticipantProperties user,
		@Nullable String displayName, @Nullable String participantId,
		@Nullable String userAgent) implements SystemEventData {

}
