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

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Generates a self-signed P-256 server certificate with BouncyCastle; the JDK has no
 * public API for it. Only the certificate builder is used: keys and signatures come from
 * the JDK's providers.
 *
 * @author Event Grid for Spring Boot team
 */
final class SelfSignedCertificates {

	private static final Duration VALIDITY = Duration.ofDays(365);

	private SelfSignedCertificates() {
	}

	static TlsMaterial generate(List<String> hostNames) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
			generator.initialize(new ECGenParameterSpec("secp256r1"));
			KeyPair keyPair = generator.generateKeyPair();
			X509Certificate certificate = certificate(keyPair, hostNames);
			return new TlsMaterial(keyPair.getPrivate(), List.of(certificate));
		}
		catch (GeneralSecurityException | OperatorCreationException | CertIOException ex) {
			throw new IllegalStateException("Unable to generate the emulator's certificate", ex);
		}
	}

	private static X509Certificate certificate(KeyPair keyPair, List<String> hostNames)
			throws GeneralSecurityException, OperatorCreationException, CertIOException {
		X500Name subject = new X500Name("CN=localhost, O=Event Grid emulator");
		Instant now = Instant.now();
		BigInteger serial = new BigInteger(64, new SecureRandom());
		X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, serial,
				Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(VALIDITY)), subject,
				keyPair.getPublic());
		builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
		builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
		builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
		builder.addExtension(Extension.subjectAlternativeName, false, subjectAlternativeNames(hostNames));
		JcaContentSignerBuilder signer = new JcaContentSignerBuilder("SHA256withECDSA");
		return new JcaX509CertificateConverter().getCertificate(builder.build(signer.build(keyPair.getPrivate())));
	}

	private static GeneralNames subjectAlternativeNames(List<String> hostNames) {
		List<GeneralName> names = new ArrayList<>();
		for (String hostName : hostNames) {
			names.add(new GeneralName(isIpAddress(hostName) ? GeneralName.iPAddress : GeneralName.dNSName, hostName));
		}
		return new GeneralNames(names.toArray(new GeneralName[0]));
	}

	private static boolean isIpAddress(String hostName) {
		return hostName.contains(":") || hostName.matches("[0-9.]+");
	}

	static boolean isLoopbackOrWildcard(String host) {
		try {
			InetAddress address = InetAddress.getByName(host);
			return address.isLoopbackAddress() || address.isAnyLocalAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

}
