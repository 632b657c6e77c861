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
import java.time.OffsetDateTime;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.spring.credential.EventGridCredential;
import dev.eventgrid.spring.credential.EventGridSas;
import dev.eventgrid.spring.event.EventSchema;
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
 * A JUnit extension running an emulator with one topic per schema and one domain per
 * schema for the tests of a class, cleared before each test, and a {@link WebClient} that
 * trusts its certificate.
 *
 * @author Event Grid for Spring Boot team
 */
final class EmulatorFixture implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

	static final String EG = "eg-topic";

	static final String CE = "ce-topic";

	static final String CUSTOM = "custom-topic";

	static final String EG_DOMAIN = "eg-domain";

	static final String CE_DOMAIN = "ce-domain";

	EventGridEmulator emulator;

	WebClient webClient;

	@Override
	public void beforeAll(ExtensionContext context) {
		this.emulator = EventGridEmulator.builder()
			.topic(EG, dev.eventgrid.emulator.model.InputSchema.EVENT_GRID_EVENT)
			.topic(CE, dev.eventgrid.emulator.model.InputSchema.CLOUD_EVENT_V1_0)
			.topic(CUSTOM, dev.eventgrid.emulator.model.InputSchema.CUSTOM)
			.domain(EG_DOMAIN, dev.eventgrid.emulator.model.InputSchema.EVENT_GRID_EVENT)
			.domain(CE_DOMAIN, dev.eventgrid.emulator.model.InputSchema.CLOUD_EVENT_V1_0)
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

	static EventSchema schemaOf(String topic) {
		return switch (topic) {
			case EG, EG_DOMAIN -> EventSchema.EVENT_GRID_EVENT;
			case CE, CE_DOMAIN -> EventSchema.CLOUD_EVENT;
			default -> EventSchema.CUSTOM;
		};
	}

	/**
	 * A publisher to a topic over HTTPS with its access key and fast retries.
	 */
	EventGridPublisher.Builder publisher(String topic) {
		return EventGridPublisher.builder(this.emulator.httpsEndpoint(topic))
			.name(topic)
			.schema(schemaOf(topic))
			.credential(accessKey(topic))
			.webClient(this.webClient)
			.initialBackoff(Duration.ofMillis(10))
			.maxBackoff(Duration.ofMillis(40));
	}

	EventGridCredential accessKey(String topic) {
		return EventGridCredential.accessKey(this.emulator.key(topic));
	}

	EventGridCredential sasToken(String topic) {
		return EventGridCredential.sasToken(EventGridSas.generateSas(this.emulator.httpsEndpoint(topic),
				this.emulator.key(topic), OffsetDateTime.now().plusHours(1)));
	}

	EventGridCredential bearerToken() {
		return EventGridCredential.tokenCredential(tokenCredential());
	}

	TokenCredential tokenCredential() {
		return (context) -> Mono
			.fromSupplier(() -> new AccessToken(this.emulator.issueAccessToken(), OffsetDateTime.now().plusHours(1)));
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		this.emulator.clear();
		this.emulator.faults().clear();
	}

	@Override
	public void afterAll(ExtensionContext context) {
		this.emulator.close();
	}

}
