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

import java.io.EOFException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertificateException;

import javax.net.ssl.SSLHandshakeException;

import io.netty.handler.codec.dns.DefaultDnsQuestion;
import io.netty.handler.codec.dns.DnsRecordType;
import io.netty.handler.ssl.SslHandshakeTimeoutException;
import io.netty.resolver.dns.DnsNameResolverTimeoutException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link EndpointFailure}: which connection failures no retry can fix. Those a
 * retry may fix are tested end to end in {@code EventGridPublisherRetryTests}, the others
 * in {@code UnreachableEndpointTests}; these are the look-alikes that must stay
 * retryable, which a test cannot provoke on demand.
 *
 * @author Event Grid for Spring Boot team
 */
class EndpointFailureTests {

	@Test
	void unknownHostWhenTheNameDoesNotExist() {
		assertThat(EndpointFailure.of(new RuntimeException(new UnknownHostException("no-such-host.invalid"))))
			.isEqualTo(EndpointFailure.UNKNOWN_HOST);
	}

	@Test
	void retryableWhenTheNameServerDidNotAnswer() {
		UnknownHostException unknown = new UnknownHostException("Failed to resolve 'orders.eventgrid.azure.net'");
		unknown.initCause(new DnsNameResolverTimeoutException(new InetSocketAddress("127.0.0.53", 53),
				new DefaultDnsQuestion("orders.eventgrid.azure.net", DnsRecordType.A), "query timed out"));

		assertThat(EndpointFailure.of(new RuntimeException(unknown))).isNull();
		assertThat(EndpointFailure
			.of(new UnknownHostException("orders.eventgrid.azure.net: Temporary failure in name resolution"))).isNull();
	}

	@Test
	void untrustedCertificateWhenNoTrustChainIsFound() {
		SSLHandshakeException handshake = new SSLHandshakeException("PKIX path building failed");
		handshake.initCause(new CertificateException("PKIX path building failed",
				new CertPathBuilderException("unable to find valid certification path to requested target")));

		assertThat(EndpointFailure.of(new RuntimeException(handshake)))
			.isEqualTo(EndpointFailure.UNTRUSTED_CERTIFICATE);
	}

	@Test
	void refusedCertificateWhenItNamesAnotherHost() {
		SSLHandshakeException handshake = new SSLHandshakeException("General OpenSslEngine problem");
		handshake.initCause(new CertificateException("No subject alternative names matching IP address 10.0.0.1"));

		assertThat(EndpointFailure.of(handshake)).isEqualTo(EndpointFailure.CERTIFICATE_REFUSED);
	}

	@Test
	void retryableWhenTheHandshakeTimesOutOrIsCutShort() {
		SSLHandshakeException cut = new SSLHandshakeException("Remote host terminated the handshake");
		cut.initCause(new EOFException("SSL peer shut down incorrectly"));

		assertThat(EndpointFailure.of(new SslHandshakeTimeoutException("handshake timed out after 10000ms"))).isNull();
		assertThat(EndpointFailure.of(cut)).isNull();
		assertThat(EndpointFailure.of(new ConnectException("Connection refused"))).isNull();
	}

}
