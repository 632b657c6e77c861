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

import java.time.Duration;
import java.util.List;

import com.azure.core.http.netty.NettyAsyncHttpClientBuilder;
import com.azure.messaging.eventgrid.EventGridPublisherAsyncClient;
import dev.eventgrid.spring.core.ReactiveEventGridTemplate;
import dev.eventgrid.spring.event.CloudEvent;
import dev.eventgrid.spring.event.EventSchema;
import io.micrometer.observation.ObservationRegistry;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.HttpHeaderNames;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * A client that posts the same batch of CloudEvents to the sink, one request per call.
 * Each of the three runs on Reactor Netty with its own connection pool of the same size,
 * so that only what each does per request differs.
 *
 * @author Event Grid for Spring Boot team
 */
public interface LoadClient extends AutoCloseable {

	/**
	 * The name of our template with its sends observed.
	 */
	String OBSERVED = "ours, observed (Actuator + OpenTelemetry)";

	/**
	 * Return the name shown in the report.
	 * @return the name
	 */
	String name();

	/**
	 * Post the batch once.
	 * @return completes when the sink has answered
	 */
	Mono<?> send();

	@Override
	void close();

	/**
	 * Create our {@link ReactiveEventGridTemplate}, sending our {@link CloudEvent}s.
	 * @param endpoint the sink's endpoint
	 * @param events the events of one request
	 * @param connections the size of the connection pool
	 * @return the client
	 */
	static LoadClient ours(String endpoint, List<CloudEvent> events, int connections) {
		return ours("ours (ReactiveEventGridTemplate)", endpoint, events, connections, null);
	}

	/**
	 * Create our {@link ReactiveEventGridTemplate}, sending our {@link CloudEvent}s, with
	 * its sends observed.
	 * @param endpoint the sink's endpoint
	 * @param events the events of one request
	 * @param connections the size of the connection pool
	 * @param observationRegistry the registry that observes the sends
	 * @return the client
	 */
	static LoadClient oursObserved(String endpoint, List<CloudEvent> events, int connections,
			ObservationRegistry observationRegistry) {
		return ours(OBSERVED, endpoint, events, connections, observationRegistry);
	}

	private static LoadClient ours(String name, String endpoint, List<CloudEvent> events, int connections,
			@Nullable ObservationRegistry observationRegistry) {
		ConnectionProvider pool = pool((observationRegistry != null) ? "ours-observed" : "ours", connections);
		WebClient webClient = WebClient.builder()
			.clientConnector(new ReactorClientHttpConnector(HttpClient.create(pool)))
			.build();
		ReactiveEventGridTemplate template = BenchmarkClients.ours(endpoint, EventSchema.CLOUD_EVENT, webClient);
		if (observationRegistry != null) {
			template.setObservationRegistry(observationRegistry);
		}
		return new Simple(name, () -> template.send(events), pool);
	}

	/**
	 * Create the Azure SDK's {@link EventGridPublisherAsyncClient}, sending its
	 * CloudEvents.
	 * @param endpoint the sink's endpoint
	 * @param events the events of one request
	 * @param connections the size of the connection pool
	 * @return the client
	 */
	static LoadClient azureSdk(String endpoint, List<com.azure.core.models.CloudEvent> events, int connections) {
		ConnectionProvider pool = pool("azure-sdk", connections);
		EventGridPublisherAsyncClient<com.azure.core.models.CloudEvent> client = BenchmarkClients
			.azureSdk(endpoint, new NettyAsyncHttpClientBuilder(HttpClient.create(pool)).build())
			.buildCloudEventPublisherAsyncClient();
		return new Simple("Azure SDK (EventGridPublisherAsyncClient)", () -> client.sendEvents(events), pool);
	}

	/**
	 * Create a raw Reactor Netty client posting pre-serialized bytes with the same
	 * headers: the bound no publisher can beat.
	 * @param endpoint the sink's endpoint
	 * @param body the request body
	 * @param connections the size of the connection pool
	 * @return the client
	 */
	static LoadClient raw(String endpoint, byte[] body, int connections) {
		ConnectionProvider pool = pool("raw", connections);
		String token = BenchmarkClients.sasToken(endpoint);
		HttpClient client = HttpClient.create(pool)
			.headers((headers) -> headers.set(HttpHeaderNames.CONTENT_TYPE, EventSchema.CLOUD_EVENT.getContentType())
				.set(HttpHeaderNames.CONTENT_LENGTH, body.length)
				.set("aeg-sas-token", token));
		String uri = endpoint + "?api-version=2018-01-01";
		return new Simple("raw Reactor Netty (pre-serialized bytes)",
				() -> client.post()
					.uri(uri)
					.send(Mono.fromSupplier(() -> Unpooled.wrappedBuffer(body)))
					.responseSingle((response, content) -> {
						int status = response.status().code();
						if (status != 200) {
							return Mono.error(new IllegalStateException("Sink answered " + status));
						}
						return content.then(Mono.just(status));
					}),
				pool);
	}

	private static ConnectionProvider pool(String name, int connections) {
		return ConnectionProvider.builder(name)
			.maxConnections(connections)
			.pendingAcquireTimeout(Duration.ofSeconds(30))
			.build();
	}

	/**
	 * A client made of a send function and the pool to close.
	 *
	 * @param name the name
	 * @param sender sends one request
	 * @param pool the connection pool
	 */
	record Simple(String name, Sender sender, ConnectionProvider pool) implements LoadClient {

		@Override
		public Mono<?> send() {
			return this.sender.send();
		}

		@Override
		public void close() {
			this.pool.dispose();
		}

	}

	/**
	 * Sends one request.
	 */
	@FunctionalInterface
	interface Sender {

		Mono<?> send();

	}

}
