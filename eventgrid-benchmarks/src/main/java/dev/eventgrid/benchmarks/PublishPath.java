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

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import com.azure.messaging.eventgrid.EventGridPublisherAsyncClient;
import com.azure.messaging.eventgrid.EventGridPublisherClientBuilder;
import dev.eventgrid.spring.core.ReactiveEventGridTemplate;
import dev.eventgrid.spring.core.SendResult;
import dev.eventgrid.spring.event.EventSchema;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.web.reactive.function.client.WebClient;

/**
 * One batch of events and the two publish paths that send it, each over an in-memory
 * transport: everything a send does except the socket. Every send builds its events anew
 * from the same generated inputs ({@link BenchmarkEvents}), as an application does.
 * Shared by the JMH benchmark and the report, which asks it how many body bytes one send
 * writes and how many bytes building the events allocates.
 *
 * @author Event Grid for Spring Boot team
 */
public final class PublishPath {

	private static final String ENDPOINT = "https://benchmark.westus2-1.eventgrid.azure.net/api/events";

	private final InMemoryConnector ourTransport = new InMemoryConnector();

	private final InMemoryAzureHttpClient sdkTransport = new InMemoryAzureHttpClient();

	private final ReactiveEventGridTemplate template;

	private final Supplier<List<?>> ourEvents;

	private final Supplier<List<?>> sdkEvents;

	private final SdkSend sdkSend;

	private final int dataSize;

	private final int batchSize;

	private PublishPath(EventSchema schema, int dataSize, int batchSize) {
		this.template = BenchmarkClients.ours(ENDPOINT, schema,
				WebClient.builder().clientConnector(this.ourTransport).build());
		EventGridPublisherClientBuilder sdk = BenchmarkClients.azureSdk(ENDPOINT, this.sdkTransport);
		this.dataSize = dataSize;
		this.batchSize = batchSize;
		BenchmarkEvents.Inputs inputs = BenchmarkEvents.inputs(batchSize, dataSize);
		if (schema == EventSchema.CLOUD_EVENT) {
			this.ourEvents = () -> BenchmarkEvents.cloudEvents(inputs);
			this.sdkEvents = () -> BenchmarkEvents.azureCloudEvents(inputs);
			EventGridPublisherAsyncClient<com.azure.core.models.CloudEvent> client = sdk
				.buildCloudEventPublisherAsyncClient();
			this.sdkSend = () -> client.sendEvents(BenchmarkEvents.azureCloudEvents(inputs));
		}
		else if (schema == EventSchema.EVENT_GRID_EVENT) {
			this.ourEvents = () -> BenchmarkEvents.eventGridEvents(inputs);
			this.sdkEvents = () -> BenchmarkEvents.azureEventGridEvents(inputs);
			EventGridPublisherAsyncClient<com.azure.messaging.eventgrid.EventGridEvent> client = sdk
				.buildEventGridEventPublisherAsyncClient();
			this.sdkSend = () -> client.sendEvents(BenchmarkEvents.azureEventGridEvents(inputs));
		}
		else {
			throw new IllegalArgumentException("No benchmark for schema " + schema);
		}
	}

	/**
	 * Create the fixture for one batch.
	 * @param schema the schema id, {@code cloud-event} or {@code event-grid-event}
	 * @param dataSize the size of each event's data, in bytes
	 * @param batchSize the number of events per send
	 * @return the fixture
	 */
	public static PublishPath of(String schema, int dataSize, int batchSize) {
		return new PublishPath(EventSchema.fromId(schema), dataSize, batchSize);
	}

	/**
	 * Send the batch through our template.
	 * @return the result
	 */
	public SendResult sendOurs() {
		return Objects.requireNonNull(this.template.send(this.ourEvents.get()).block());
	}

	/**
	 * Send the batch through the Azure SDK's client.
	 * @return nothing; the SDK's send completes empty
	 */
	public @Nullable Object sendAzureSdk() {
		return this.sdkSend.send().block();
	}

	/**
	 * Return the bytes that building the events of one send allocates, measured over many
	 * builds after a warm-up, with the thread's allocation counter.
	 * @param azureSdk whether to build the SDK's events rather than ours
	 * @return the bytes per build
	 */
	public double buildAllocation(boolean azureSdk) {
		Supplier<List<?>> build = azureSdk ? this.sdkEvents : this.ourEvents;
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		long id = Thread.currentThread().getId();
		int rounds = (int) Math.max(20, 50_000_000L / ((long) this.batchSize * this.dataSize));
		long sink = 0;
		for (int i = 0; i < rounds; i++) {
			sink += build.get().size();
		}
		long before = threads.getThreadAllocatedBytes(id);
		for (int i = 0; i < rounds; i++) {
			sink += build.get().size();
		}
		long allocated = threads.getThreadAllocatedBytes(id) - before;
		return (sink > 0) ? (double) allocated / rounds : 0;
	}

	/**
	 * Return the body bytes our sends have written.
	 * @return the byte count
	 */
	public long ourBytes() {
		return this.ourTransport.bytes();
	}

	/**
	 * Return the body bytes the SDK's sends have written.
	 * @return the byte count
	 */
	public long azureSdkBytes() {
		return this.sdkTransport.bytes();
	}

	@FunctionalInterface
	private interface SdkSend {

		Mono<Void> send();

	}

}
