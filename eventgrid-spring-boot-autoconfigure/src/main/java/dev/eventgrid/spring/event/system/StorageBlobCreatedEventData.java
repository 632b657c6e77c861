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
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Data of a {@code Microsoft.Storage.BlobCreated} event: a blob was created or replaced.
 *
 * @param api the operation that triggered the event, such as {@code PutBlockList}
 * @param clientRequestId the request id the client gave, if any
 * @param requestId the request id the storage service generated
 * @param eTag the blob's entity tag
 * @param contentType the content type of the blob
 * @param contentLength the size of the blob in bytes
 * @param contentOffset the offset in bytes of the write, for accounts with a hierarchical
 * namespace
 * @param blobType the type of blob, such as {@code BlockBlob}
 * @param accessTier the access tier of the blob, such as {@code Hot}
 * @param url the path to the blob
 * @param sequencer an opaque value ordering the events of one blob name
 * @param identity the identity associated with the event, such as the SFTP local user
 * @param storageDiagnostics diagnostic data the service sometimes adds; to be ignored
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StorageBlobCreatedEventData(@Nullable String api, @Nullable String clientRequestId,
		@Nullable String requestId, @JsonProperty("eTag") @Nullable String eTag, @Nullable String contentType,
		@Nullable Long contentLength, @Nullable Long contentOffset, @Nullable String blobType,
		@Nullable String accessTier, @Nullable String url, @Nullable String sequencer, @Nullable String identity,
		@Nullable Map<String, Object> storageDiagnostics) implements SystemEventData {

}
