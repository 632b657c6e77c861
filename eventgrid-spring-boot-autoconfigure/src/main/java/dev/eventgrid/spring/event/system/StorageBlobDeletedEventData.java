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

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * Data of a {@code Microsoft.Storage.BlobDeleted} event: a blob was deleted.
 *
 * @param api the operation that triggered the event, such as {@code DeleteBlob}
 * @param clientRequestId the request id the client gave, if any
 * @param requestId the request id the storage service generated
 * @param contentType the content type of the blob
 * @param blobType the type of blob, such as {@code BlockBlob}
 * @param url the path to the blob
 * @param sequencer an opaque value ordering the events of one blob name
 * @param identity the identity associated with the event, such as the SFTP local user
 * @param storageDiagnostics diagnostic data the service sometimes adds; to be ignored
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StorageBlobDeletedEventData(@Nullable String api, @Nullable String clientRequestId,
		@Nullable String requestId, @Nullable String contentType, @Nullable String blobType, @Nullable String url,
		@Nullable String sequencer, @Nullable String identity,
		@Nullable Map<String, Object> storageDiagnostics) implements SystemEventData {

}
