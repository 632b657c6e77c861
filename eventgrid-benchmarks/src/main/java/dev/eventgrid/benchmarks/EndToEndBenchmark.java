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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.azure.core.tracing.opentelemetry.OpenTelemetryTracingOptions;
import com.azure.core.util.ClientOptions;
import dev.eventgrid.emulator.tls.TlsMaterial;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The end-to-end throughput benchmark, run in its own JVM. Over plain HTTP, seven clients
 * post the same batches of CloudEvents to the {@link HttpSink} for a fixed time at the
 * same concurrency, in interleaved rounds: our template, the Azure SDK's client, a bare
 * WebClient and a raw Reactor Netty client posting pre-serialized bytes, our template
 * observed by a registry whose only handler does nothing, our template observed as with
 * Actuator and tracing, and the Azure SDK's client traced with OpenTelemetry. Then our
 * template, the SDK's client and the bare WebClient do the same over TLS. It also
 * measures the sink's own ceiling and writes everything as JSON.
 *
 * @author Event Grid for Spring Boot team
 */
public final class EndToEndBenchmark {

	static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private EndToEndBenchmark() {
	}

	/**
	 * Run the benchmark.
	 * @param args {@code output-file events-per-request data-size concurrency
	 * warmup-seconds measure-seconds rounds}
	 * @throws IOException if the results cannot be written
	 */
	public static void main(String[] args) throws IOException {
		Settings settings = Settings.parse(args);
		Results results = run(settings, System.out::println);
		Files.writeString(settings.output(), JSON.writeValueAsString(results));
	}

	/**
	 * Run the benchmark in this JVM.
	 * @param settings what to run
	 * @param log where progress goes
	 * @return the results
	 */
	public static Results run(Settings settings, Consumer<String> log) {
		BenchmarkEvents.Inputs inputs = BenchmarkEvents.inputs(settings.eventsPerRequest(), settings.dataSize());
		byte[] body = BenchmarkEvents.requestBody(BenchmarkEvents.cloudEvents(inputs));
		int connections = settings.concurrency() * 2;
		ThroughputRun.Result ceiling;
		Map<String, List<ThroughputRun.Result>> http;
		long observedSpans;
		long sdkSpans;
		try (HttpSink sink = HttpSink.start(1);
				ActuatorObservation observation = new ActuatorObservation();
				ActuatorObservation sdkTracing = new ActuatorObservation()) {
			String endpoint = sink.endpoint();
			ClientOptions traced = new ClientOptions()
				.setTracingOptions(new OpenTelemetryTracingOptions().setOpenTelemetry(sdkTracing.openTelemetry()));
			List<Supplier<LoadClient>> factories = List.of(() -> LoadClient.ours(endpoint, inputs, connections, null),
					() -> LoadClient.azureSdk(endpoint, inputs, connections, null),
					() -> LoadClient.bareWebClient(endpoint, body, connections, null),
					() -> LoadClient.raw(endpoint, body, connections, null),
					() -> LoadClient.oursObserved(LoadClient.OURS_NOOP_HANDLER, endpoint, inputs, connections,
							ActuatorObservation.noopHandlerRegistry(), false),
					() -> LoadClient.oursObserved(LoadClient.OBSERVED, endpoint, inputs, connections,
							observation.registry(), true),
					() -> LoadClient.azureSdk(LoadClient.AZURE_SDK_TRACED, endpoint, inputs, connections, null,
							traced));
			ThroughputRun run = new ThroughputRun(sink, settings.concurrency(), settings.eventsPerRequest());
			List<LoadClient> clients = create(factories);
			try {
				warmUp(run, clients, settings, log);
				log.accept("  sink ceiling: raw client at concurrency " + connections);
				ceiling = run.run(clients.get(3), Duration.ofSeconds(settings.measureSeconds()), connections);
				http = rounds(run, clients, settings, "http", log);
			}
			finally {
				clients.forEach(LoadClient::close);
			}
			observedSpans = observation.exportedSpans();
			sdkSpans = sdkTracing.exportedSpans();
			log.accept(String.format("  spans exported: ours observed %,d, Azure SDK traced %,d", observedSpans,
					sdkSpans));
		}
		return new Results(settings, body.length, ceiling, http, tls(settings, inputs, body, log), observedSpans,
				sdkSpans);
	}

	private static Map<String, List<ThroughputRun.Result>> tls(Settings settings, BenchmarkEvents.Inputs inputs,
			byte[] body, Consumer<String> log) {
		TlsMaterial material = TlsMaterial.selfSigned("127.0.0.1");
		int connections = settings.concurrency() * 2;
		try (HttpSink sink = HttpSink.startTls(1, material.privateKey(), material.certificate())) {
			String endpoint = sink.endpoint();
			List<Supplier<LoadClient>> factories = List.of(
					() -> LoadClient.ours(endpoint, inputs, connections, material.trustManagerFactory()),
					() -> LoadClient.azureSdk(endpoint, inputs, connections, material.trustManagerFactory()),
					() -> LoadClient.bareWebClient(endpoint, body, connections, material.trustManagerFactory()));
			ThroughputRun run = new ThroughputRun(sink, settings.concurrency(), settings.eventsPerRequest());
			List<LoadClient> clients = create(factories);
			try {
				warmUp(run, clients, settings, log);
				return rounds(run, clients, settings, "tls", log);
			}
			finally {
				clients.forEach(LoadClient::close);
			}
		}
	}

	private static List<LoadClient> create(List<Supplier<LoadClient>> factories) {
		List<LoadClient> clients = new ArrayList<>();
		factories.forEach((factory) -> clients.add(factory.get()));
		return clients;
	}

