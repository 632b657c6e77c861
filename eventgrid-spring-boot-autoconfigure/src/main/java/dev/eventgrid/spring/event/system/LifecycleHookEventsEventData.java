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
 * Data of the {@code Microsoft.Compute.VirtualMachineScaleSets.LifecycleHookEvents}
 * event.
 *
 * @param name the name
 * @param id the id
 * @param properties the properties
 * @param operationalInfo the operational info
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
public record LifecycleHookEventsEventData(@Nullable String name, @Nullable String id,
		@Nullable VmScaleSetLifecycleHookEventProperties properties,
		@Nullable OperationalInfo operationalInfo) implements SystemEventData {

	/**
	 * A vm scale set lifecycle hook event properties in a
	 * {@link LifecycleHookEventsEventData}.
	 *
	 * @param type the type, such as {@code UpgradeAutoOSScheduling} or
	 * {@code UpgradeAutoOSRollingBatchStarting}
	 * @param waitUntil the wait until
	 * @param maxWaitUntil the max wait until
	 * @param timeCreated the time created
	 * @param defaultAction the default action, such as {@code Approve} or {@code Reject}
	 * @param targetResources the target resources
	 * @param additionalContext the additional context
	 * @param state the state, such as {@code Active} or {@code Completed}
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
	public record VmScaleSetLifecycleHookEventProperties(@Nullable String type, @Nullable String waitUntil,
			@Nullable String maxWaitUntil, @Nullable String timeCreated, @Nullable String defaultAction,
			@Nullable List<VmScaleSetLifecycleHookEventTargetResource> targetResources,
			@Nullable VmScaleSetLifecycleHookEventAdditionalContext additionalContext, @Nullable String state) {

	}

	/**
	 * A vm scale set lifecycle hook event target resource in a
	 * {@link LifecycleHookEventsEventData}.
	 *
	 * @param resource the resource
	 * @param actionState the action state, such as {@code Waiting}, {@code Approved} or
	 * {@code Rejected}
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
	public record VmScaleSetLifecycleHookEventTargetResource(@Nullable ApiEntityReference resource,
			@Nullable String actionState) {

	}

	/**
	 * An api entity reference in a {@link LifecycleHookEventsEventData}.
	 *
	 * @param id the id
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
	public record ApiEntityReference(@Nullable String id) {

	}

	/**
	 * A vm scale set lifecycle hook event additional context in a
	 * {@link LifecycleHookEventsEventData}.
	 *
	 * @param priority the priority
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
	public record VmScaleSetLifecycleHookEventAdditionalContext(@Nullable String priority) {

	}

	/**
	 * An operational info in a {@link LifecycleHookEventsEventData}.
	 *
	 * @param activityId the activity id
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
	public record OperationalInfo(@Nullable String activityId) {

	}

}
