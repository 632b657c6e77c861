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

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * Data of a {@code Microsoft.EventHub.CaptureFileCreated} event: Event Hubs Capture wrote
 * a file.
 *
 * @param fileUrl the path to the capture file
 * @param fileType the file type, such as {@code AzureBlockBlob}
 * @param partitionId the partition the events came from
 * @param sizeInBytes the file size
 * @param eventCount how many events the file holds
 * @param firstSequenceNumber the smallest sequence number in the file
 * @param lastSequenceNumber the largest sequence number in the file
 * @param firstEnqueueTime when the first event was enqueued
 * @param lastEnqueueTime when the last event was enqueued
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EventHubCaptureFileCreatedEventData(@Nullable String fileUrl, @Nullable String fileType,
		@Nullable String partitionId, @Nullable Long sizeInBytes, @Nullable Long eventCount,
		@Nullable Long firstSequenceNumber, @Nullable Long lastSequenceNumber,
		@Nullable OffsetDateTime firstEnqueueTime,
		@Nullable OffsetDateTime lastEnqueueTime) implements SystemEventData {

}
