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

package dev.eventgrid.spring.core;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.model.InputSchema;
import dev.eventgrid.spring.EventGridEndpointException;
import dev.eventgrid.spring.EventGridException;
import dev.eventgrid.spring.credential.EventGridCredential;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.netty.http.client.HttpClient;

import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that a publisher fails at once, without retrying, when a retry cannot help: a
 * server certificate it does not trust or that names another host, and an unknown host.
 * The publishers keep the default retry settings (4 attempts, backoff from 800 ms), so a
 * retried failure would take seconds.
 *
 * @author Event Grid for Spring Boot team
 */
class UnreachableEndpointTests {

	@RegisterExtension
	static final EmulatorFixture fixture = new EmulatorFixture();

	private final AtomicInteger connections = new AtomicInteger();

	@BeforeAll
	static void warmUp() {
		// Netty, its TLS engine and the resolver start on the first request of the JVM;
		// the times measured are those of the failures.
		new EventGridTemplate(new ReactiveEventGridTemplate(fixture.publisher(EmulatorFixture.CE).build()))
			.send(EventGridPublisherRetryTests.events(1));
	}

	@Test
	void failsAtOnceWhenTheServerCertificateIsNotTrusted() {
		HttpClient jvmTrust = HttpClient.create().doOnConnect((config) -> this.connections.incrementAndGet());
		EventGridPublisher.Builder publisher = publisher(fixture.emulator.httpsEndpoint(EmulatorFixture.CE), jvmTrust);

		EventGridEndpointException ex = failure(publisher);

		assertThat(ex.getMessage()).contains("after 1 attempt")
			.contains("the TLS certificate of localhost is not trusted")
			.contains("unable to find valid certification path")
			.contains("spring.ssl.bundle.pem.<bundle>.truststore.certificate")
			.contains("spring.http.clients.ssl.bundle")
			.contains("check that eventgrid.endpoint names the right host");
		assertThat(this.connections).as("connections").hasValue(1);
		assertThat(fixture.emulator.requests()).isEmpty();
	}

	@Test
	void failsAtOnceWhenTheCertificateNamesAnotherHost() throws Exception {
		// The certificate names localhost, 127.0.0.1 and ::1; the emulator listens on
		// another loopback address.
		try (EventGridEmulator other = EventGridEmulator.builder()
			.host("127.0.0.2")
			.topic("orders", InputSchema.CLOUD_EVENT_V1_0)
			.start()) {
			SslContext ssl = SslContextBuilder.forClient().trustManager(other.trustManagerFactory()).build();
			HttpClient trusting = HttpClient.create()
				.secure((spec) -> spec.sslContext(ssl))
				.doOnConnect((config) -> this.connections.incrementAndGet());
			String endpoint = "https://127.0.0.2:" + other.httpsPort() + "/api/events";
			EventGridPublisher.Builder publisher = publisher(endpoint, trusting)
				.credential(EventGridCredential.accessKey(other.key("orders")));

			EventGridEndpointException ex = failure(publisher);

			assertThat(ex.getMessage()).contains("after 1 attempt")
				.contains("the TLS certificate of 127.0.0.2 was refused")
				.contains("check that eventgrid.endpoint uses a host name the server's certificate names");
			assertThat(this.connections).as("connections").hasValue(1);
			assertThat(other.requests()).isEmpty();
		}
	}

	@Test
	void failsAtOnceWhenTheHostIsUnknown() {
		HttpClient httpClient = HttpClient.create().doOnConnect((config) -> this.connections.incrementAndGet());
		EventGridPublisher.Builder publisher = publisher("https://no-such-host.invalid/api/events", httpClient)
			.name("orders");

		EventGridEndpointException ex = failure(publisher);

		assertThat(ex.getMessage()).contains("after 1 attempt")
			.contains("the host no-such-host.invalid is unknown")
			.contains("check the host name in eventgrid.publishers.orders.endpoint");
		assertThat(this.connections).as("connections").hasValue(1);
	}

	private EventGridPublisher.Builder publisher(String endpoint, HttpClient httpClient) {
		return EventGridPublisher.builder(endpoint)
			.name("default")
			.schema(EmulatorFixture.schemaOf(EmulatorFixture.CE))
			.credential(fixture.accessKey(EmulatorFixture.CE))
			.webClient(WebClient.builder().clientConnector(new ReactorClientHttpConnector(httpClient)).build());
	}

	private static EventGridEndpointException failure(EventGridPublisher.Builder publisher) {
		EventGridTemplate template = new EventGridTemplate(new ReactiveEventGridTemplate(publisher.build()));
		long start = System.nanoTime();
		EventGridException failure = null;
		try {
			template.send(EventGridPublisherRetryTests.events(1));
		}
		catch (EventGridException ex) {
			failure = ex;
		}
		Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
		System.out.println("Failed in " + elapsed.toMillis() + " ms: " + failure);
		assertThat(failure).isNotNull();
		assertThat(elapsed).isLessThan(Duration.ofSeconds(1));
		assertThat(failure).isInstanceOf(EventGridEndpointException.class);
		return (EventGridEndpointException) failure;
	}

}
