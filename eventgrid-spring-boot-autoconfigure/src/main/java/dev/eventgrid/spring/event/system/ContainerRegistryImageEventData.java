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
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Data of a {@code Microsoft.ContainerRegistry.ImagePushed} or {@code ImageDeleted}
 * event.
 *
 * @param id the event id
 * @param timestamp when the event occurred
 * @param action the action, such as {@code push}
 * @param location the location of the event
 * @param target the image the event is about
 * @param request the request that generated the event
 * @param actor who initiated the event
 * @param source the registry node that generated the event
 * @param connectedRegistry the connected registry that generated the event, if any
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContainerRegistryImageEventData(@Nullable String id, @Nullable OffsetDateTime timestamp,
		@Nullable String action, @Nullable String location, @Nullable Target target, @Nullable Request request,
		@Nullable Actor actor, @Nullable Source source,
		@Nullable ContainerRegistryConnectedRegistry connectedRegistry) implements SystemEventData {

	/**
	 * The image an event is about.
	 *
	 * @param mediaType the MIME type of the manifest
	 * @param size the number of bytes of the content
	 * @param digest the digest of the content
	 * @param length the number of bytes of the content, same as {@code size}
	 * @param repository the repository name
	 * @param url the direct URL to the content
	 * @param tag the tag name
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Target(@Nullable String mediaType, @Nullable Long size, @Nullable String digest,
			@Nullable Long length, @Nullable String repository, @Nullable String url, @Nullable String tag) {

	}

	/**
	 * The request that generated an event.
	 *
	 * @param id the request id
	 * @param addr the client address
	 * @param host the registry host name the client used
	 * @param method the HTTP method
	 * @param useragent the user agent of the client
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Request(@Nullable String id, @Nullable String addr, @Nullable String host, @Nullable String method,
			@Nullable String useragent) {

	}

	/**
	 * The agent that initiated an event.
	 *
	 * @param name the user or subject of the request
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Actor(@Nullable String name) {

	}

	/**
	 * The registry node that generated an event.
	 *
	 * @param addr the host name and port of the node
	 * @param instanceId the running instance of the node
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Source(@Nullable String addr, @JsonProperty("instanceID") @Nullable String instanceId) {

	}

}
