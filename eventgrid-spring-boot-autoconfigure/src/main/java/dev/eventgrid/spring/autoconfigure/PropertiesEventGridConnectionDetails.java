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

package dev.eventgrid.spring.autoconfigure;

import java.util.LinkedHashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.util.StringUtils;

/**
 * Adapts {@link EventGridProperties} to {@link EventGridConnectionDetails}.
 *
 * @author Event Grid for Spring Boot team
 */
class PropertiesEventGridConnectionDetails implements EventGridConnectionDetails {

	static final String DEFAULT_PUBLISHER = "default";

	private final EventGridProperties properties;

	PropertiesEventGridConnectionDetails(EventGridProperties properties) {
		this.properties = properties;
	}

	@Override
	public Set<String> getPublisherNames() {
		Set<String> names = new LinkedHashSet<>();
		if (this.properties.getEndpoint() != null) {
			names.add(DEFAULT_PUBLISHER);
		}
		names.addAll(this.properties.getPublishers().keySet());
		return names;
	}

	@Override
	public @Nullable EventGridConnection getConnection(String publisher) {
		EventGridPublisherProperties source = DEFAULT_PUBLISHER.equals(publisher) ? this.properties
				: this.properties.getPublishers().get(publisher);
		if (source == null || source.getEndpoint() == null || source.getEndpoint().isBlank()) {
			return null;
		}
		return new EventGridConnection(source.getEndpoint(), textOrNull(source.getKey()),
				textOrNull(source.getSasToken()));
	}

	private static @Nullable String textOrNull(@Nullable String value) {
		return StringUtils.hasText(value) ? value : null;
	}

}
