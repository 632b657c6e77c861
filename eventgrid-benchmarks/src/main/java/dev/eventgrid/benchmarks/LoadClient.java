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

import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManagerFactory;

import com.azure.core.http.netty.NettyAsyncHttpClientBuilder;
import com.azure.core.util.ClientOptions;
import com.azure.messaging.eventgrid.EventGridPublisherAsyncClient;
import com.azure.messaging.eventgrid.EventGridPublisherClientBuilder;
import dev.eventgrid.spring.core.ReactiveEventGridTemplate;
import dev.eventgrid.spring.event.CloudEvent;
import dev.eventgrid.spring.event.EventSchema;
import io.micrometer.observation.ObservationRegistry;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.http.HttpHeaders;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * A client that posts one batch of CloudEvents to the sink per call. Each runs on Reactor
 * Netty with its own connection pool of the same size, over plain HTTP or over TLS
 * trusting the sink's certificate, so that only what each does per request differs. The
 * publishers build their events anew for every request ({@link BenchmarkEvents}); the
 * bare WebClient and the raw client post bytes serialized once.
 *
 * @author Event Grid for Spring Boot team
 */
public interface LoadClient extends AutoCloseable {

	/**
	 * The name of our template.
	 */
	String OURS = "ours (ReactiveEventGridTemplate)";

	/**
	 * The name of the Azure SDK's client.
	 */
	String AZURE_SDK = "Azure SDK (EventGridPublisherAsyncClient)";

	/**
	 * The name of the bare WebClient posting pre-serialized bytes.
	 */
	String BARE_WEB_CLIENT = "bare WebClient (pre-serialized bytes)";

	/**
	 * The name of the raw Reactor Netty client posting pre-serialized bytes.
	 */
	String RAW = "raw Reactor Netty (pre-serialized bytes)";

	/**
	 * The name of our template observed by a registry whose only handler does nothing.
	 */
	String OURS_NOOP_HANDLER = "ours, observed (no-op handler)";

	/**
	 * The name of our template and its WebClient observed as with Actuator and tracing.
	 */
	String OBSERVED = "ours, observed (Actuator + OpenTelemetry)";

	/**
	 * The name of the Azure SDK's client traced with OpenTelemetry.
	 */
	String AZURE_SDK_TRACED = "Azure SDK, traced (OpenTelemetry)";

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
	 * @param events the inputs of the events of one request
	 * @param connections the size of the connection pool
	 * @param trust what trusts the sink's certificate, or {@code null} for plain HTTP
	 * @return the client
	 */
	static LoadClient ours(String endpoint, BenchmarkEvents.Inputs events, int connections,
			@Nullable TrustManagerFactory trust) {
		return ours(OURS, endpoint, events, connections, trust, null, false);
	}

	/**
	 * Create our {@link ReactiveEventGridTemplate} with its sends observed.
	 * @param name the name shown in the report
	 * @param endpoint the sink's endpoint
	 * @param events the inputs of the events of one request
	 * @param connections the size of the connection pool
	 * @param registry the registry that observes the sends
	 * @param observeHttp whether the registry observes the WebClient's requests too, as
	 * the starter configures it in an application with an {@code ObservationRegistry}
	 * @return the client
	 */
	static LoadClient oursObserved(String name, String endpoint, BenchmarkEvents.Inputs events, int connections,
			ObservationRegistry registry, boolean observeHttp) {
		return ours(name, endpoint, events, connections, null, registry, observeHttp);
	}

	private static LoadClient ours(String name, String endpoint, BenchmarkEvents.Inputs events, int connections,
			@Nullable TrustManagerFactory trust, @Nullable ObservationRegistry registry, boolean observeHttp) {
		ConnectionProvider pool = pool("ours", connections);
		WebClient.Builder builder = WebClient.builder().clientConnector(connector(pool, trust));
		if (registry != null && observeHttp) {
			builder.observationRegistry(registry);
		}
		ReactiveEventGridTemplate template = BenchmarkClients.ours(endpoint, EventSchema.CLOUD_EVENT, builder.build());
		if (registry != null) {
			template.setObservationRegistry(registry);
		}
		return new Simple(name, () -> template.send(BenchmarkEvents.cloudEvents(events)), pool);
	}

	/**
	 * Create the Azure SDK's {@link EventGridPublisherAsyncClient}, sending its
	 * CloudEvents.
	 * @param endpoint the sink's endpoint
	 * @param events the inputs of the events of one request
	 * @param connections the size of the connection pool
	 * @param trust what trusts the sink's certificate, or {@code null} for plain HTTP
	 * @return the client
	 */
	static LoadClient azureSdk(String endpoint, BenchmarkEvents.Inputs events, int connections,
			@Nullable TrustManagerFactory trust) {
		return azureSdk(AZURE_SDK, endpoint, events, connections, trust, null);
	}

