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
 * Data of the {@code Microsoft.Storage.LifecyclePolicyCompleted} event.
 *
 * @param scheduleTime the schedule time
 * @param policyRunSummary the policy run summary
 * @param deleteSummary the delete summary
 * @param tierToCoolSummary the tier to cool summary
 * @param tierToColdSummary the tier to cold summary
 * @param tierToArchiveSummary the tier to archive summary
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
public record StorageLifecyclePolicyCompletedEventData(@Nullable String scheduleTime,
		@Nullable RunSummary policyRunSummary, @Nullable ActionSummary deleteSummary,
		@Nullable ActionSummary tierToCoolSummary, @Nullable ActionSummary tierToColdSummary,
		@Nullable ActionSummary tierToArchiveSummary) implements SystemEventData {

	/**
	 * A run summary in a {@link StorageLifecyclePolicyCompletedEventData}.
	 *
	 * @param completionStatus the completion status, such as {@code Completed},
	 * {@code CompletedWithError} or {@code Incomplete}
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
	public record RunSummary(@Nullable String completionStatus) {

	}

	/**
	 * An action summary in a {@link StorageLifecyclePolicyCompletedEventData}.
	 *
	 * @param totalObjectsCount the total objects count
	 * @param successCount the success count
	 * @param errorList the error list
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
	public record ActionSummary(
			@JsonDeserialize(using = LenientLongDeserializer.class) @Nullable Long totalObjectsCount,
			@JsonDeserialize(using = LenientLongDeserializer.class) @Nullable Long successCount,
			@Nullable String errorList) {

	}

}
