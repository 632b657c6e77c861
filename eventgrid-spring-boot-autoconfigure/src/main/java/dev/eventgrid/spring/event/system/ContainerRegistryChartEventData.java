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
 * Data of a {@code Microsoft.ContainerRegistry.ChartPushed} or {@code ChartDeleted}
 * event.
 *
 * @param id the event id
 * @param timestamp when the event occurred
 * @param action the action, such as {@code chart_push}
 * @param location the location of the event
 * @param target the chart the event is about
 * @param connectedRegistry the connected registry that generated the event, if any
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContainerRegistryChartEventData(@Nullable String id, @Nullable OffsetDateTime timestamp,
		@Nullable String action, @Nullable String location, @Nullable Target target,
		@Nullable ContainerRegistryConnectedRegistry connectedRegistry) implements SystemEventData {

	/**
	 * The chart an event is about.
	 *
	 * @param mediaType the MIME type of the chart
	 * @param size the size of the chart in bytes
	 * @param digest the digest of the chart
	 * @param repository the repository name
	 * @param tag the tag of the chart
	 * @param name the name of the chart
	 * @param version the version of the chart
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Target(@Nullable String mediaType, @Nullable Long size, @Nullable String digest,
			@Nullable String repository, @Nullable String tag, @Nullable String name, @Nullable String version) {

	}

}
