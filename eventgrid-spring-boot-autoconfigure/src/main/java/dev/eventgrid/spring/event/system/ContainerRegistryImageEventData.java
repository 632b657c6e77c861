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

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Data of the {@code Microsoft.ContainerRegistry.ImageDeleted} and
 * {@code Microsoft.ContainerRegistry.ImagePushed} events, which all carry these fields.
 *
 * @param id the id
 * @param timestamp the timestamp
 * @param action the action
 * @param location the location
 * @param target the target
 * @param request the request
 * @param actor the actor
 * @param source the source
 * @param connectedRegistry the connected registry
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
public record ContainerRegistryImageEventData(@Nullable String id,
		@JsonDeserialize(using = LenientOffsetDateTimeDeserializer.class) @Nullable OffsetDateTime timestamp,
		@Nullable String action, @Nullable String location, @Nullable Target target, @Nullable Request request,
		@Nullable Actor actor, @Nullable Source source,
		@Nullable ContainerRegistryConnectedRegistry connectedRegistry) implements SystemEventData {

	/**
	 * A target in a {@link ContainerRegistryImageEventData}.
	 *
	 * @param mediaType the media type
	 * @param size the size
	 * @param digest the digest
	 * @param length the length
	 * @param repository the repository
	 * @param url the url
	 * @param tag the tag
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
	public record Target(@Nullable String mediaType,
			@JsonDeserialize(using = LenientLongDeserializer.class) @Nullable Long size, @Nullable String digest,
			@JsonDeserialize(using = LenientLongDeserializer.class) @Nullable Long length, @Nullable String repository,
			@Nullable String url, @Nullable String tag) {

	}

	/**
	 * A request in a {@link ContainerRegistryImageEventData}.
	 *
	 * @param id the id
	 * @param addr the addr
	 * @param host the host
	 * @param method the method
	 * @param useragent the useragent
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
	public record Request(@Nullable String id, @Nullable String addr, @Nullable String host, @Nullable String method,
			@Nullable String useragent) {

	}

	/**
	 * An actor in a {@link ContainerRegistryImageEventData}.
	 *
	 * @param name the name
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
	public record Actor(@Nullable String name) {

	}

	/**
	 * A source in a {@link ContainerRegistryImageEventData}.
	 *
	 * @param addr the addr
	 * @param instanceId the instance id
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
	public record Source(@Nullable String addr, @JsonProperty("instanceID") @Nullable String instanceId) {

	}

}
