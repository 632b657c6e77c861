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
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.eventgrid.emulator.EmulatedTopic;
import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.EventGridEmulatorBuilder;
import dev.eventgrid.emulator.EventSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The standalone emulator starts from a YAML file or from its default configuration and
 * prints how to reach it.
 *
 * @author Event Grid for Spring Boot team
 */
class EventGridEmulatorApplicationTests {

	private static final String KEY = "b3JkZXJzLXByaW1hcnkta2V5LWZvci10aGUtZW11bGF0b3I=";

	@Test
	void startsFromAYamlFileAndPrintsEndpointsAndKeys(@TempDir Path directory) throws Exception {
		Path certificate = directory.resolve("emulator.pem");
		Path config = directory.resolve("emulator.yaml");
		Files.writeString(config,
				String.join("\n", "https-port: 0", "http-port: 0", "max-event-size: 2048",
						"certificate-file: " + certificate, "topics:", "  - name: orders", "    schema: cloud-event",
						"    keys: [\"" + KEY + "\", \"c2Vjb25kLWtleQ==\"]", "domains:", "  - name: shop", ""));
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		try (EventGridEmulator emulator = EventGridEmulatorApplication.start(new String[] { config.toString() },
				new PrintStream(output, true, StandardCharsets.UTF_8))) {
			String banner = output.toString(StandardCharsets.UTF_8);
			assertThat(banner).contains(emulator.httpsEndpoint("orders"), emulator.httpEndpoint("orders"),
					emulator.httpsEndpoint("shop"), KEY, emulator.key("shop"), emulator.resourceId("orders"),
					"(CloudEventSchemaV1_0)", "(EventGridSchema)", certificate.toString());
			assertThat(emulator.topic("shop").kind()).isEqualTo(EmulatedTopic.Kind.DOMAIN);
			assertThat(Files.readString(certificate)).isEqualTo(emulator.certificatePem());
			HttpRequest request = HttpRequest
				.newBuilder(URI.create(emulator.httpEndpoint("orders") + "?api-version=2018-01-01"))
				.header("Content-Type", "application/cloudevents+json")
				.header("aeg-sas-key", KEY)
				.POST(HttpRequest.BodyPublishers
					.ofString("{\"id\":\"1\",\"source\":\"/s\",\"type\":\"t\",\"specversion\":\"1.0\"}"))
				.build();
			assertThat(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode())
				.isEqualTo(200);
		}
	}

	@Test
	void defaultsToOneTopicPerSchemaAndOneDomain() {
		EmulatorConfiguration configuration = EmulatorConfiguration.loadDefault();
		assertThat(configuration.topics()).extracting(EmulatorConfiguration.Topic::schema)
			.extracting(EventSchema::fromName)
			.containsExactly(EventSchema.EVENT_GRID_EVENT, EventSchema.CLOUD_EVENT_V1_0, EventSchema.CUSTOM);
		assertThat(configuration.domains()).hasSize(1);
		assertThat(configuration.httpsPort()).isEqualTo(7443);
	}

	@Test
	void readsTheSampleConfigurationOfTheModule() {
		EmulatorConfiguration configuration = EmulatorConfiguration.load(Path.of("emulator.yaml"));
		assertThat(configuration.topics()).extracting(EmulatorConfiguration.Topic::name)
			.containsExactly("orders", "audit", "telemetry");
		assertThat(configuration.maxRequestSize()).isEqualTo(EventGridEmulatorBuilder.DEFAULT_MAX_SIZE);
		configuration.applyTo(EventGridEmulator.builder());
	}

	@Test
	void rejectsUnknownKeysAndSchemas(@TempDir Path directory) throws Exception {
		Path typo = directory.resolve("typo.yaml");
		Files.writeString(typo, "htps-port: 8443\n");
		assertThatIllegalArgumentException().isThrownBy(() -> EmulatorConfiguration.load(typo))
			.withMessageContaining("htps-port");
		Path schema = directory.resolve("schema.yaml");
		Files.writeString(schema, "topics:\n  - name: orders\n    schema: avro\n");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> EmulatorConfiguration.load(schema).applyTo(EventGridEmulator.builder()))
			.withMessageContaining("Unknown event schema 'avro'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> EventGridEmulatorApplication.start(new String[] { "a", "b" }, System.out))
			.withMessageStartingWith("Usage:");
	}

}
