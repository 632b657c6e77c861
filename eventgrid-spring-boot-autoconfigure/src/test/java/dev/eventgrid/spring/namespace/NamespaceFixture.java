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

package dev.eventgrid.spring.namespace;

import java.time.Duration;
import java.time.OffsetDateTime;

import com.azure.core.credential.AccessToken;
import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.namespace.EmulatedNamespace;
import dev.eventgrid.emulator.namespace.NamespaceDefinition;
import dev.eventgrid.emulator.namespace.NamespaceSubscription;
import dev.eventgrid.spring.core.EventGridPublisher;
import dev.eventgrid.spring.credential.EventGridCredential;
import dev.eventgrid.spring.credential.EventGridSas;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * A JUnit extension running an emulator with namespace {@value #NAMESPACE}: topic
 * {@value #TOPIC} with subscriptions {@value #WORKERS} and {@value #AUDIT}, at a time
 * scale of 100 (a 60-second lock lasts 600 ms), emptied before each test, and a
 * {@link WebClient} that trusts its certificate.
 *
 * @author Event Grid for Spring Boot team
 */
final class NamespaceFixture implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

	static final String NAMESPACE = "contoso";

	static final String TOPIC = "orders";

	static final String WORKERS = "workers";

	static final String AUDIT = "audit";

	static final double TIME_SCALE = 100;

	EventGridEmulator emulator;

	WebClient webClient;

	@Override
	public void beforeAll(ExtensionContext context) {
		this.emulator = EventGridEmulator.builder()
			.namespace(NamespaceDefinition.named(NAMESPACE)
				.topic(TOPIC, NamespaceSubscription.named(WORKERS), NamespaceSubscription.named(AUDIT)))
			.namespaceTimeScale(TIME_SCALE)
			.start();
		this.webClient = WebClient.builder().clientConnector(new ReactorClientHttpConnector(trustingClient())).build();
	}

	HttpClient trustingClient() {
		try {
			SslContext ssl = SslContextBuilder.forClient().trustManager(this.emulator.trustManagerFactory()).build();
			return HttpClient.create().secure((spec) -> spec.sslContext(ssl));
		}
		catch (javax.net.ssl.SSLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	EmulatedNamespace namespace() {
		return this.emulator.namespace(NAMESPACE);
	}

	String endpoint() {
		return namespace().httpsEndpoint();
	}

	/**
	 * A publisher to the namespace topic over HTTPS with its access key and fast retries.
	 */
	EventGridPublisher.Builder publisher() {
		return EventGridPublisher.builder(endpoint())
			.name("orders")
			.namespaceTopic(TOPIC)
			.credential(accessKey())
			.webClient(this.webClient)
			.initialBackoff(Duration.ofMillis(10))
			.maxBackoff(Duration.ofMillis(40));
	}

	EventGridCredential accessKey() {
		return EventGridCredential.accessKey(namespace().key());
	}

	EventGridCredential sasToken() {
		return EventGridCredential
			.sasToken(EventGridSas.generateSas(endpoint(), namespace().key(), OffsetDateTime.now().plusHours(1)));
	}

	EventGridCredential bearerToken() {
		return EventGridCredential.tokenCredential((context) -> Mono
			.fromSupplier(() -> new AccessToken(this.emulator.issueAccessToken(), OffsetDateTime.now().plusHours(1))));
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		this.emulator.clear();
		namespace().faults().clear();
	}

	@Override
	public void afterAll(ExtensionContext context) {
		this.emulator.close();
	}

}
