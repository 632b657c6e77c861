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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.azure.core.http.netty.NettyAsyncHttpClientBuilder;
import com.azure.messaging.eventgrid.EventGridPublisherAsyncClient;
import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.fault.IngressLimit;
import dev.eventgrid.emulator.model.InputSchema;
import dev.eventgrid.emulator.model.RecordedRequest;
import dev.eventgrid.spring.EventGridPartialSendException;
import dev.eventgrid.spring.core.EventGridPublisher;
import dev.eventgrid.spring.core.ReactiveEventGridTemplate;
import dev.eventgrid.spring.credential.EventGridCredential;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.util.unit.DataSize;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * A backlog of CloudEvents sent to an emulator topic whose ingress is limited well below
 * what the client can do, as Event Grid limits each topic: our template in one
 * {@code send(Flux)}, and the Azure SDK's client sending requests of the same number of
 * events at the same concurrency, each to a topic of its own over HTTPS. Both keep their
 * default retry settings. It measures the time to drain against the ideal (the events and
 * bytes accepted over the limits), the 429s answered and the events lost.
 *
 * @author Event Grid for Spring Boot team
 */
public final class ThrottledBacklogBenchmark {

	private ThrottledBacklogBenchmark() {
	}

	/**
	 * Run the benchmark.
	 * @param args {@code output-file events data-size events-per-request concurrency
	 * events-per-second bytes-per-second}
	 * @throws IOException if the results cannot be written
	 */
	public static void main(String[] args) throws IOException {
		Settings settings = new Settings(Integer.parseInt(args[1]), Integer.parseInt(args[2]),
				Integer.parseInt(args[3]), Integer.parseInt(args[4]), Long.parseLong(args[5]), Long.parseLong(args[6]));
		Results results = run(settings);
		Files.writeString(Path.of(args[0]), EndToEndBenchmark.JSON.writeValueAsString(results));
	}

	/**
	 * Run the benchmark in this JVM.
	 * @param settings what to run
	 * @return the results
	 */
	public static Results run(Settings settings) {
		BenchmarkEvents.Inputs inputs = BenchmarkEvents.inputs(settings.events(), settings.dataSize());
		IngressLimit limit = IngressLimit.of(settings.eventsPerSecond(), settings.bytesPerSecond());
		try (EventGridEmulator emulator = EventGridEmulator.builder()
			.topic("ours", InputSchema.CLOUD_EVENT_V1_0)
			.topic("sdk", InputSchema.CLOUD_EVENT_V1_0)
			.ingressLimit(limit)
			.start()) {
			Run ours = measure(emulator, "ours", settings, () -> sendOurs(emulator, inputs, settings));
			Run sdk = measure(emulator, "sdk", settings, () -> sendAzureSdk(emulator, inputs, settings));
			return new Results(settings, ours, sdk);
		}
	}

	private static Run measure(EventGridEmulator emulator, String topic, Settings settings, Sender sender) {
		System.out.println("  throttled backlog: " + topic);
		long start = System.nanoTime();
		int reportedFailed = sender.send();
		long nanos = System.nanoTime() - start;
		List<RecordedRequest> requests = emulator.requests()
			.stream()
			.filter((request) -> topic.equals(request.topic()))
			.toList();
		long accepted = emulator.acceptedEventCount(topic);
		long throttled = requests.stream().filter((request) -> request.status() == 429).count();
		long acceptedBytes = requests.stream()
			.filter((request) -> request.status() == 200)
			.mapToLong(RecordedRequest::bodySize)
			.sum();
		double ideal = Math.max((double) accepted / settings.eventsPerSecond(),
				(double) acceptedBytes / settings.bytesPerSecond());
		Run run = new Run(nanos / 1e9, ideal, requests.size(), throttled, accepted,
				Math.max(0, settings.events() - accepted), reportedFailed);
		System.out.printf("  %s: %.1f s (ideal %.1f s), %d requests, %d answered 429, %d events lost%n", topic,
				run.seconds(), run.idealSeconds(), run.requests(), run.throttled(), run.lost());
		return run;
	}