	/**
	 * Create the Azure SDK's {@link EventGridPublisherAsyncClient} with the given client
	 * options, such as tracing options.
	 * @param name the name shown in the report
	 * @param endpoint the sink's endpoint
	 * @param events the inputs of the events of one request
	 * @param connections the size of the connection pool
	 * @param trust what trusts the sink's certificate, or {@code null} for plain HTTP
	 * @param options the client options, or {@code null} for the defaults
	 * @return the client
	 */
	static LoadClient azureSdk(String name, String endpoint, BenchmarkEvents.Inputs events, int connections,
			@Nullable TrustManagerFactory trust, @Nullable ClientOptions options) {
		ConnectionProvider pool = pool("azure-sdk", connections);
		EventGridPublisherClientBuilder builder = BenchmarkClients.azureSdk(endpoint,
				new NettyAsyncHttpClientBuilder(httpClient(pool, trust)).build());
		if (options != null) {
			builder.clientOptions(options);
		}
		EventGridPublisherAsyncClient<com.azure.core.models.CloudEvent> client = builder
			.buildCloudEventPublisherAsyncClient();
		return new Simple(name, () -> client.sendEvents(BenchmarkEvents.azureCloudEvents(events)), pool);
	}

	/**
	 * Create a bare {@link WebClient} on the same connector as ours, posting
	 * pre-serialized bytes with the same headers: the transport our template builds on.
	 * @param endpoint the sink's endpoint
	 * @param body the request body
	 * @param connections the size of the connection pool
	 * @param trust what trusts the sink's certificate, or {@code null} for plain HTTP
	 * @return the client
	 */
	static LoadClient bareWebClient(String endpoint, byte[] body, int connections,
			@Nullable TrustManagerFactory trust) {
		ConnectionProvider pool = pool("bare-web-client", connections);
		WebClient webClient = WebClient.builder().clientConnector(connector(pool, trust)).build();
		String token = BenchmarkClients.sasToken(endpoint);
		String uri = endpoint + "?api-version=2018-01-01";
		return new Simple(BARE_WEB_CLIENT, () -> webClient.post().uri(uri).headers((headers) -> {
			headers.set("aeg-sas-token", token);
			headers.set(HttpHeaders.CONTENT_TYPE, EventSchema.CLOUD_EVENT.getContentType());
			headers.setContentLength(body.length);
			headers.set("x-ms-client-request-id", BenchmarkClients.requestId());
			headers.set(HttpHeaders.USER_AGENT, BenchmarkClients.USER_AGENT);
		}).bodyValue(body).retrieve().toBodilessEntity(), pool);
	}

	/**
	 * Create a raw Reactor Netty client posting pre-serialized bytes with the same
	 * headers: the floor, below any client built on WebClient.
	 * @param endpoint the sink's endpoint
	 * @param body the request body
	 * @param connections the size of the connection pool
	 * @param trust what trusts the sink's certificate, or {@code null} for plain HTTP
	 * @return the client
	 */
	static LoadClient raw(String endpoint, byte[] body, int connections, @Nullable TrustManagerFactory trust) {
		ConnectionProvider pool = pool("raw", connections);
		String token = BenchmarkClients.sasToken(endpoint);
		HttpClient client = httpClient(pool, trust)
			.headers((headers) -> headers.set(HttpHeaderNames.CONTENT_TYPE, EventSchema.CLOUD_EVENT.getContentType())
				.set(HttpHeaderNames.CONTENT_LENGTH, body.length)
				.set("aeg-sas-token", token)
				.set("x-ms-client-request-id", BenchmarkClients.requestId())
				.set(HttpHeaderNames.USER_AGENT, BenchmarkClients.USER_AGENT));
		String uri = endpoint + "?api-version=2018-01-01";
		return new Simple(RAW,
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

	/**
	 * Return a Reactor Netty client on a pool, over TLS when given a trust.
	 * @param pool the connection pool
	 * @param trust what trusts the server's certificate, or {@code null} for plain HTTP
	 * @return the client
	 */
	static HttpClient httpClient(ConnectionProvider pool, @Nullable TrustManagerFactory trust) {
		HttpClient client = HttpClient.create(pool);
		if (trust == null) {
			return client;
		}
		try {
			SslContext ssl = SslContextBuilder.forClient().trustManager(trust).build();
			return client.secure((spec) -> spec.sslContext(ssl));
		}
		catch (SSLException ex) {
			throw new IllegalStateException("Cannot build the client's TLS context", ex);
		}
	}

	private static ReactorClientHttpConnector connector(ConnectionProvider pool, @Nullable TrustManagerFactory trust) {
		return new ReactorClientHttpConnector(httpClient(pool, trust));
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