	private static void warmUp(ThroughputRun run, List<LoadClient> clients, Settings settings, Consumer<String> log) {
		for (LoadClient client : clients) {
			log.accept("  warm-up " + client.name());
			run.run(client, Duration.ofSeconds(settings.warmupSeconds()));
		}
	}

	private static Map<String, List<ThroughputRun.Result>> rounds(ThroughputRun run, List<LoadClient> clients,
			Settings settings, String transport, Consumer<String> log) {
		Map<String, List<ThroughputRun.Result>> rounds = new LinkedHashMap<>();
		for (int round = 1; round <= settings.rounds(); round++) {
			// Rotate the order, so that no client always follows the same one.
			for (int i = 0; i < clients.size(); i++) {
				LoadClient client = clients.get((round + i) % clients.size());
				ThroughputRun.Result result = run.run(client, Duration.ofSeconds(settings.measureSeconds()));
				log.accept(String.format(
						"  %s round %d %-45s %,12.0f events/s %8.1f MB/s p50 %6.2f ms p99 %6.2f ms %5.2f µs/event",
						transport, round, client.name(), result.eventsPerSecond(), result.megabytesPerSecond(),
						result.p50Nanos() / 1e6, result.p99Nanos() / 1e6, result.clientCpuMicrosPerEvent()));
				rounds.computeIfAbsent(client.name(), (name) -> new ArrayList<>()).add(result);
			}
		}
		Map<String, List<ThroughputRun.Result>> ordered = new LinkedHashMap<>();
		clients.forEach((client) -> ordered.put(client.name(), rounds.get(client.name())));
		return ordered;
	}

	/**
	 * What to run.
	 *
	 * @param output where to write the results
	 * @param eventsPerRequest the events in each request
	 * @param dataSize the size of each event's data
	 * @param concurrency the requests in flight
	 * @param warmupSeconds the warm-up time per client
	 * @param measureSeconds the time of each measured run
	 * @param rounds the number of measured runs per client, interleaved
	 */
	public record Settings(Path output, int eventsPerRequest, int dataSize, int concurrency, int warmupSeconds,
			int measureSeconds, int rounds) {

		static Settings parse(String[] args) {
			return new Settings(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]),
					Integer.parseInt(args[3]), Integer.parseInt(args[4]), Integer.parseInt(args[5]),
					Integer.parseInt(args[6]));
		}

		List<String> toArgs() {
			return List.of(this.output.toString(), String.valueOf(this.eventsPerRequest), String.valueOf(this.dataSize),
					String.valueOf(this.concurrency), String.valueOf(this.warmupSeconds),
					String.valueOf(this.measureSeconds), String.valueOf(this.rounds));
		}

	}

	/**
	 * What the benchmark measured.
	 *
	 * @param settings what ran
	 * @param requestBytes the size of our request body
	 * @param sinkCeiling the raw client at twice the concurrency
	 * @param http every round of every client over plain HTTP, by client name
	 * @param tls every round of every client over TLS, by client name
	 * @param exportedSpans the spans the observed template's sends exported
	 * @param sdkExportedSpans the spans the traced Azure SDK client exported
	 */
	public record Results(Settings settings, int requestBytes, ThroughputRun.Result sinkCeiling,
			Map<String, List<ThroughputRun.Result>> http, Map<String, List<ThroughputRun.Result>> tls,
			long exportedSpans, long sdkExportedSpans) {

		/**
		 * Return the median round of a client over plain HTTP, by events per second.
		 * @param client the client's name
		 * @return the median round
		 */
		public ThroughputRun.Result http(String client) {
			return median(this.http, client);
		}

		/**
		 * Return the median round of a client over TLS, by events per second.
		 * @param client the client's name
		 * @return the median round
		 */
		public ThroughputRun.Result tls(String client) {
			return median(this.tls, client);
		}

		/**
		 * Return the ratio of the median events per second of two clients over plain
		 * HTTP.
		 * @param client the client
		 * @param other the client it is compared to
		 * @return the ratio
		 */
		public double throughputRatio(String client, String other) {
			return http(client).eventsPerSecond() / http(other).eventsPerSecond();
		}

		/**
		 * Return the ratio of the median events per second of two clients over TLS.
		 * @param client the client
		 * @param other the client it is compared to
		 * @return the ratio
		 */
		public double tlsThroughputRatio(String client, String other) {
			return tls(client).eventsPerSecond() / tls(other).eventsPerSecond();
		}

		/**
		 * Return the client CPU per event of one client over that of another, each the
		 * median of its per-round values over plain HTTP.
		 * @param client the client
		 * @param other the client it is compared to
		 * @return the ratio
		 */
		public double cpuRatio(String client, String other) {
			return medianCpu(client) / medianCpu(other);
		}

		/**
		 * Return the median client CPU per event of a client over plain HTTP.
		 * @param client the client's name
		 * @return the CPU time in microseconds
		 */
		public double medianCpu(String client) {
			double[] values = this.http.getOrDefault(client, List.of())
				.stream()
				.mapToDouble(ThroughputRun.Result::clientCpuMicrosPerEvent)
				.sorted()
				.toArray();
			if (values.length == 0) {
				return Double.NaN;
			}
			return (values.length % 2 == 1) ? values[values.length / 2]
					: (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
		}

		private static ThroughputRun.Result median(Map<String, List<ThroughputRun.Result>> rounds, String client) {
			List<ThroughputRun.Result> sorted = new ArrayList<>(rounds.getOrDefault(client, List.of()));
			if (sorted.isEmpty()) {
				throw new IllegalArgumentException("No rounds of client '" + client + "'");
			}
			sorted.sort(Comparator.comparingDouble(ThroughputRun.Result::eventsPerSecond));
			return sorted.get(sorted.size() / 2);
		}

	}

}