	private static int sendOurs(EventGridEmulator emulator, BenchmarkEvents.Inputs inputs, Settings settings) {
		ConnectionProvider pool = ConnectionProvider.create("ours-throttled", settings.concurrency() * 2);
		byte[] request = BenchmarkEvents.requestBody(BenchmarkEvents
			.cloudEvents(new BenchmarkEvents.Inputs(inputs.ids().subList(0, settings.eventsPerRequest()),
					inputs.subjects().subList(0, settings.eventsPerRequest()),
					inputs.data().subList(0, settings.eventsPerRequest()))));
		EventGridPublisher publisher = EventGridPublisher.builder(emulator.httpsEndpoint("ours"))
			.credential(EventGridCredential.accessKey(emulator.key("ours")))
			.concurrency(settings.concurrency())
			.maxRequestSize(DataSize.ofBytes(request.length))
			.webClient(WebClient.builder()
				.clientConnector(
						new ReactorClientHttpConnector(LoadClient.httpClient(pool, emulator.trustManagerFactory())))
				.build())
			.build();
		try {
			new ReactiveEventGridTemplate(publisher)
				.send(Flux.range(0, inputs.size()).map((index) -> BenchmarkEvents.cloudEvent(inputs, index)))
				.block(Duration.ofMinutes(5));
			return 0;
		}
		catch (EventGridPartialSendException ex) {
			return ex.getFailedEvents().size();
		}
		finally {
			publisher.close();
			pool.dispose();
		}
	}

	private static int sendAzureSdk(EventGridEmulator emulator, BenchmarkEvents.Inputs inputs, Settings settings) {
		ConnectionProvider pool = ConnectionProvider.create("sdk-throttled", settings.concurrency() * 2);
		EventGridPublisherAsyncClient<com.azure.core.models.CloudEvent> client = new com.azure.messaging.eventgrid.EventGridPublisherClientBuilder()
			.endpoint(emulator.httpsEndpoint("sdk"))
			.credential(new com.azure.core.credential.AzureKeyCredential(emulator.key("sdk")))
			.httpClient(new NettyAsyncHttpClientBuilder(LoadClient.httpClient(pool, emulator.trustManagerFactory()))
				.build())
			.buildCloudEventPublisherAsyncClient();
		AtomicInteger failed = new AtomicInteger();
		int per = settings.eventsPerRequest();
		try {
			Flux.range(0, (inputs.size() + per - 1) / per).flatMap((batch) -> {
				int from = batch * per;
				int to = Math.min(inputs.size(), from + per);
				BenchmarkEvents.Inputs slice = new BenchmarkEvents.Inputs(inputs.ids().subList(from, to),
						inputs.subjects().subList(from, to), inputs.data().subList(from, to));
				return client.sendEvents(BenchmarkEvents.azureCloudEvents(slice)).onErrorResume((ex) -> {
					failed.addAndGet(to - from);
					return Mono.empty();
				});
			}, settings.concurrency()).blockLast(Duration.ofMinutes(5));
			return failed.get();
		}
		finally {
			pool.dispose();
		}
	}

	@FunctionalInterface
	private interface Sender {

		int send();

	}

	/**
	 * What to run.
	 *
	 * @param events the events of the backlog
	 * @param dataSize the size of each event's data
	 * @param eventsPerRequest the events of each request
	 * @param concurrency the requests in flight
	 * @param eventsPerSecond the topic's limit of events per second
	 * @param bytesPerSecond the topic's limit of bytes per second
	 */
	public record Settings(int events, int dataSize, int eventsPerRequest, int concurrency, long eventsPerSecond,
			long bytesPerSecond) {

		List<String> toArgs(Path output) {
			return List.of(output.toString(), String.valueOf(this.events), String.valueOf(this.dataSize),
					String.valueOf(this.eventsPerRequest), String.valueOf(this.concurrency),
					String.valueOf(this.eventsPerSecond), String.valueOf(this.bytesPerSecond));
		}

	}

	/**
	 * What one client's backlog did.
	 *
	 * @param seconds the time to drain it, or to give up
	 * @param idealSeconds the accepted events and bytes over the topic's limits
	 * @param requests the requests the topic answered
	 * @param throttled the requests it answered with 429
	 * @param accepted the events it accepted
	 * @param lost the events of the backlog it did not accept
	 * @param reportedFailed the events the client reported as not sent
	 */
	public record Run(double seconds, double idealSeconds, long requests, long throttled, long accepted, long lost,
			long reportedFailed) {

		/**
		 * Return the time to drain over the ideal.
		 * @return the ratio
		 */
		public double drainRatio() {
			return this.seconds / this.idealSeconds;
		}

		/**
		 * Return the share of requests answered 429.
		 * @return the share, 0.05 for 5%
		 */
		public double throttledShare() {
			return (this.requests > 0) ? (double) this.throttled / this.requests : 0;
		}

	}

	/**
	 * What the benchmark measured.
	 *
	 * @param settings what ran
	 * @param ours our template's backlog
	 * @param azureSdk the Azure SDK's backlog
	 */
	public record Results(Settings settings, Run ours, Run azureSdk) {

	}

}
