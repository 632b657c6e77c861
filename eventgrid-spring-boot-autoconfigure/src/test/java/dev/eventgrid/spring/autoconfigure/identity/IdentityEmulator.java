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
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.identity.ClientCertificate;
import dev.eventgrid.emulator.identity.EntraDirectory;
import dev.eventgrid.emulator.model.InputSchema;
import dev.eventgrid.emulator.model.ReceivedEvent;
import dev.eventgrid.spring.autoconfigure.EventGridAutoConfiguration;
import dev.eventgrid.spring.event.CloudEvent;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import reactor.netty.http.client.HttpClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * A JUnit extension running, for the tests of a class, an emulator whose Entra ID
 * authority knows an application with a client secret, two with a certificate (given to
 * the client as PEM and as PFX) and a user-assigned managed identity, with the files a
 * client needs: the certificates and the emulator's own certificate, as PEM and as a
 * PKCS#12 trust store. What the emulator recorded is cleared before each test.
 *
 * @author Event Grid for Spring Boot team
 */
final class IdentityEmulator implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

	static final String TOPIC = "orders";

	static final String SECRET_APP = "orders-app";

	static final String SECRET = "emulator-client-secret-7f3a";

	static final String PEM_APP = "audit-app";

	static final String PFX_APP = "billing-app";

	static final String PFX_PASSWORD = "pfx-password-9c1e";

	static final String USER_IDENTITY = "5b1f9c1e-0000-4000-8000-00000000a11d";

	static final String TRUST_STORE_PASSWORD = "changeit";

	private final EntraDirectory base;

	EventGridEmulator emulator;

	Path pemCertificate;

	Path pfxCertificate;

	Path emulatorCertificate;

	Path trustStore;

	private Path directory;

	IdentityEmulator(EntraDirectory base) {
		this.base = base;
	}

	@Override
	public void beforeAll(ExtensionContext context) throws IOException {
		this.directory = Files.createTempDirectory("identity-emulator");
		ClientCertificate pem = ClientCertificate.generate(PEM_APP);
		ClientCertificate pfx = ClientCertificate.generate(PFX_APP);
		this.emulator = EventGridEmulator.builder()
			.topic(TOPIC, InputSchema.CLOUD_EVENT_V1_0)
			.identities(this.base.clientSecret(SECRET_APP, SECRET)
				.clientCertificate(PEM_APP, pem.certificate())
				.clientCertificate(PFX_APP, pfx.certificate())
				.managedIdentity(USER_IDENTITY))
			.start();
		this.pemCertificate = pem.writePem(this.directory.resolve("audit-app.pem"));
		this.pfxCertificate = pfx.writePfx(this.directory.resolve("billing-app.pfx"), PFX_PASSWORD.toCharArray());
		this.emulatorCertificate = Files.writeString(this.directory.resolve("emulator.pem"),
				this.emulator.certificatePem(), StandardCharsets.US_ASCII);
		this.trustStore = this.directory.resolve("emulator-truststore.p12");
		try (OutputStream output = Files.newOutputStream(this.trustStore)) {
			this.emulator.trustStore().store(output, TRUST_STORE_PASSWORD.toCharArray());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		this.emulator.clear();
	}

	@Override
	public void afterAll(ExtensionContext context) throws IOException {
		this.emulator.close();
		FileSystemUtils.deleteRecursively(this.directory);
	}

	/**
	 * An application context runner with Event Grid's and Spring Boot's SSL
	 * auto-configurations, whose publishers trust the emulator.
	 */
	ApplicationContextRunner contextRunner() {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(EventGridAutoConfiguration.class, SslAutoConfiguration.class))
			.withBean(WebClient.Builder.class, this::webClientBuilder);
	}

	String authorityHost() {
		return this.emulator.authority().authorityHost();
	}

	String tenantId() {
		return this.emulator.authority().tenantId();
	}

	String endpoint() {
		return this.emulator.httpsEndpoint(TOPIC);
	}

	/**
	 * The properties that connect the default publisher over HTTPS, with the SSL bundle
	 * {@code eventgrid-emulator} trusting the emulator, followed by others.
	 */
	String[] properties(String... more) {
		List<String> properties = new ArrayList<>(List.of("eventgrid.endpoint=" + endpoint(),
				"eventgrid.credential.authority-host=" + authorityHost(),
				"eventgrid.credential.ssl-bundle=eventgrid-emulator",
				"spring.ssl.bundle.pem.eventgrid-emulator.truststore.certificate=file:" + this.emulatorCertificate));
		properties.addAll(List.of(more));
		return properties.toArray(String[]::new);
	}

	/**
	 * The properties of {@link #properties(String...)} with the client secret credential
	 * of {@link #SECRET_APP}, followed by others.
	 */
	String[] clientSecretProperties(String... more) {
		List<String> properties = new ArrayList<>(List.of("eventgrid.credential.client-id=" + SECRET_APP,
				"eventgrid.credential.client-secret=" + SECRET, "eventgrid.credential.tenant-id=" + tenantId()));
		properties.addAll(List.of(more));
		return properties(properties.toArray(String[]::new));
	}

	/**
	 * A WebClient that trusts the emulator, for the publishers.
	 */
	WebClient.Builder webClientBuilder() {
		try {
			SslContext ssl = SslContextBuilder.forClient().trustManager(this.emulator.trustManagerFactory()).build();
			return WebClient.builder()
				.clientConnector(
						new ReactorClientHttpConnector(HttpClient.create().secure((spec) -> spec.sslContext(ssl))));
		}
		catch (javax.net.ssl.SSLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static CloudEvent event() {
		return CloudEvent.builder().source("/orders").type("Contoso.OrderPlaced").data(42).build();
	}

	/**
	 * The claims of the bearer token a received event came with.
	 */
	static JsonNode tokenClaims(ReceivedEvent event) {
		String authorization = event.headers().first("Authorization");
		if (authorization == null || !authorization.startsWith("Bearer ")) {
			throw new IllegalStateException("The event came without a bearer token");
		}
		String payload = authorization.substring("Bearer ".length()).split("\\.")[1];
		return JsonMapper.builder().build().readTree(Base64.getUrlDecoder().decode(payload));
	}

}
