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
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Data of the {@code Microsoft.Media.LiveEventIncomingStreamReceived} event.
 *
 * @param ingestUrl the ingest url
 * @param trackType the track type
 * @param trackName the track name
 * @param bitrate the bitrate
 * @param encoderIp the encoder ip
 * @param encoderPort the encoder port
 * @param timestamp the timestamp
 * @param duration the duration
 * @param timescale the timescale
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 * @deprecated Azure Media Services was retired on 30 June 2024 and publishes no events
 * any more.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
@Deprecated
public record MediaLiveEventIncomingStreamReceivedEventData(@Nullable String ingestUrl, @Nullable String trackType,
		@Nullable String trackName, @JsonDeserialize(using = LenientLongDeserializer.class) @Nullable Long bitrate,
		@Nullable String encoderIp, @Nullable String encoderPort, @Nullable String timestamp, @Nullable String duration,
		@Nullable String timescale) implements SystemEventData {

}
