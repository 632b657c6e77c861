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

package dev.eventgrid.benchmarks;

import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.azure.core.credential.AzureSasCredential;
import com.azure.core.http.HttpClient;
import com.azure.messaging.eventgrid.EventGridPublisherClientBuilder;
import dev.eventgrid.spring.core.EventGridPublisher;
import dev.eventgrid.spring.core.ReactiveEventGridTemplate;
import dev.eventgrid.spring.credential.EventGridCredential;
import dev.eventgrid.spring.credential.EventGridSas;
import dev.eventgrid.spring.event.EventSchema;

import org.springframework.web.reactive.function.client.WebClient;

/**
 * Builds the publishers under comparison for one endpoint, configured alike: our
 * {@link ReactiveEventGridTemplate} and the Azure SDK's client, both authorized with the
 * same SAS token (the SDK refuses an access key over plain HTTP but accepts a SAS token),
 * both with their default retry policies.
 *
 * @author Event Grid for Spring Boot team
 */
public final class BenchmarkClients {

	/**
	 * The {@code User-Agent} the clients that post pre-serialized bytes send, as long as
	 * ours.
	 */
	public static final String USER_AGENT = "eventgrid-spring-boot/0.1.0-SNAPSHOT";

	private static final String KEY = "YmVuY2htYXJrLWtleS1ub3QtYS1zZWNyZXQtMDEyMzQ1Njc4OQ==";

	private BenchmarkClients() {
	}

	/**
	 * Return a SAS token for an endpoint, valid for a day.
	 * @param endpoint the endpoint
	 * @return the token
	 */
	public static String sasToken(String endpoint) {
		return EventGridSas.generateSas(endpoint, KEY, OffsetDateTime.now().plusDays(1));
	}

	/**
	 * Return a random UUID for {@code x-ms-client-request-id}, made as our publisher
	 * makes it.
	 * @return the request id
	 */
	public static String requestId() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return new UUID((random.nextLong() & ~0xF000L) | 0x4000L,
				(random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L)
			.toString();
	}

	/**
	 * Build our template with one publisher.
	 * @param endpoint the endpoint
	 * @param schema the schema of the events
	 * @param webClient the client that carries the requests
	 * @return the template
	 */
	public static ReactiveEventGridTemplate ours(String endpoint, EventSchema schema, WebClient webClient) {
		EventGridPublisher publisher = EventGridPublisher.builder(endpoint)
			.schema(schema)
			.credential(EventGridCredential.sasToken(sasToken(endpoint)))
			.webClient(webClient)
			.build();
		return new ReactiveEventGridTemplate(publisher);
	}

	/**
	 * Start building the Azure SDK's client.
	 * @param endpoint the endpoint
	 * @param httpClient the client that carries the requests
	 * @return the SDK builder, ready for {@code build*AsyncClient()}
	 */
	public static EventGridPublisherClientBuilder azureSdk(String endpoint, HttpClient httpClient) {
		return new EventGridPublisherClientBuilder().endpoint(endpoint)
			.credential(new AzureSasCredential(sasToken(endpoint)))
			.httpClient(httpClient);
	}

}
