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

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.eventgrid.emulator.identity.EntraDirectory;
import org.jspecify.annotations.Nullable;

/**
 * The {@code identity} section of the YAML configuration: the tenant of the emulator's
 * Microsoft Entra ID authority, its applications and managed identities.
 *
 * @param tenantId the tenant id, {@value EntraDirectory#DEFAULT_TENANT_ID} if absent
 * @param tokenLifetime how long tokens last, such as {@code 1h} or {@code 90s}; one hour
 * if absent
 * @param identityHeader the secret of the managed identity endpoint
 * ({@code IDENTITY_HEADER}), generated if absent
 * @param clients the applications, each with a client secret or a certificate file
 * @param managedIdentities the client ids of user-assigned managed identities
 * @author Event Grid for Spring Boot team
 */
public record IdentityConfiguration(@Nullable String tenantId, @Nullable String tokenLifetime,
		@Nullable String identityHeader, @Nullable List<Client> clients, @Nullable List<String> managedIdentities) {

	private static final Pattern PEM_CERTIFICATE = Pattern
		.compile("-----BEGIN CERTIFICATE-----[A-Za-z0-9+/=\\s]+-----END CERTIFICATE-----");

	EntraDirectory toDirectory() {
		EntraDirectory directory = EntraDirectory.create();
		if (this.tenantId != null) {
			directory = directory.tenantId(this.tenantId);
		}
		if (this.tokenLifetime != null) {
			directory = directory.tokenLifetime(NamespaceConfiguration.duration("token-lifetime", this.tokenLifetime));
		}
		if (this.identityHeader != null) {
			directory = directory.identityHeader(this.identityHeader);
		}
		for (Client client : (this.clients != null) ? this.clients : List.<Client>of()) {
			directory = client.addTo(directory);
		}
		for (String managedIdentity : (this.managedIdentities != null) ? this.managedIdentities : List.<String>of()) {
			directory = directory.managedIdentity(managedIdentity);
		}
		return directory;
	}

	/**
	 * An application registration.
	 *
	 * @param clientId the application (client) id
	 * @param clientSecret its client secret
	 * @param certificateFile a PEM file holding its certificate (a private key beside it
	 * is ignored)
	 */
	public record Client(@Nullable String clientId, @Nullable String clientSecret, @Nullable String certificateFile) {

		EntraDirectory addTo(EntraDirectory directory) {
			if (this.clientId == null) {
				throw new IllegalArgumentException("Every client of the identity section needs a client-id");
			}
			if (this.clientSecret == null && this.certificateFile == null) {
				throw new IllegalArgumentException(
						"Client '" + this.clientId + "' needs a client-secret or a certificate-file");
			}
			EntraDirectory registered = (this.clientSecret != null)
					? directory.clientSecret(this.clientId, this.clientSecret) : directory;
			return (this.certificateFile != null)
					? registered.clientCertificate(this.clientId, certificate(this.certificateFile)) : registered;
		}

		private X509Certificate certificate(String file) {
			try {
				Matcher matcher = PEM_CERTIFICATE.matcher(Files.readString(Path.of(file), StandardCharsets.US_ASCII));
				if (!matcher.find()) {
					throw new IllegalArgumentException("The certificate-file '" + file + "' of client '" + this.clientId
							+ "' holds no certificate");
				}
				return (X509Certificate) CertificateFactory.getInstance("X.509")
					.generateCertificate(new ByteArrayInputStream(matcher.group().getBytes(StandardCharsets.US_ASCII)));
			}
			catch (IOException | CertificateException ex) {
				throw new IllegalArgumentException(
						"Unable to read the certificate-file '" + file + "' of client '" + this.clientId + "'", ex);
			}
		}

		@Override
		public String toString() {
			return "Client[clientId=" + this.clientId + ", certificateFile=" + this.certificateFile + "]";
		}

	}

}
