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
