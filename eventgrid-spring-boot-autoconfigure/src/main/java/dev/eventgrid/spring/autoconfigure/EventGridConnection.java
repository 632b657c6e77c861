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

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Where one publisher sends and the secret it sends with, if any; without a key or SAS
 * token the publisher uses a token credential. Its {@link #toString()} never shows the
 * secrets.
 *
 * @param endpoint the topic or domain endpoint
 * @param key the access key, or {@code null}
 * @param sasToken the SAS token, or {@code null}
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public record EventGridConnection(String endpoint, @Nullable String key, @Nullable String sasToken) {

	public EventGridConnection {
		Assert.hasText(endpoint, "'endpoint' must not be empty");
	}

	@Override
	public String toString() {
		return "EventGridConnection[endpoint=" + this.endpoint + ", key=" + ((this.key != null) ? "***" : "none")
				+ ", sasToken=" + ((this.sasToken != null) ? "***" : "none") + "]";
	}

}
