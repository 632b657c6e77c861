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

package dev.eventgrid.spring.transport;

import java.net.URI;
import java.net.UnknownHostException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;

import javax.net.ssl.SSLHandshakeException;

import org.jspecify.annotations.Nullable;

/**
 * A failure to reach the endpoint that a retry cannot fix, and what to change about it:
 * an unknown host, a server certificate the client does not trust, or one that does not
 * name the host. A handshake that times out or is cut short is not one of them.
 *
 * @author Event Grid for Spring Boot team
 */
enum EndpointFailure {

	/**
	 * The host name does not resolve.
	 */
	UNKNOWN_HOST {

		@Override
		String problem(URI uri) {
			return "the host " + uri.getHost() + " is unknown";
		}

		@Override
		String action(URI uri, String endpointProperty) {
			return "check the host name in " + endpointProperty;
		}

	},

	/**
	 * The server's certificate chain is not trusted (PKIX), or it has expired.
	 */
	UNTRUSTED_CERTIFICATE {

		@Override
		String problem(URI uri) {
			return "the TLS certificate of " + uri.getHost() + " is not trusted";
		}

		@Override
		String action(URI uri, String endpointProperty) {
			return "make the application trust the server's certificate: for the emulator, put its certificate "
					+ "(eventgrid-emulator.pem) in an SSL bundle, spring.ssl.bundle.pem.<bundle>.truststore.certificate, "
					+ "and give that bundle to Boot's WebClient.Builder with spring.http.clients.ssl.bundle=<bundle> "
					+ "(spring-boot-starter-webclient; see README, 'Trusting its certificate'); otherwise check that "
					+ endpointProperty + " names the right host";
		}

	},

	/**
	 * The server's certificate is refused for another reason, most often because it does
	 * not name the host.
	 */
	CERTIFICATE_REFUSED {

		@Override
		String problem(URI uri) {
			return "the TLS certificate of " + uri.getHost() + " was refused";
		}

		@Override
		String action(URI uri, String endpointProperty) {
			return "check that " + endpointProperty + " uses a host name the server's certificate names "
					+ "(for the emulator: localhost or 127.0.0.1)";
		}

	};

	/**
	 * Return what the connection failed on.
	 * @param uri the endpoint
	 * @return the problem
	 */
	abstract String problem(URI uri);

	/**
	 * Return what to change.
	 * @param uri the endpoint
	 * @param endpointProperty the property that sets the endpoint
	 * @return the action
	 */
	abstract String action(URI uri, String endpointProperty);

	/**
	 * Return the failure that a throwable's cause chain shows, if it is one that a retry
	 * cannot fix.
	 * @param failure the failure of an attempt
	 * @return the endpoint failure, or {@code null} if a retry may succeed
	 */
	static @Nullable EndpointFailure of(Throwable failure) {
		boolean handshake = false;
		boolean unknownHost = false;
		EndpointFailure certificate = null;
		Throwable current = failure;
		while (current != null) {
			if (current instanceof UnknownHostException) {
				unknownHost = !isTemporary(current);
			}
			else if (unknownHost && isTemporary(current)) {
				// Netty's resolver reports a DNS server that did not answer as an
				// unknown host caused by a DnsNameResolverTimeoutException.
				unknownHost = false;
			}
			if (current instanceof SSLHandshakeException) {
				handshake = true;
			}
			else if (current instanceof CertPathBuilderException || current instanceof CertPathValidatorException) {
				certificate = UNTRUSTED_CERTIFICATE;
			}
			else if (current instanceof CertificateException && certificate == null) {
				certificate = CERTIFICATE_REFUSED;
			}
			current = (current.getCause() != current) ? current.getCause() : null;
		}
		if (unknownHost) {
			return UNKNOWN_HOST;
		}
		// Why a certificate in the chain too: a handshake that times out or that the
		// server cuts short is an SSLHandshakeException as well, and may succeed later.
		return handshake ? certificate : null;
	}

	// A name server that did not answer in time (Netty's resolver) or answered that it
	// could not now (EAI_AGAIN, from the JDK's), rather than a name that does not exist.
	private static boolean isTemporary(Throwable failure) {
		String message = failure.getMessage();
		return failure.getClass().getSimpleName().contains("Timeout")
				|| (message != null && message.contains("Temporary failure in name resolution"));
	}

}
