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

package dev.eventgrid.emulator.tls;

import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.List;

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.model.InputSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The emulator serves a generated certificate for the loopback names, or a supplied
 * PKCS12 keystore, and hands clients the matching trust material.
 *
 * @author Event Grid for Spring Boot team
 */
class TlsMaterialTests {

	@Test
	void generatesACertificateForLocalhostAndTheLoopbackAddresses() throws Exception {
		TlsMaterial material = TlsMaterial.selfSigned("127.0.0.1");
		assertThat(material.certificate().getSubjectAlternativeNames()).contains(List.of(2, "localhost"),
				List.of(7, "127.0.0.1"));
		assertThat(material.certificate().getExtendedKeyUsage()).contains("1.3.6.1.5.5.7.3.1");
		assertThat(material.certificatePem()).startsWith("-----BEGIN CERTIFICATE-----\n")
			.endsWith("-----END CERTIFICATE-----\n");
		assertThat(material.trustStore().getCertificate("eventgrid-emulator")).isEqualTo(material.certificate());
	}

	@Test
	void addsANonLoopbackBindHostToTheCertificate() throws Exception {
		TlsMaterial material = TlsMaterial.selfSigned("eventgrid.test");
		assertThat(material.certificate().getSubjectAlternativeNames()).contains(List.of(2, "eventgrid.test"));
	}

	@Test
	void servesASuppliedPkcs12KeyStore(@TempDir Path directory) throws Exception {
		TlsMaterial supplied = TlsMaterial.selfSigned("localhost");
		Path keyStoreFile = writePkcs12(supplied, directory.resolve("emulator.p12"), "secret".toCharArray());
		try (EventGridEmulator emulator = EventGridEmulator.builder()
			.topic("orders", InputSchema.CUSTOM)
			.keyStore(keyStoreFile, "secret".toCharArray())
			.start()) {
			assertThat(emulator.certificate()).isEqualTo(supplied.certificate());
			HttpClient client = HttpClient.newBuilder().sslContext(supplied.clientSslContext()).build();
			HttpRequest request = HttpRequest
				.newBuilder(URI.create(emulator.httpsEndpoint("orders") + "?api-version=2018-01-01"))
				.header("Content-Type", "application/json")
				.header("aeg-sas-key", emulator.key("orders"))
				.POST(HttpRequest.BodyPublishers.ofString("[{}]"))
				.build();
			assertThat(client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
		}
	}

	@Test
	void reportsAKeyStoreWithoutAPrivateKey(@TempDir Path directory) throws Exception {
		KeyStore keyStore = KeyStore.getInstance("PKCS12");
		keyStore.load(null, null);
		keyStore.setCertificateEntry("only-a-certificate", TlsMaterial.selfSigned("localhost").certificate());
		Path file = directory.resolve("trust.p12");
		try (OutputStream output = Files.newOutputStream(file)) {
			keyStore.store(output, "secret".toCharArray());
		}
		assertThatIllegalArgumentException().isThrownBy(() -> TlsMaterial.fromPkcs12(file, "secret".toCharArray()))
			.withMessageContaining("holds no private key entry");
	}

	private static Path writePkcs12(TlsMaterial material, Path file, char[] password) throws Exception {
		KeyStore keyStore = KeyStore.getInstance("PKCS12");
		keyStore.load(null, null);
		keyStore.setKeyEntry("emulator", material.privateKey(), password, material.chain().toArray(new Certificate[0]));
		try (OutputStream output = Files.newOutputStream(file)) {
			keyStore.store(output, password);
		}
		return file;
	}

}
