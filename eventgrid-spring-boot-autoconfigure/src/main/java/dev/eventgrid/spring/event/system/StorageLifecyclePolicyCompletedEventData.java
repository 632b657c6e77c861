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
 * Data of a {@code Microsoft.Storage.LifecyclePolicyCompleted} event: the actions of a
 * lifecycle management policy were performed.
 *
 * @param scheduleTime when the policy run was scheduled, as the service writes it (not
 * ISO 8601, such as {@code 2022/05/24 22:57:29.3260160})
 * @param policyRunSummary the outcome of the run
 * @param deleteSummary the outcome of the delete actions
 * @param tierToCoolSummary the outcome of the tier-to-cool actions
 * @param tierToColdSummary the outcome of the tier-to-cold actions
 * @param tierToArchiveSummary the outcome of the tier-to-archive actions
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StorageLifecyclePolicyCompletedEventData(@Nullable String scheduleTime,
		@Nullable RunSummary policyRunSummary, @Nullable ActionSummary deleteSummary,
		@Nullable ActionSummary tierToCoolSummary, @Nullable ActionSummary tierToColdSummary,
		@Nullable ActionSummary tierToArchiveSummary) implements SystemEventData {

	/**
	 * The outcome of one kind of lifecycle action.
	 *
	 * @param totalObjectsCount how many objects the action applied to
	 * @param successCount how many objects the action succeeded on
	 * @param errorList the errors, as the service lists them
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record ActionSummary(@Nullable Long totalObjectsCount, @Nullable Long successCount,
			@Nullable String errorList) {

	}

	/**
	 * The outcome of a lifecycle policy run.
	 *
	 * @param completionStatus {@code Completed}, {@code CompletedWithError} or
	 * {@code Incomplete}
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record RunSummary(@Nullable String completionStatus) {

	}

}
