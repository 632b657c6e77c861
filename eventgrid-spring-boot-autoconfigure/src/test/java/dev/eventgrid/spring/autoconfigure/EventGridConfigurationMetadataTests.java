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

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of the configuration metadata that the annotation processor generates, which IDEs
 * use to complete {@code eventgrid.*}.
 *
 * @author Event Grid for Spring Boot team
 */
class EventGridConfigurationMetadataTests {

	@Test
	void describesEveryPropertyWithItsDefault() throws IOException {
		Map<String, JsonNode> properties = properties();

		assertThat(properties).containsKeys("eventgrid.endpoint", "eventgrid.schema", "eventgrid.key",
				"eventgrid.sas-token", "eventgrid.domain-topic", "eventgrid.channel-name", "eventgrid.timeout",
				"eventgrid.allow-insecure-endpoint", "eventgrid.default-publisher", "eventgrid.publishers",
				"eventgrid.credential.client-id", "eventgrid.credential.client-secret",
				"eventgrid.credential.tenant-id", "eventgrid.credential.client-certificate-path",
				"eventgrid.credential.client-certificate-password", "eventgrid.credential.managed-identity-enabled",
				"eventgrid.credential.token-credential-bean-name", "eventgrid.cloud-event.source",
				"eventgrid.cloud-event.type-prefix", "eventgrid.batch.max-request-size",
				"eventgrid.batch.max-event-size", "eventgrid.batch.concurrency", "eventgrid.retry.max-attempts",
				"eventgrid.retry.initial-backoff", "eventgrid.retry.max-backoff", "eventgrid.retry.try-timeout",
				"eventgrid.template.observation-enabled", "eventgrid.rate-limit.adaptive",
				"eventgrid.rate-limit.max-events-per-second", "eventgrid.rate-limit.max-bytes-per-second",
				"eventgrid.warm-up.enabled");
		assertThat(properties.values()).allSatisfy((property) -> {
			String description = property.path("description").asString("");
			assertThat(description).as(property.path("name").asString()).isNotBlank().endsWith(".");
			assertThat(description).doesNotStartWith("The ").doesNotStartWith("A ");
		});
		assertThat(defaults(properties)).containsEntry("eventgrid.schema", "cloud-event")
			.containsEntry("eventgrid.timeout", "30s")
			.containsEntry("eventgrid.batch.max-request-size", "1MB")
			.containsEntry("eventgrid.batch.max-event-size", "1MB")
			.containsEntry("eventgrid.batch.concurrency", "1")
			.containsEntry("eventgrid.retry.max-attempts", "4")
			.containsEntry("eventgrid.retry.initial-backoff", "800ms")
			.containsEntry("eventgrid.retry.max-backoff", "8s")
			.containsEntry("eventgrid.retry.try-timeout", "10s")
			.containsEntry("eventgrid.allow-insecure-endpoint", "false")
			.containsEntry("eventgrid.rate-limit.adaptive", "true")
			.containsEntry("eventgrid.warm-up.enabled", "true")
			.containsEntry("eventgrid.template.observation-enabled", "true");
	}

	private static Map<String, String> defaults(Map<String, JsonNode> properties) {
		Map<String, String> defaults = new LinkedHashMap<>();
		properties.forEach((name, property) -> {
			if (property.has("defaultValue")) {
				defaults.put(name, property.get("defaultValue").asString());
			}
		});
		return defaults;
	}

	private static Map<String, JsonNode> properties() throws IOException {
		Map<String, JsonNode> properties = new LinkedHashMap<>();
		for (URL url : Collections.list(EventGridConfigurationMetadataTests.class.getClassLoader()
			.getResources("META-INF/spring-configuration-metadata.json"))) {
			try (InputStream in = url.openStream()) {
				for (JsonNode property : JsonMapper.builder().build().readTree(in).path("properties")) {
					String name = property.path("name").asString();
					if (name.startsWith("eventgrid.")) {
						properties.put(name, property);
					}
				}
			}
		}
		return properties;
	}

}
