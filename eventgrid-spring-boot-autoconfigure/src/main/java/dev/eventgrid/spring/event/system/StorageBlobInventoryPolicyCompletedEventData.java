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
 * Data of a {@code Microsoft.Storage.BlobInventoryPolicyCompleted} event: a run of a blob
 * inventory rule completed or failed.
 *
 * @param scheduleDateTime when the inventory run was scheduled
 * @param accountName the storage account name
 * @param ruleName the name of the inventory rule
 * @param policyRunStatus the status of the run, such as {@code Succeeded}
 * @param policyRunStatusMessage a description of the status
 * @param policyRunId the id of the run
 * @param manifestBlobUrl the URL of the run's manifest blob
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StorageBlobInventoryPolicyCompletedEventData(@Nullable OffsetDateTime scheduleDateTime,
		@Nullable String accountName, @Nullable String ruleName, @Nullable String policyRunStatus,
		@Nullable String policyRunStatusMessage, @Nullable String policyRunId,
		@Nullable String manifestBlobUrl) implements SystemEventData {

}
