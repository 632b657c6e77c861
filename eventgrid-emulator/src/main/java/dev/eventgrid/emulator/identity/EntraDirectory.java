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

package dev.eventgrid.emulator.identity;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The tenant the emulator's authority serves: its applications, each with client secrets
 * or certificates, its user-assigned managed identities, and how long tokens last.
 * Immutable: each method returns a new directory. <pre class="code">
 * EntraDirectory directory = EntraDirectory.create()
 *     .clientSecret("orders-app", "s3cret")
 *     .clientCertificate("audit-app", certificate.certificate());
 * </pre>
 *
 * @author Event Grid for Spring Boot team
 */
public final class EntraDirectory {

	/**
	 * The tenant id a directory has unless told otherwise.
	 */
	public static final String DEFAULT_TENANT_ID = "emulator-tenant";

	/**
	 * How long issued tokens last unless told otherwise: one hour, as Entra ID's default.
	 */
	public static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofHours(1);

	private final String tenantId;

	private final Map<String, List<String>> secrets;

	private final Map<String, List<X509Certificate>> certificates;

	private final Set<String> managedIdentities;

	private final String identityHeader;

	private final Duration tokenLifetime;

	private EntraDirectory(String tenantId, Map<String, List<String>> secrets,
			Map<String, List<X509Certificate>> certificates, Set<String> managedIdentities, String identityHeader,
			Duration tokenLifetime) {
		this.tenantId = tenantId;
		this.secrets = secrets;
		this.certificates = certificates;
		this.managedIdentities = managedIdentities;
		this.identityHeader = identityHeader;
		this.tokenLifetime = tokenLifetime;
	}

	/**
	 * Create an empty directory: tenant {@value #DEFAULT_TENANT_ID}, no applications, the
	 * host's system-assigned managed identity only, a random identity header and tokens
	 * that last {@link #DEFAULT_TOKEN_LIFETIME one hour}.
	 * @return the directory
	 */
	public static EntraDirectory create() {
		return new EntraDirectory(DEFAULT_TENANT_ID, Map.of(), Map.of(), Set.of(), UUID.randomUUID().toString(),
				DEFAULT_TOKEN_LIFETIME);
	}

	/**
	 * Return a copy with another tenant id.
	 * @param tenantId the tenant id, letters, digits, dots and hyphens
	 * @return the new directory
	 */
	public EntraDirectory tenantId(String tenantId) {
		Objects.requireNonNull(tenantId, "'tenantId' must not be null");
		if (!tenantId.matches("[A-Za-z0-9.-]+")) {
			throw new IllegalArgumentException(
					"A tenant id has letters, digits, dots and hyphens only, not '" + tenantId + "'");
		}
		return new EntraDirectory(tenantId, this.secrets, this.certificates, this.managedIdentities,
				this.identityHeader, this.tokenLifetime);
	}

	/**
	 * Return a copy in which an application has a client secret, registering the
	 * application if needed.
	 * @param clientId the application (client) id
	 * @param secret the client secret
	 * @return the new directory
	 */
	public EntraDirectory clientSecret(String clientId, String secret) {
		requireText(clientId, "clientId");
		requireText(secret, "secret");
		return new EntraDirectory(this.tenantId, add(this.secrets, clientId, secret), this.certificates,
				this.managedIdentities, this.identityHeader, this.tokenLifetime);
	}

	/**
	 * Return a copy in which an application has a certificate whose private key signs its
	 * client assertions, registering the application if needed.
	 * @param clientId the application (client) id
	 * @param certificate the certificate, with an RSA public key
	 * @return the new directory
	 */
	public EntraDirectory clientCertificate(String clientId, X509Certificate certificate) {
		requireText(clientId, "clientId");
		Objects.requireNonNull(certificate, "'certificate' must not be null");
		if (!"RSA".equals(certificate.getPublicKey().getAlgorithm())) {
			throw new IllegalArgumentException("Client assertions are signed with RS256: the certificate of '"
					+ clientId + "' needs an RSA key, not " + certificate.getPublicKey().getAlgorithm());
		}
		return new EntraDirectory(this.tenantId, this.secrets, add(this.certificates, clientId, certificate),
				this.managedIdentities, this.identityHeader, this.tokenLifetime);
	}

