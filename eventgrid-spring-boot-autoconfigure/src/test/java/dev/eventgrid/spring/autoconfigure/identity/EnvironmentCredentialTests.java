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

package dev.eventgrid.spring.autoconfigure.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.eventgrid.emulator.identity.EntraDirectory;
import dev.eventgrid.emulator.identity.TokenRequest;
import dev.eventgrid.emulator.model.ReceivedEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code DefaultAzureCredential} (the fallback of a publisher without credential) and
 * {@code managed-identity-enabled}, each taking its settings from the environment
 * variables azure-identity and MSAL read, in a JVM started with them, and getting its
 * token from the emulator's authority. The JVM trusts the emulator through
 * {@code javax.net.ssl.trustStore}, as azure-core's Netty client honours the JVM's trust
 * store.
 *
 * @author Event Grid for Spring Boot team
 */
class EnvironmentCredentialTests {

	@RegisterExtension
	static final IdentityEmulator identity = new IdentityEmulator(EntraDirectory.create());

	@Test
	void defaultAzureCredentialUsesTheClientSecretOfTheEnvironment() throws Exception {
		String output = runChild(Map.of("AZURE_CLIENT_ID", IdentityEmulator.SECRET_APP, "AZURE_TENANT_ID",
				identity.tenantId(), "AZURE_CLIENT_SECRET", IdentityEmulator.SECRET, "AZURE_AUTHORITY_HOST",
				identity.authorityHost()), "default");

		assertThat(output).contains("default: token credential (DefaultAzureCredential)", "default: sent");
		assertIssuedAndPublished(TokenRequest.Kind.CLIENT_SECRET, IdentityEmulator.SECRET_APP);
	}

	@Test
	void defaultAzureCredentialUsesTheClientCertificateOfTheEnvironment() throws Exception {
		String output = runChild(Map.of("AZURE_CLIENT_ID", IdentityEmulator.PEM_APP, "AZURE_TENANT_ID",
				identity.tenantId(), "AZURE_CLIENT_CERTIFICATE_PATH", identity.pemCertificate.toString(),
				"AZURE_AUTHORITY_HOST", identity.authorityHost()), "default");

		assertThat(output).contains("default: token credential (DefaultAzureCredential)", "default: sent");
		assertIssuedAndPublished(TokenRequest.Kind.CLIENT_CERTIFICATE, IdentityEmulator.PEM_APP);
	}

	@Test
	void managedIdentitiesOfTheAppServiceEnvironmentGetTheirOwnTokens() throws Exception {
		String output = runChild(
				Map.of("IDENTITY_ENDPOINT", identity.emulator.authority().identityEndpoint(), "IDENTITY_HEADER",
						identity.emulator.authority().identityHeader()),
				"default,user", "--eventgrid.publishers.user.endpoint=" + identity.endpoint(),
				"--eventgrid.publishers.user.credential.managed-identity-enabled=true",
				"--eventgrid.publishers.user.credential.client-id=" + IdentityEmulator.USER_IDENTITY);

		assertThat(output).contains("default: token credential (DefaultAzureCredential)", "default: sent",
				"user: token credential (ManagedIdentityCredential)", "user: sent");
		List<TokenRequest> requests = identity.emulator.authority().tokenRequests();
		assertThat(requests).hasSize(2)
			.allSatisfy((request) -> assertThat(request.kind()).isEqualTo(TokenRequest.Kind.MANAGED_IDENTITY))
			.allMatch(TokenRequest::issued);
		String systemAssigned = requests.get(0).clientId();
		assertThat(systemAssigned).isNotEqualTo(IdentityEmulator.USER_IDENTITY);
		assertThat(requests.get(1).clientId()).isEqualTo(IdentityEmulator.USER_IDENTITY);
		assertThat(identity.emulator.receivedEvents(IdentityEmulator.TOPIC))
			.extracting((event) -> IdentityEmulator.tokenClaims(event).path("appid").asString())
			.containsExactly(systemAssigned, IdentityEmulator.USER_IDENTITY);
	}

	private static void assertIssuedAndPublished(TokenRequest.Kind kind, String clientId) {
		assertThat(identity.emulator.authority().tokenRequests()).singleElement().satisfies((request) -> {
			assertThat(request.kind()).isEqualTo(kind);
			assertThat(request.clientId()).isEqualTo(clientId);
			assertThat(request.issued()).isTrue();
		});
		List<ReceivedEvent> received = identity.emulator.receivedEvents(IdentityEmulator.TOPIC);
		assertThat(received).singleElement()
			.satisfies((event) -> assertThat(IdentityEmulator.tokenClaims(event).path("appid").asString())
				.isEqualTo(clientId));
	}

	private static String runChild(Map<String, String> environment, String publishers, String... properties)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
						"-Djavax.net.ssl.trustStore=" + identity.trustStore,
						"-Djavax.net.ssl.trustStorePassword=" + IdentityEmulator.TRUST_STORE_PASSWORD,
						"-Djavax.net.ssl.trustStoreType=PKCS12", "-cp", classPath(),
						CredentialChildApplication.class.getName(), "--eventgrid.endpoint=" + identity.endpoint(),
						"--child.publishers=" + publishers, "--logging.level.root=warn"));
		command.addAll(List.of(properties));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(Files.createTempFile("child", ".log").toFile());
		builder.environment()
			.keySet()
			.removeIf((name) -> name.startsWith("AZURE_") || name.startsWith("IDENTITY_") || name.startsWith("MSI_")
					|| name.startsWith("IMDS_"));
		builder.environment().putAll(environment);
		Process child = builder.start();
		boolean exited = child.waitFor(120, TimeUnit.SECONDS);
		if (!exited) {
			child.destroyForcibly();
		}
		Path log = builder.redirectOutput().file().toPath();
		String output = Files.readString(log, StandardCharsets.UTF_8);
		Files.delete(log);
		assertThat(exited).as("the child JVM exited in time; it printed:%n%s", output).isTrue();
		assertThat(child.exitValue()).as("the child JVM's exit code; it printed:%n%s", output).isZero();
		return output;
	}

	private static String classPath() {
		String surefire = System.getProperty("surefire.test.class.path");
		return (surefire != null && !surefire.isBlank()) ? surefire : System.getProperty("java.class.path");
	}

}
