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

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A self-signed RSA certificate and its private key, as an application registration's
 * certificate credential: register the certificate with
 * {@link EntraDirectory#clientCertificate(String, X509Certificate)} and give the PEM or
 * PFX file to the client, which signs its client assertions with the key.
 *
 * @author Event Grid for Spring Boot team
 */
public final class ClientCertificate {

	private static final Duration VALIDITY = Duration.ofDays(365);

	private final PrivateKey privateKey;

	private final X509Certificate certificate;

	private ClientCertificate(PrivateKey privateKey, X509Certificate certificate) {
		this.privateKey = privateKey;
		this.certificate = certificate;
	}

	/**
	 * Generate a 2048-bit RSA key and a certificate for it, valid for a year.
	 * @param commonName the subject's common name, such as the application's name
	 * @return the certificate and key
	 */
	public static ClientCertificate generate(String commonName) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair keyPair = generator.generateKeyPair();
			X500Name subject = new X500Name("CN=" + commonName.replaceAll("[,=+<>#;\"\\\\]", "_"));
			Instant now = Instant.now();
			X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
					new BigInteger(64, new SecureRandom()), Date.from(now.minus(Duration.ofMinutes(5))),
					Date.from(now.plus(VALIDITY)), subject, keyPair.getPublic());
			JcaContentSignerBuilder signer = new JcaContentSignerBuilder("SHA256withRSA");
			X509Certificate certificate = new JcaX509CertificateConverter()
				.getCertificate(builder.build(signer.build(keyPair.getPrivate())));
			return new ClientCertificate(keyPair.getPrivate(), certificate);
		}
		catch (GeneralSecurityException | OperatorCreationException ex) {
			throw new IllegalStateException("Unable to generate a client certificate", ex);
		}
	}

	/**
	 * Return the certificate, to register with the directory.
	 * @return the certificate
	 */
	public X509Certificate certificate() {
		return this.certificate;
	}

	/**
	 * Return the private key.
	 * @return the private key
	 */
	public PrivateKey privateKey() {
		return this.privateKey;
	}

	/**
	 * Return the PKCS#8 private key followed by the certificate, in PEM form: the file
	 * azure-identity reads from {@code AZURE_CLIENT_CERTIFICATE_PATH}.
	 * @return the PEM text
	 */
	public String pem() {
		try {
			return pem("PRIVATE KEY", this.privateKey.getEncoded()) + pem("CERTIFICATE", this.certificate.getEncoded());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Unable to encode the certificate", ex);
		}
	}

	/**
	 * Write the key and certificate to a PEM file.
	 * @param path the file to write
	 * @return the path
	 * @throws IOException if the file cannot be written
	 */
	public Path writePem(Path path) throws IOException {
		Files.writeString(path, pem(), StandardCharsets.US_ASCII);
		return path;
	}

	/**
	 * Write the key and certificate to a password-protected PKCS#12 (PFX) file.
	 * @param path the file to write
	 * @param password the password of the file and of the key
	 * @return the path
	 * @throws IOException if the file cannot be written
	 */
	public Path writePfx(Path path, char[] password) throws IOException {
		try (OutputStream output = Files.newOutputStream(path)) {
			KeyStore keyStore = KeyStore.getInstance("PKCS12");
			keyStore.load(null, null);
			keyStore.setKeyEntry("client", this.privateKey, password, new Certificate[] { this.certificate });
			keyStore.store(output, password);
			return path;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Unable to write the PKCS#12 file", ex);
		}
	}

	private static String pem(String type, byte[] der) {
		Base64.Encoder encoder = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));
		return "-----BEGIN " + type + "-----\n" + encoder.encodeToString(der) + "\n-----END " + type + "-----\n";
	}

	@Override
	public String toString() {
		return "ClientCertificate[subject=" + this.certificate.getSubjectX500Principal().getName() + "]";
	}

}
