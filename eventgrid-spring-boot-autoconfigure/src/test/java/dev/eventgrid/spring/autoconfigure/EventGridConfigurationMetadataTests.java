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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.eventgrid.spring.event.EventSchema;
import dev.eventgrid.spring.webhook.SubscriptionValidationMode;
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
				"eventgrid.template.observation-enabled", "eventgrid.listener.observation-enabled",
				"eventgrid.webhook.path", "eventgrid.webhook.validation", "eventgrid.webhook.allowed-origins",
				"eventgrid.rate-limit.adaptive", "eventgrid.rate-limit.max-events-per-second",
				"eventgrid.rate-limit.max-bytes-per-second", "eventgrid.warm-up.enabled");
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
			.containsEntry("eventgrid.template.observation-enabled", "true")
			.containsEntry("eventgrid.rate-limit.adaptive", "true")
			.containsEntry("eventgrid.warm-up.enabled", "true")
			.containsEntry("eventgrid.cloud-event.source", "/${spring.application.name}")
			.containsEntry("eventgrid.default-publisher", "default")
			.containsEntry("eventgrid.webhook.allowed-origins", "eventgrid.azure.net")
			.containsEntry("eventgrid.webhook.max-request-size", "1088KB");
	}

	@Test
	void hasEveryPropertyAndDefaultTheReadmeShows() throws IOException {
		Map<String, JsonNode> properties = properties();
		Map<String, String> defaults = defaults(properties);
		Map<String, String> readme = readmeDefaults();

		assertThat(readme).hasSizeGreaterThan(30);
		assertThat(properties).containsKeys(readme.keySet().toArray(String[]::new));
		readme.forEach((name, value) -> {
			if (!value.isEmpty()) {
				assertThat(defaults).as(name).containsEntry(name, value);
			}
		});
	}

	@Test
	void completesTheSchemasWithEveryIdThatBinds() throws IOException {
		List<String> values = values(hints().get("eventgrid.schema"));

		assertThat(values).containsExactlyInAnyOrder(
				Arrays.stream(EventSchema.values()).map(EventSchema::getId).toArray(String[]::new));
		assertThat(values).allSatisfy((value) -> assertThat(EventSchema.fromId(value).getId()).isEqualTo(value));
	}

	@Test
	void completesTheValidationModes() throws IOException {
		assertThat(values(hints().get("eventgrid.webhook.validation")))
			.containsExactlyInAnyOrder(Arrays.stream(SubscriptionValidationMode.values())
				.map((mode) -> mode.name().toLowerCase(Locale.ROOT))
				.toArray(String[]::new));
	}

	@Test
	void completesTheTokenCredentialBeanNameWithBeansOfThatType() throws IOException {
		JsonNode provider = hints().get("eventgrid.credential.token-credential-bean-name").path("providers").get(0);

		assertThat(provider.path("name").asString()).isEqualTo("spring-bean-reference");
		assertThat(provider.path("parameters").path("target").asString())
			.isEqualTo("com.azure.core.credential.TokenCredential");
	}

	@Test
	void describesEveryHintedValue() throws IOException {
		assertThat(hints().values()).flatExtracting((hint) -> hint.path("values").valueStream().toList())
			.isNotEmpty()
			.allSatisfy((value) -> assertThat(value.path("description").asString("")).isNotBlank().endsWith("."));
	}

	private static List<String> values(JsonNode hint) {
		List<String> values = new ArrayList<>();
		hint.path("values").forEach((value) -> values.add(value.path("value").asString()));
		return values;
	}

	/**
	 * Return the {@code eventgrid.*} keys of the README's configuration tables, with the
	 * default each shows as code, or an empty default where it shows none or a
	 * description.
	 * @return the defaults by key
	 */
	private static Map<String, String> readmeDefaults() throws IOException {
		Pattern row = Pattern.compile("^\\| `(eventgrid\\.[a-z.-]+)` \\| ([^|]*)\\|");
		Map<String, String> defaults = new LinkedHashMap<>();
		for (String line : Files.readAllLines(Path.of("..", "README.md"))) {
			Matcher matcher = row.matcher(line);
			if (matcher.find()) {
				String value = matcher.group(2).trim();
				defaults.put(matcher.group(1), value.startsWith("`") ? value.substring(1, value.indexOf('`', 1)) : "");
			}
		}
		return defaults;
	}

	private static Map<String, String> defaults(Map<String, JsonNode> properties) {
		Map<String, String> defaults = new LinkedHashMap<>();
		properties.forEach((name, property) -> {
			JsonNode value = property.get("defaultValue");
			if (value != null) {
				defaults.put(name, value.isArray()
						? String.join(",", value.valueStream().map(JsonNode::asString).toList()) : value.asString());
			}
		});
		return defaults;
	}

	private static Map<String, JsonNode> properties() throws IOException {
		return metadata("properties");
	}

	private static Map<String, JsonNode> hints() throws IOException {
		return metadata("hints");
	}

	private static Map<String, JsonNode> metadata(String section) throws IOException {
		Map<String, JsonNode> entries = new LinkedHashMap<>();
		for (URL url : Collections.list(EventGridConfigurationMetadataTests.class.getClassLoader()
			.getResources("META-INF/spring-configuration-metadata.json"))) {
			try (InputStream in = url.openStream()) {
				for (JsonNode entry : JsonMapper.builder().build().readTree(in).path(section)) {
					String name = entry.path("name").asString();
					if (name.startsWith("eventgrid.")) {
						entries.put(name, entry);
					}
				}
			}
		}
		return entries;
	}

}
