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

package dev.eventgrid.emulator.standalone;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.namespace.EmulatedNamespace;
import dev.eventgrid.emulator.namespace.NamespaceSubscription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The standalone emulator declares namespaces from its YAML file and prints their
 * endpoints and keys.
 *
 * @author Event Grid for Spring Boot team
 */
class NamespaceStandaloneTests {

	private static final String KEY = "bmFtZXNwYWNlLXByaW1hcnkta2V5LWZvci10ZXN0cw==";

	@Test
	void declaresNamespacesFromTheYamlFileAndPrintsTheirEndpointsAndKeys(@TempDir Path directory) throws Exception {
		Path config = directory.resolve("emulator.yaml");
		Files.writeString(config, String.join("\n", "https-port: 0", "http-port: 0", "namespace-time-scale: 10",
				"namespaces:", "  - name: contoso", "    keys: [\"" + KEY + "\", \"c2Vjb25kLWtleQ==\"]", "    topics:",
				"      - name: orders", "        subscriptions:", "          - name: workers",
				"            lock-duration: 120s", "            max-delivery-count: 3",
				"            event-time-to-live: 1d", "            included-event-types: [Order.Created]",
				"            subject-begins-with: /orders/", "            subject-ends-with: /paid",
				"            subject-case-sensitive: true", "          - name: audit", "      - name: billing", ""));
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		try (EventGridEmulator emulator = EventGridEmulatorApplication.start(new String[] { config.toString() },
				new PrintStream(output, true, StandardCharsets.UTF_8))) {
			EmulatedNamespace contoso = emulator.namespace("contoso");
			NamespaceSubscription workers = contoso.subscription("orders", "workers").definition();
			assertThat(workers.lockDuration()).isEqualTo(Duration.ofSeconds(120));
			assertThat(workers.maxDeliveryCount()).isEqualTo(3);
			assertThat(workers.eventTimeToLive()).isEqualTo(Duration.ofDays(1));
			assertThat(workers.includedEventTypes()).containsExactly("Order.Created");
			assertThat(workers.subjectBeginsWith()).isEqualTo("/orders/");
			assertThat(workers.subjectEndsWith()).isEqualTo("/paid");
			assertThat(workers.isSubjectCaseSensitive()).isTrue();
			assertThat(contoso.topic("billing").subscriptions()).isEmpty();
			assertThat(output.toString(StandardCharsets.UTF_8)).contains("namespace contoso",
					"https:       " + contoso.httpsEndpoint(), "http:        " + contoso.httpEndpoint(),
					"keys:        " + KEY + "  c2Vjb25kLWtleQ==", "resource id: " + contoso.resourceId(),
					"topic orders", "subscription workers (queue, lock 120s, max delivery 3, time-to-live PT24H)",
					"subscription audit (queue, lock 60s, max delivery 10, time-to-live PT168H)");
			assertThat(contoso.httpsEndpoint())
				.startsWith("https://localhost:" + emulator.httpsPort() + "/namespaces/");
		}
	}

	@Test
	void readsDurationsWithAUnitOrInIsoForm() {
		assertThat(NamespaceConfiguration.duration("lock-duration", "60s")).isEqualTo(Duration.ofSeconds(60));
		assertThat(NamespaceConfiguration.duration("lock-duration", "90")).isEqualTo(Duration.ofSeconds(90));
		assertThat(NamespaceConfiguration.duration("event-time-to-live", "30m")).isEqualTo(Duration.ofMinutes(30));
		assertThat(NamespaceConfiguration.duration("event-time-to-live", "PT1H")).isEqualTo(Duration.ofHours(1));
		assertThat(NamespaceConfiguration.duration("event-time-to-live", "7d")).isEqualTo(Duration.ofDays(7));
		assertThatIllegalArgumentException().isThrownBy(() -> NamespaceConfiguration.duration("lock-duration", "soon"))
			.withMessageContaining("'lock-duration'");
	}

	@Test
	void refusesSubscriptionSettingsOutsideTheServiceRanges(@TempDir Path directory) throws Exception {
		for (String setting : List.of("lock-duration: 30s", "max-delivery-count: 11", "event-time-to-live: 8d")) {
			Path config = directory.resolve("invalid.yaml");
			Files.writeString(config,
					String.join("\n", "namespaces:", "  - name: contoso", "    topics:", "      - name: orders",
							"        subscriptions:", "          - name: workers", "            " + setting, ""));
			assertThatIllegalArgumentException()
				.isThrownBy(() -> EmulatorConfiguration.load(config).applyTo(EventGridEmulator.builder()))
				.as(setting)
				.withMessageContaining("workers");
		}
	}

	@Test
	void declaresANamespaceInTheDefaultConfigurationAndTheExampleFile() {
		assertThat(EmulatorConfiguration.loadDefault().namespaces()).extracting(NamespaceConfiguration::name)
			.containsExactly("events-namespace");
		assertThat(EmulatorConfiguration.load(Path.of("emulator.yaml")).namespaces())
			.extracting(NamespaceConfiguration::name)
			.containsExactly("contoso");
	}

}
