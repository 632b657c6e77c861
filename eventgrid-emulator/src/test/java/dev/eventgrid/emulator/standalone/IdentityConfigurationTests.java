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

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.identity.ClientCertificate;
import dev.eventgrid.emulator.identity.EntraDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for the {@code identity} section of the standalone emulator's YAML file.
 *
 * @author Event Grid for Spring Boot team
 */
class IdentityConfigurationTests {

	@Test
	void registersTheClientsAndManagedIdentitiesAndPrintsTheAuthority(@TempDir Path directory) throws Exception {
		Path pem = ClientCertificate.generate("audit-app").writePem(directory.resolve("audit-app.pem"));
		Path config = directory.resolve("emulator.yaml");
		Files.writeString(config,
				String.join("\n", "https-port: 0", "http-port: 0", "topics:", "  - name: orders", "identity:",
						"  tenant-id: contoso", "  token-lifetime: 90s", "  identity-header: fixed-header",
						"  clients:", "    - client-id: orders-app", "      client-secret: orders-secret",
						"    - client-id: audit-app", "      certificate-file: " + pem,
						"  managed-identities: [user-identity]", ""));
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		try (EventGridEmulator emulator = EventGridEmulatorApplication.start(new String[] { config.toString() },
				new PrintStream(output, true, StandardCharsets.UTF_8))) {
			EntraDirectory identities = emulator.authority().directory();
			assertThat(identities.tenantId()).isEqualTo("contoso");
			assertThat(identities.tokenLifetime()).isEqualTo(Duration.ofSeconds(90));
			assertThat(identities.clientIds()).containsExactly("orders-app", "audit-app");
			assertThat(identities.managedIdentities()).containsExactly("user-identity");
			assertThat(output.toString(StandardCharsets.UTF_8))
				.contains(emulator.authority().authorityHost(), emulator.authority().tokenEndpoint(),
						emulator.authority().identityEndpoint(), "fixed-header", "[orders-app, audit-app]")
				.doesNotContain("orders-secret");
		}
	}

	@Test
	void refusesAClientWithoutSecretOrCertificate() {
		IdentityConfiguration configuration = new IdentityConfiguration(null, null, null,
				java.util.List.of(new IdentityConfiguration.Client("orders-app", null, null)), null);
		assertThatIllegalArgumentException().isThrownBy(configuration::toDirectory)
			.withMessage("Client 'orders-app' needs a client-secret or a certificate-file");
	}

	@Test
	void exampleFileOfTheModuleStarts() {
		EmulatorConfiguration configuration = EmulatorConfiguration.load(Path.of("emulator.yaml"));
		assertThat(configuration.identity()).isNotNull();
		assertThat(configuration.identity().toDirectory().clientIds()).containsExactly("orders-app");
	}

}
