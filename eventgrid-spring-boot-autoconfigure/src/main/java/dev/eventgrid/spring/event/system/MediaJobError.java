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

import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * A media job error, part of the data of several system events, such as
 * {@link MediaJobCanceledEventData} and {@link MediaJobErroredEventData}.
 *
 * @param code the code, such as {@code ServiceError}, {@code ServiceTransientError},
 * {@code DownloadNotAccessible} or {@code DownloadTransientError}
 * @param message the message
 * @param category the category, such as {@code Service}, {@code Download}, {@code Upload}
 * or {@code Configuration}
 * @param retry the retry, such as {@code DoNotRetry} or {@code MayRetry}
 * @param details the details
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 * @deprecated Azure Media Services was retired on 30 June 2024 and publishes no events
 * any more.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
@Deprecated
public record MediaJobError(@Nullable String code, @Nullable String message, @Nullable String category,
		@Nullable String retry, @Nullable List<MediaJobErrorDetail> details) {

}
