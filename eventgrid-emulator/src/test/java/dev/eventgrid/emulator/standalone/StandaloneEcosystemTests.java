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
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.delivery.EndpointType;
import dev.eventgrid.emulator.model.EmulatedTopic;
import dev.eventgrid.emulator.model.InputSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for the standalone emulator's command line and the YAML keys that serve clients
 * in other languages: logging, the certificate kept across starts, storage-queue
 * subscriptions and both spellings of the schemas.
 *
 * @author Event Grid for Spring Boot team
 */
class StandaloneEcosystemTests {

	@Test
	void keepsItsCertificateNextToTheYamlFileAcrossStarts(@TempDir Path directory) throws Exception {
		Path config = write(directory, "https-port: 0", "http-port: 0", "topics:", "  - name: orders");
		String firstPem;
		ByteArrayOutputStream banner = new ByteArrayOutputStream();
		try (EventGridEmulator emulator = EventGridEmulatorApplication.start(new String[] { config.toString() },
				new PrintStream(banner, true, StandardCharsets.UTF_8))) {
			firstPem = emulator.certificatePem();
		}
		Path store = directory.resolve("eventgrid-emulator-tls.p12");
		Path pem = directory.resolve("eventgrid-emulator.pem");
		assertThat(banner.toString(StandardCharsets.UTF_8)).contains("Certificate (PEM): " + pem)
			.contains("Certificate kept in " + store)
			.contains("Emulator API: http://localhost:");
		assertThat(Files.readString(pem)).isEqualTo(firstPem);
		assertThat(Files.getPosixFilePermissions(store))
			.isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
		try (EventGridEmulator emulator = EventGridEmulatorApplication.start(new String[] { config.toString() },
				new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
			assertThat(emulator.certificatePem()).isEqualTo(firstPem);
		}
	}

	@Test
	void makesANewCertificateAtEveryStartWhenTheStoreIsNone(@TempDir Path directory) throws Exception {
		Path config = write(directory, "https-port: 0", "http-port: 0", "certificate-store: none", "topics:",
				"  - name: orders");
		String first;
		try (EventGridEmulator emulator = start(config)) {
			first = emulator.certificatePem();
		}
		try (EventGridEmulator emulator = start("--certificate-store=none", config.toString())) {
			assertThat(emulator.certificatePem()).isNotEqualTo(first);
		}
		assertThat(directory.resolve("eventgrid-emulator-tls.p12")).doesNotExist();
	}

	@Test
	void takesTheCertificateStoreFromTheCommandLine(@TempDir Path directory) throws Exception {
		Path config = write(directory, "https-port: 0", "http-port: 0", "topics:", "  - name: orders");
		Path store = directory.resolve("elsewhere/emulator.p12");
		try (EventGridEmulator emulator = start("--quiet", "--certificate-store=" + store, config.toString())) {
			assertThat(store).exists();
			assertThat(directory.resolve("elsewhere/eventgrid-emulator.pem")).hasContent(emulator.certificatePem());
		}
	}

	@Test
	void acceptsTheSchemaNamesOfTheEmulatorAndOfTheService(@TempDir Path directory) throws Exception {
		Path config = write(directory, "https-port: 0", "http-port: 0", "certificate-store: none", "topics:",
				"  - { name: a-cloud, schema: cloud-event }", "  - { name: b-cloud, schema: cloud-event-v1-0 }",
				"  - { name: c-cloud, schema: CloudEventSchemaV1_0 }", "  - { name: d-grid, schema: event-grid-event }",
				"  - { name: e-grid, schema: EventGridSchema }", "  - { name: f-custom, schema: custom }",
				"  - { name: g-custom, schema: CustomEventSchema }");
		try (EventGridEmulator emulator = start(config)) {
			assertThat(emulator.topics()).extracting(EmulatedTopic::schema)
				.containsExactly(InputSchema.CLOUD_EVENT_V1_0, InputSchema.CLOUD_EVENT_V1_0,
						InputSchema.CLOUD_EVENT_V1_0, InputSchema.EVENT_GRID_EVENT, InputSchema.EVENT_GRID_EVENT,
						InputSchema.CUSTOM, InputSchema.CUSTOM);
		}
	}

	@Test
	void declaresStorageQueueSubscriptionsOfARealStorageAccount(@TempDir Path directory) throws Exception {
		Path config = write(directory, "https-port: 0", "http-port: 0", "certificate-store: none", "logging: verbose",
				"topics:", "  - name: orders", "    schema: cloud-event-v1-0", "    subscriptions:",
				"      - name: to-storage", "        type: storage-queue",
				"        connection-string: \"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;"
						+ "AccountKey=a2V5;QueueEndpoint=http://127.0.0.1:10001/devstoreaccount1;\"",
				"        queue-name: orders");
		try (EventGridEmulator emulator = start(config)) {
			assertThat(emulator.subscription("to-storage").definition().endpointType())
				.isEqualTo(EndpointType.STORAGE_QUEUE);
			assertThat(emulator.subscription("to-storage").definition().storageQueue())
				.hasToString("StorageQueueTarget[http://127.0.0.1:10001/devstoreaccount1/orders]");
		}
	}

	@Test
	void refusesInvalidLoggingAndStorageQueueSettings(@TempDir Path directory) throws Exception {
		Path logging = write(directory, "logging: chatty", "topics:", "  - name: orders");
		assertThatIllegalArgumentException().isThrownBy(() -> start(logging))
			.withMessage("Unknown logging level 'chatty'; use quiet, normal or verbose");
		Path queueName = write(directory, "certificate-store: none", "topics:", "  - name: orders",
				"    subscriptions:", "      - { name: to-storage, type: storage-queue, queue-name: orders }");
		assertThatIllegalArgumentException().isThrownBy(() -> start(queueName))
			.withMessageContaining("names a queue-name but no connection-string");
		assertThatIllegalArgumentException().isThrownBy(() -> start("--quiet", "--verbose"))
			.withMessageContaining("give at most one of --quiet and --verbose");
		assertThatIllegalArgumentException().isThrownBy(() -> start("--loud"))
			.withMessageStartingWith("Usage:")
			.withMessageEndingWith("unexpected argument '--loud'");
	}

	private static EventGridEmulator start(Path config) {
		return start(config.toString());
	}

	private static EventGridEmulator start(String... args) {
		return EventGridEmulatorApplication.start(args,
				new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
	}

	private static Path write(Path directory, String... lines) throws Exception {
		Path config = Files.createTempFile(directory, "emulator", ".yaml");
		Files.write(config, List.of(lines));
		return config;
	}

}
