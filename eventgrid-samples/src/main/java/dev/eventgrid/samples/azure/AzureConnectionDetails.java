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

package dev.eventgrid.samples.azure;

import java.net.URI;
import java.util.Collections;
import java.util.Set;

import dev.eventgrid.spring.autoconfigure.EventGridConnection;
import dev.eventgrid.spring.autoconfigure.EventGridConnectionDetails;
import dev.eventgrid.spring.autoconfigure.EventGridProperties;
import dev.eventgrid.spring.autoconfigure.EventGridPublisherProperties;
import org.jspecify.annotations.Nullable;

import org.springframework.util.StringUtils;

/**
 * Connects each publisher to the endpoint configured for it. A named publisher without an
 * endpoint is parked on the default endpoint (its host, for a namespace topic's
 * publisher), without a key or SAS token, so that the application starts; its samples are
 * skipped, so it never sends.
 *
 * @author Event Grid for Spring Boot team
 */
class AzureConnectionDetails implements EventGridConnectionDetails {

	static final String DEFAULT_PUBLISHER = "default";

	private final EventGridProperties properties;

	AzureConnectionDetails(EventGridProperties properties) {
		this.properties = properties;
	}

	@Override
	public Set<String> getPublisherNames() {
		return Collections.emptySet();
	}

	@Override
	public @Nullable EventGridConnection getConnection(String publisher) {
		EventGridPublisherProperties settings = settings(publisher);
		if (settings == null) {
			return null;
		}
		if (StringUtils.hasText(settings.getEndpoint())) {
			// An empty variable, such as EVENTGRID_KEY=, means no key.
			return new EventGridConnection(settings.getEndpoint(), textOrNull(settings.getKey()),
					textOrNull(settings.getSasToken()));
		}
		String defaultEndpoint = this.properties.getEndpoint();
		if (!StringUtils.hasText(defaultEndpoint)) {
			return null;
		}
		// A namespace topic's publisher needs a namespace endpoint: the default one's
		// host.
		String parked = (settings.getNamespaceTopic() != null) ? URI.create(defaultEndpoint).resolve("/").toString()
				: defaultEndpoint;
		return new EventGridConnection(parked, null, null);
	}

	private static @Nullable String textOrNull(@Nullable String value) {
		return StringUtils.hasText(value) ? value : null;
	}

	/**
	 * Return whether a publisher has no endpoint of its own.
	 * @param publisher the publisher name
	 * @return {@code true} if the publisher is parked
	 */
	boolean isParked(String publisher) {
		EventGridPublisherProperties settings = settings(publisher);
		return settings == null || !StringUtils.hasText(settings.getEndpoint());
	}

	/**
	 * Return the settings of a publisher.
	 * @param publisher the publisher name
	 * @return the settings, or {@code null} if no publisher has that name
	 */
	@Nullable EventGridPublisherProperties settings(String publisher) {
		EventGridPublisherProperties named = this.properties.getPublishers().get(publisher);
		if (named == null && DEFAULT_PUBLISHER.equals(publisher)) {
			return this.properties;
		}
		return named;
	}

}
