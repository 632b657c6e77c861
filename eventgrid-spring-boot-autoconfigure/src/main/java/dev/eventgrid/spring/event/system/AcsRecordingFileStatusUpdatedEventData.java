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
 * Data of the {@code Microsoft.Communication.RecordingFileStatusUpdated} event.
 *
 * @param recordingStorageInfo the recording storage info
 * @param recordingStartTime the recording start time
 * @param recordingDurationMs the recording duration ms
 * @param recordingContentType the recording content type, such as {@code AudioVideo} or
 * {@code Audio}
 * @param recordingChannelType the recording channel type, such as {@code Mixed} or
 * {@code Unmixed}
 * @param recordingFormatType the recording format type, such as {@code Wav}, {@code Mp3}
 * or {@code Mp4}
 * @param sessionEndReason the session end reason
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
public record AcsRecordingFileStatusUpdatedEventData(@Nullable StorageInfoProperties recordingStorageInfo,
		@JsonDeserialize(using = LenientOffsetDateTimeDeserializer.class) @Nullable OffsetDateTime recordingStartTime,
		@JsonDeserialize(using = LenientLongDeserializer.class) @Nullable Long recordingDurationMs,
		@Nullable String recordingContentType, @Nullable String recordingChannelType,
		@Nullable String recordingFormatType, @Nullable String sessionEndReason) implements SystemEventData {

	/**
	 * A storage info properties in a {@link AcsRecordingFileStatusUpdatedEventData}.
	 *
	 * @param recordingChunks the recording chunks
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
	public record StorageInfoProperties(@Nullable List<ChunkInfoProperties> recordingChunks) {

	}

	/**
	 * A chunk info properties in a {@link AcsRecordingFileStatusUpdatedEventData}.
	 *
	 * @param documentId the document id
	 * @param index the index
	 * @param endReason the end reason
	 * @param metadataLocation the metadata location
	 * @param contentLocation the content location
	 * @param deleteLocation the delete location
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
	public record ChunkInfoProperties(@Nullable String documentId,
			@JsonDeserialize(using = LenientLongDeserializer.class) @Nullable Long index, @Nullable String endReason,
			@Nullable String metadataLocation, @Nullable String contentLocation, @Nullable String deleteLocation) {

	}

}
