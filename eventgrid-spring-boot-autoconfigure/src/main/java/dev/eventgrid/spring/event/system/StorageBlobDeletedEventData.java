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

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Data of the {@code Microsoft.Storage.BlobDeleted} event.
 *
 * @param api the api
 * @param clientRequestId the client request id
 * @param requestId the request id
 * @param contentType the content type
 * @param blobType the blob type
 * @param url the url
 * @param sequencer the sequencer
 * @param identity the identity
 * @param storageDiagnostics the storage diagnostics
 * @param eTag the e tag
 * @param contentLength the content length
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
public record StorageBlobDeletedEventData(@Nullable String api, @Nullable String clientRequestId,
		@Nullable String requestId, @Nullable String contentType, @Nullable String blobType, @Nullable String url,
		@Nullable String sequencer, @Nullable String identity, @Nullable Map<String, Object> storageDiagnostics,
		@JsonProperty("eTag") @Nullable String eTag,
		@JsonDeserialize(using = LenientLongDeserializer.class) @Nullable Long contentLength)
		implements
			SystemEventData {

}
