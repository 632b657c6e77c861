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
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Data of the {@code Microsoft.Communication.RouterWorkerRegistered} event.
 *
 * @param workerId the worker id
 * @param queueAssignments the queue assignments
 * @param channelConfigurations the channel configurations
 * @param totalCapacity the total capacity
 * @param labels the labels
 * @param tags the tags
 * @param maxNumberOfJobs the max number of jobs
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
public record AcsRouterWorkerRegisteredEventData(@Nullable String workerId,
		@Nullable List<AcsRouterQueueDetails> queueAssignments,
		@Nullable List<AcsRouterChannelConfiguration> channelConfigurations,
		@JsonDeserialize(using = LenientLongDeserializer.class) @Nullable Long totalCapacity,
		@Nullable Map<String, String> labels, @Nullable Map<String, String> tags,
		@JsonDeserialize(using = LenientLongDeserializer.class) @Nullable Long maxNumberOfJobs)
		implements
			SystemEventData {

}
