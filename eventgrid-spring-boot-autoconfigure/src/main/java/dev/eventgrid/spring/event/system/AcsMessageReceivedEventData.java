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
 * Data of the {@code Microsoft.Communication.AdvancedMessageReceived} event.
 *
 * @param from the from
 * @param to the to
 * @param receivedTimeStamp the received time stamp
 * @param error the error
 * @param content the content
 * @param messageId the message id
 * @param channelKind the channel kind, such as {@code whatsapp}
 * @param messageType the message type
 * @param mediaContent the media content
 * @param reaction the reaction
 * @param context the context
 * @param button the button
 * @param interactiveContent the interactive content
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
public record AcsMessageReceivedEventData(@Nullable String from, @Nullable String to,
		@JsonDeserialize(using = LenientOffsetDateTimeDeserializer.class) @Nullable OffsetDateTime receivedTimeStamp,
		@Nullable AcsMessageChannelEventError error, @Nullable String content, @Nullable String messageId,
		@JsonProperty("channelType") @JsonAlias("channelKind") @Nullable String channelKind,
		@Nullable String messageType,
		@JsonProperty("media") @JsonAlias("mediaContent") @Nullable MediaContent mediaContent,
		@Nullable ReactionContent reaction, @Nullable Context context, @Nullable ButtonContent button,
		@JsonProperty("interactive") @JsonAlias("interactiveContent") @Nullable InteractiveContent interactiveContent)
		implements
			SystemEventData {

	/**
	 * A media content in a {@link AcsMessageReceivedEventData}.
	 *
	 * @param mimeType the mime type
	 * @param mediaId the media id
	 * @param fileName the file name
	 * @param caption the caption
	 * @param animated the animated
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
	public record MediaContent(@Nullable String mimeType,
			@JsonProperty("id") @JsonAlias("mediaId") @Nullable String mediaId, @Nullable String fileName,
			@Nullable String caption, @Nullable Boolean animated) {

	}

	/**
	 * A reaction content in a {@link AcsMessageReceivedEventData}.
	 *
	 * @param messageId the message id
	 * @param emoji the emoji
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
	public record ReactionContent(@Nullable String messageId, @Nullable String emoji) {

	}

	/**
	 * A context in a {@link AcsMessageReceivedEventData}.
	 *
	 * @param from the from
	 * @param messageId the message id
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
	public record Context(@Nullable String from,
			@JsonProperty("id") @JsonAlias("messageId") @Nullable String messageId) {

	}

	/**
	 * A button content in a {@link AcsMessageReceivedEventData}.
	 *
	 * @param text the text
	 * @param payload the payload
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
	public record ButtonContent(@Nullable String text, @Nullable String payload) {

	}

	/**
	 * An interactive content in a {@link AcsMessageReceivedEventData}.
	 *
	 * @param replyKind the reply kind, such as {@code buttonReply}, {@code listReply} or
	 * {@code unknown}
	 * @param buttonReply the button reply
	 * @param listReply the list reply
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
	public record InteractiveContent(@JsonProperty("type") @JsonAlias("replyKind") @Nullable String replyKind,
			@Nullable InteractiveButtonReplyContent buttonReply, @Nullable InteractiveListReplyContent listReply) {

	}

	/**
	 * An interactive button reply content in a {@link AcsMessageReceivedEventData}.
	 *
	 * @param buttonId the button id
	 * @param title the title
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
	public record InteractiveButtonReplyContent(@JsonProperty("id") @JsonAlias("buttonId") @Nullable String buttonId,
			@Nullable String title) {

	}

	/**
	 * An interactive list reply content in a {@link AcsMessageReceivedEventData}.
	 *
	 * @param listItemId the list item id
	 * @param title the title
	 * @param description the description
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
	public record InteractiveListReplyContent(@JsonProperty("id") @JsonAlias("listItemId") @Nullable String listItemId,
			@Nullable String title, @Nullable String description) {

	}

}
