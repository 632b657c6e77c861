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

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The key and certificate chain the emulator's HTTPS port serves, and the trust material
 * a client needs to accept them.
 *
 * @author Event Grid for Spring Boot team
 */
public final class TlsMaterial {

	/**
	 * The password of the PKCS12 file in which {@link #stored(Path, String)} keeps the
	 * generated certificate; the file's permissions protect the key, not this password.
	 */
	public static final String STORE_PASSWORD = "eventgrid-emulator";

	private static final int RENEWAL_DAYS = 7;

	private final PrivateKey privateKey;

	private final List<X509Certificate> chain;

	TlsMaterial(PrivateKey privateKey, List<X509Certificate> chain) {
		this.privateKey = privateKey;
		this.chain = List.copyOf(chain);
	}

	/**
	 * Generate a self-signed certificate for {@code localhost}, {@code 127.0.0.1} and
	 * {@code ::1}, plus the bind host when it is neither loopback nor a wildcard.
	 * @param host the host the emulator binds to
	 * @return the generated material
	 */
	public static TlsMaterial selfSigned(String host) {
		Set<String> names = new LinkedHashSet<>(List.of("localhost", "127.0.0.1", "::1"));
		if (!SelfSignedCertificates.isLoopbackOrWildcard(host)) {
			names.add(host);
		}
		return SelfSignedCertificates.generate(new ArrayList<>(names));
	}

	/**
	 * Return the self-signed certificate kept in a PKCS12 file, generating and storing a
	 * new one when the file is missing, unreadable, expires within {@value #RENEWAL_DAYS}
	 * days or does not name the bind host. The file holds the private key, readable by
	 * its owner only, with the password {@value #STORE_PASSWORD}.
	 * @param file the PKCS12 file
	 * @param host the host the emulator binds to
	 * @return the stored or newly generated material
	 * @throws IllegalStateException if a new certificate cannot be written
	 */
	public static TlsMaterial stored(Path file, String host) {
		if (Files.isRegularFile(file)) {
			try {
				TlsMaterial existing = fromPkcs12(file, STORE_PASSWORD.toCharArray());
				if (existing.suits(host)) {
					return existing;
				}
			}
			catch (IllegalArgumentException ex) {
				// why: an unreadable or foreign file is replaced, like an expired
				// certificate
			}
		}
		TlsMaterial generated = selfSigned(host);
		generated.writePkcs12(file);
		return generated;
	}

	private boolean suits(String host) {
		X509Certificate certificate = certificate();
		if (certificate.getNotAfter().toInstant().isBefore(Instant.now().plus(Duration.ofDays(RENEWAL_DAYS)))) {
			return false;
		}
		if (SelfSignedCertificates.isLoopbackOrWildcard(host)) {
			return true;
		}
		try {
			Collection<List<?>> names = certificate.getSubjectAlternativeNames();
			return names != null
					&& names.stream().anyMatch((name) -> host.equalsIgnoreCase(String.valueOf(name.get(1))));
		}
		catch (CertificateParsingException ex) {
			return false;
		}
	}

	private void writePkcs12(Path file) {
		try {
			KeyStore keyStore = KeyStore.getInstance("PKCS12");
			keyStore.load(null, null);
			keyStore.setKeyEntry("eventgrid-emulator", this.privateKey, STORE_PASSWORD.toCharArray(),
					this.chain.toArray(new Certificate[0]));
			Path directory = file.toAbsolutePath().getParent();
			if (directory != null) {
				Files.createDirectories(directory);
			}
			Path temporary = Files.createTempFile((directory != null) ? directory : Path.of("."), ".eventgrid-emulator",
					".p12");
			try (OutputStream output = Files.newOutputStream(temporary)) {
				keyStore.store(output, STORE_PASSWORD.toCharArray());
			}
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalStateException("Unable to store the emulator's certificate in '" + file
					+ "'; set another certificate store or 'none'", ex);
		}
	}

	/**
	 * Load the first key entry of a PKCS12 keystore.
	 * @param path the keystore file
	 * @param password the keystore and key password
	 * @return the loaded material
	 */
	public static TlsMaterial fromPkcs12(Path path, char[] password) {
		try (InputStream input = Files.newInputStream(path)) {
			KeyStore keyStore = KeyStore.getInstance("PKCS12");
			keyStore.load(input, password);
			for (String alias : Collections.list(keyStore.aliases())) {
				Key key = keyStore.isKeyEntry(alias) ? keyStore.getKey(alias, password) : null;
				if (key instanceof PrivateKey privateKey) {
					List<X509Certificate> chain = new ArrayList<>();
					for (Certificate certificate : keyStore.getCertificateChain(alias)) {
						chain.add((X509Certificate) certificate);
					}
					return new TlsMaterial(privateKey, chain);
				}
			}
			throw new IllegalArgumentException("The keystore '" + path + "' holds no private key entry");
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalArgumentException("Unable to read the PKCS12 keystore '" + path + "'", ex);
		}
	}

	/**
	 * Return the server's private key.
	 * @return the private key
	 */
	public PrivateKey privateKey() {
		return this.privateKey;
	}

	/**
	 * Return the certificate chain, the server certificate first.
	 * @return the chain
	 */
	public List<X509Certificate> chain() {
		return this.chain;
	}

	/**
	 * Return the server certificate.
	 * @return the certificate
	 */
	public X509Certificate certificate() {
		return this.chain.get(0);
	}

	/**
	 * Return the server certificate in PEM form.
	 * @return the PEM text
	 */
	public String certificatePem() {
		try {
			Base64.Encoder encoder = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));
			return "-----BEGIN CERTIFICATE-----\n" + encoder.encodeToString(certificate().getEncoded())
					+ "\n-----END CERTIFICATE-----\n";
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Unable to encode the certificate", ex);
		}
	}

	/**
	 * Return an in-memory trust store holding the chain's last certificate (the server
	 * certificate itself when self-signed).
	 * @return the trust store
	 */
	public KeyStore trustStore() {
		try {
			KeyStore trustStore = KeyStore.getInstance("PKCS12");
			trustStore.load(null, null);
			trustStore.setCertificateEntry("eventgrid-emulator", this.chain.get(this.chain.size() - 1));
			return trustStore;
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalStateException("Unable to create the trust store", ex);
		}
	}

	/**
	 * Return a trust manager factory that trusts the emulator's certificate.
	 * @return the trust manager factory
	 */
	public TrustManagerFactory trustManagerFactory() {
		try {
			TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
			factory.init(trustStore());
			return factory;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Unable to create the trust manager factory", ex);
		}
	}

	/**
	 * Return a client {@link SSLContext} that trusts the emulator's certificate.
	 * @return the SSL context
	 */
	public SSLContext clientSslContext() {
		try {
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(null, trustManagerFactory().getTrustManagers(), null);
			return context;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Unable to create the SSL context", ex);
		}
	}

}
