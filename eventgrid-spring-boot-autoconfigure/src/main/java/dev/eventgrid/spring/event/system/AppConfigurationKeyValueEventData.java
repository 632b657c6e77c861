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

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * Data of a {@code Microsoft.AppConfiguration.KeyValueModified} or
 * {@code KeyValueDeleted} event.
 *
 * @param key the key of the key-value
 * @param label the label of the key-value, if any
 * @param etag the etag of the new key-value, or of the deleted one
 * @param syncToken the sync token for consistent reads after the change
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AppConfigurationKeyValueEventData(@Nullable String key, @Nullable String label, @Nullable String etag,
		@Nullable String syncToken) implements SystemEventData {

}
