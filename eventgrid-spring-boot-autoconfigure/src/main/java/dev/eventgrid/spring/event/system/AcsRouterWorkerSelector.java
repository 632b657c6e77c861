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
 * An acs router worker selector, part of the data of several system events, such as
 * {@link AcsRouterJobClassifiedEventData} and {@link AcsRouterJobQueuedEventData}.
 *
 * @param key the key
 * @param labelOperator the label operator, such as {@code Equal}, {@code NotEqual},
 * {@code Greater} or {@code Less}
 * @param labelValue the label value
 * @param ttlSeconds the ttl seconds
 * @param state the state, such as {@code active} or {@code expired}
 * @param expirationTime the expiration time
 * @param ttl the ttl
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
public record AcsRouterWorkerSelector(@Nullable String key, @Nullable String labelOperator,
		@JsonProperty("value") @JsonAlias("labelValue") @Nullable Object labelValue, @Nullable Double ttlSeconds,
		@Nullable String state,
		@JsonDeserialize(using = LenientOffsetDateTimeDeserializer.class) @Nullable OffsetDateTime expirationTime,
		@JsonDeserialize(using = LenientLongDeserializer.class) @Nullable Long ttl) {

}