	/**
	 * Return a copy with a user-assigned managed identity that the identity endpoint
	 * issues tokens for when asked by its client id.
	 * @param clientId the client id of the managed identity
	 * @return the new directory
	 */
	public EntraDirectory managedIdentity(String clientId) {
		requireText(clientId, "clientId");
		Set<String> identities = new LinkedHashSet<>(this.managedIdentities);
		identities.add(clientId);
		return new EntraDirectory(this.tenantId, this.secrets, this.certificates,
				Collections.unmodifiableSet(identities), this.identityHeader, this.tokenLifetime);
	}

	/**
	 * Return a copy whose identity endpoint expects another {@code X-IDENTITY-HEADER}
	 * value, the secret that App Service puts in {@code IDENTITY_HEADER}.
	 * @param identityHeader the header value
	 * @return the new directory
	 */
	public EntraDirectory identityHeader(String identityHeader) {
		requireText(identityHeader, "identityHeader");
		return new EntraDirectory(this.tenantId, this.secrets, this.certificates, this.managedIdentities,
				identityHeader, this.tokenLifetime);
	}

	/**
	 * Return a copy whose tokens last another time, for example a few seconds to see
	 * clients refresh them.
	 * @param tokenLifetime how long a token is valid after it is issued
	 * @return the new directory
	 */
	public EntraDirectory tokenLifetime(Duration tokenLifetime) {
		if (tokenLifetime.isNegative() || tokenLifetime.isZero()) {
			throw new IllegalArgumentException("The token lifetime must be positive, not " + tokenLifetime);
		}
		return new EntraDirectory(this.tenantId, this.secrets, this.certificates, this.managedIdentities,
				this.identityHeader, tokenLifetime);
	}

	/**
	 * Return the tenant id.
	 * @return the tenant id
	 */
	public String tenantId() {
		return this.tenantId;
	}

	/**
	 * Return the client ids of the registered applications, in registration order.
	 * @return the client ids
	 */
	public Set<String> clientIds() {
		Set<String> ids = new LinkedHashSet<>(this.secrets.keySet());
		ids.addAll(this.certificates.keySet());
		return Collections.unmodifiableSet(ids);
	}

	/**
	 * Return the client ids of the user-assigned managed identities.
	 * @return the client ids
	 */
	public Set<String> managedIdentities() {
		return this.managedIdentities;
	}

	/**
	 * Return the value the identity endpoint expects in {@code X-IDENTITY-HEADER}.
	 * @return the identity header
	 */
	public String identityHeader() {
		return this.identityHeader;
	}

	/**
	 * Return how long issued tokens last.
	 * @return the token lifetime
	 */
	public Duration tokenLifetime() {
		return this.tokenLifetime;
	}

	List<String> secretsOf(String clientId) {
		return this.secrets.getOrDefault(clientId, List.of());
	}

	List<X509Certificate> certificatesOf(String clientId) {
		return this.certificates.getOrDefault(clientId, List.of());
	}

	private static <T> Map<String, List<T>> add(Map<String, List<T>> registrations, String clientId, T value) {
		Map<String, List<T>> copy = new LinkedHashMap<>(registrations);
		List<T> values = new ArrayList<>(copy.getOrDefault(clientId, List.of()));
		values.add(value);
		copy.put(clientId, List.copyOf(values));
		return Collections.unmodifiableMap(copy);
	}

	private static void requireText(String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("'" + name + "' must not be blank");
		}
	}

	@Override
	public String toString() {
		return "EntraDirectory[tenantId=" + this.tenantId + ", clients=" + clientIds() + ", managedIdentities="
				+ this.managedIdentities + ", tokenLifetime=" + this.tokenLifetime + "]";
	}

}
