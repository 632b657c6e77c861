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

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Data of the {@code Microsoft.Communication.IncomingCall} event.
 *
 * @param toCommunicationIdentifier the to communication identifier
 * @param fromCommunicationIdentifier the from communication identifier
 * @param serverCallId the server call id
 * @param callerDisplayName the caller display name
 * @param customContext the custom context
 * @param incomingCallContext the incoming call context
 * @param onBehalfOfCallee the on behalf of callee
 * @param correlationId the correlation id
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
public record AcsIncomingCallEventData(
		@JsonProperty("to") @JsonAlias("toCommunicationIdentifier") @Nullable CommunicationIdentifierModel toCommunicationIdentifier,
		@JsonProperty("from") @JsonAlias("fromCommunicationIdentifier") @Nullable CommunicationIdentifierModel fromCommunicationIdentifier,
		@Nullable String serverCallId, @Nullable String callerDisplayName, @Nullable CustomContext customContext,
		@Nullable String incomingCallContext, @Nullable CommunicationIdentifierModel onBehalfOfCallee,
		@Nullable String correlationId) implements SystemEventData {

	/**
	 * A custom context in a {@link AcsIncomingCallEventData}.
	 *
	 * @param sipHeaders the sip headers
	 * @param voipHeaders the voip headers
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
	public record CustomContext(@Nullable Map<String, String> sipHeaders, @Nullable Map<String, String> voipHeaders) {

	}

}
