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

import dev.eventgrid.spring.event.CloudEvent;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The end-to-end throughput benchmark, run in its own JVM: our template, the Azure SDK's
 * client, a raw Reactor Netty client and our template with its sends observed each post
 * the same batches of CloudEvents to the {@link HttpSink} for a fixed time at the same
 * concurrency, in interleaved rounds. It also measures the sink's own ceiling and writes
 * everything as JSON.
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
		List<CloudEvent> ours = BenchmarkEvents.cloudEvents(settings.eventsPerRequest(), settings.dataSize());
		List<com.azure.core.models.CloudEvent> theirs = BenchmarkEvents.azureCloudEvents(settings.eventsPerRequest(),
				settings.dataSize());
		byte[] body = BenchmarkEvents.requestBody(ours);
		int connections = settings.concurrency() * 2;
		try (HttpSink sink = HttpSink.start(1); ActuatorObservation observation = new ActuatorObservation()) {
			String endpoint = sink.endpoint();
			ThroughputRun run = new ThroughputRun(sink, settings.concurrency(), settings.eventsPerRequest());
			List<Supplier<LoadClient>> factories = List.of(() -> LoadClient.ours(endpoint, ours, connections),
					() -> LoadClient.azureSdk(endpoint, theirs, connections),
					() -> LoadClient.raw(endpoint, body, connections),
					() -> LoadClient.oursObserved(endpoint, ours, connections, observation.registry()));
			List<LoadClient> clients = new ArrayList<>();
			factories.forEach((factory) -> clients.add(factory.get()));
			try {
				Duration warmup = Duration.ofSeconds(settings.warmupSeconds());
				Duration measure = Duration.ofSeconds(settings.measureSeconds());
				for (LoadClient client : clients) {
					log.accept("  warm-up " + client.name());
					run.run(client, warmup);
				}
				log.accept("  sink ceiling: raw client at concurrency " + connections);
				ThroughputRun.Result ceiling = run.run(clients.get(2), measure, connections);
				Map<String, List<ThroughputRun.Result>> rounds = new LinkedHashMap<>();
				for (int round = 1; round <= settings.rounds(); round++) {
					for (LoadClient client : clients) {
						ThroughputRun.Result result = run.run(client, measure);
						log.accept(
								String.format("  round %d %-45s %,12.0f events/s %8.1f MB/s p50 %6.2f ms p99 %6.2f ms",
										round, client.name(), result.eventsPerSecond(), result.megabytesPerSecond(),
										result.p50Nanos() / 1e6, result.p99Nanos() / 1e6));
						rounds.computeIfAbsent(client.name(), (name) -> new ArrayList<>()).add(result);
					}
				}
				List<ThroughputRun.Result> medians = new ArrayList<>();
				rounds.values().forEach((all) -> medians.add(median(all)));
				ThroughputRun.Result observed = medians.get(3);
				log.accept(
						String.format("  observed: %,d spans exported, %,.0f events counted by eventgrid.events.sent",
								observation.exportedSpans(), observation.countedEvents()));
				return new Results(settings, body.length, ceiling, medians, rounds, observation.exportedSpans(),
						observed.bytesPerRequest());
			}
			finally {
				clients.forEach(LoadClient::close);
			}
		}
	}

	private static ThroughputRun.Result median(List<ThroughputRun.Result> results) {
		List<ThroughputRun.Result> sorted = new ArrayList<>(results);
		sorted.sort(Comparator.comparingDouble(ThroughputRun.Result::eventsPerSecond));
		return sorted.get(sorted.size() / 2);
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
	 * @param medians each client's median round, in the order ours, SDK, raw, ours
	 * observed
	 * @param rounds every round of every client
	 * @param exportedSpans the spans the observed template's sends exported
	 * @param observedRequestBytes the size of the observed template's requests, which
	 * carry the trace context in every event
	 */
	public record Results(Settings settings, int requestBytes, ThroughputRun.Result sinkCeiling,
			List<ThroughputRun.Result> medians, Map<String, List<ThroughputRun.Result>> rounds, long exportedSpans,
			long observedRequestBytes) {

		/**
		 * Return the client CPU per event of our observed template over that of our
		 * template, each from the median of its per-round values.
		 * @return the ratio
		 */
		public double observationCpuRatio() {
			return medianCpu(this.medians.get(3).client()) / medianCpu(this.medians.get(0).client());
		}

		private double medianCpu(String client) {
			double[] values = this.rounds.getOrDefault(client, List.of())
				.stream()
				.mapToDouble(ThroughputRun.Result::clientCpuMicrosPerEvent)
				.sorted()
				.toArray();
			return (values.length % 2 == 1) ? values[values.length / 2]
					: (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
		}

	}

}
