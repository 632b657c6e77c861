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
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Writes the results of one suite run as markdown: the targets first, then each
 * benchmark's table, then how the numbers were produced.
 *
 * @author Event Grid for Spring Boot team
 */
public final class ResultsReport {

	private static final String NOT_RUN = "not run";

	private final Results results;

	private final StringBuilder out = new StringBuilder();

	private ResultsReport(Results results) {
		this.results = results;
	}

	/**
	 * Render results as markdown.
	 * @param results the results
	 * @return the markdown text
	 */
	public static String render(Results results) {
		return new ResultsReport(results).render();
	}

	private String render() {
		line("# Event Grid publish benchmarks");
		line("");
		line("- Machine: " + this.results.machine());
		line("- Command: `" + this.results.command() + "`");
		line("- Date: " + this.results.date() + ", suite time " + minutes(this.results.elapsed()));
		line("");
		targets();
		endToEnd();
		observation();
		startup();
		publishPath();
		serialization();
		streaming();
		return this.out.toString();
	}

	private void targets() {
		line("## Targets");
		line("");
		line("| target | measured | met |");
		line("|---|---|---|");
		EndToEndBenchmark.Results e2e = this.results.endToEnd();
		if (e2e != null) {
			double sdk = ratio(e2e, 1);
			double raw = ratio(e2e, 2);
			line("| end-to-end throughput, 100 x 1 KiB CloudEvents per request, ≥ 2.0x the Azure SDK | "
					+ format("%.2fx", sdk) + " | " + met(sdk >= 2.0) + " |");
			line("| same, ≥ 0.8x the raw Reactor Netty bound | " + format("%.2fx", raw) + " | " + met(raw >= 0.8)
					+ " |");
		}
		else {
			line("| end-to-end throughput vs the Azure SDK and the raw bound | " + NOT_RUN + " | - |");
		}
		Optional<JmhSuite.Row> send = this.results.publishPath()
			.stream()
			.filter((row) -> !row.isAzureSdk() && row.schema().equals("cloud-event") && row.dataSize() == 1024
					&& row.batchSize() == 100)
			.findFirst();
		if (send.isPresent()) {
			double ratio = send.get().allocationRatio();
			line("| serialization and batching allocate ≤ 1.5x the bytes written (one send of 100 x 1 KiB "
					+ "CloudEvents) | " + format("%.2fx", ratio) + " | " + met(ratio <= 1.5) + " |");
		}
		else {
			line("| serialization allocation ≤ 1.5x the bytes written | " + NOT_RUN + " | - |");
		}
		if (e2e != null) {
			double ratio = e2e.observationCpuRatio();
			line("| observation on costs ≤ 5% more client CPU per event than off (end-to-end, ratio on / off) | "
					+ format("%.3fx (%+.1f%%)", ratio, (ratio - 1) * 100) + " | " + met(ratio <= 1.05) + " |");
		}
		else {
			line("| observation costs ≤ 5% more CPU per event | " + NOT_RUN + " | - |");
		}
		StartupBenchmark.Results startup = this.results.startup();
		if (startup != null) {
			line(format(
					"| the starter adds ≤ 50 ms to context start (median of %d starts each) | %+.0f ms (%.0f → %.0f ms) "
							+ "| %s |",
					startup.rounds(), startup.addedMillis(),
					startup.readyMillis(StartupBenchmark.Variant.WITHOUT_STARTER, 0.5),
					startup.readyMillis(StartupBenchmark.Variant.WITH_STARTER, 0.5), met(startup.addedMillis() <= 50)));
		}
		else {
			line("| the starter adds ≤ 50 ms to context start | " + NOT_RUN + " | - |");
		}
		line("");
	}

	private void observation() {
		EndToEndBenchmark.Results e2e = this.results.endToEnd();
		if (e2e == null && this.results.observation().isEmpty()) {
			return;
		}
		line("## Observation overhead");
		line("");
		if (e2e != null) {
			observationEndToEnd(e2e);
		}
		observationInMemory();
	}

	private void observationEndToEnd(EndToEndBenchmark.Results e2e) {
		ThroughputRun.Result off = e2e.medians().get(0);
		ThroughputRun.Result on = e2e.medians().get(3);
		line("Our template as above, and the same with `setObservationRegistry(...)` given what an application with "
				+ "Actuator and tracing has: Micrometer Tracing's OpenTelemetry bridge over the OpenTelemetry SDK, every "
				+ "send sampled, spans batched to an exporter that drops them, the meter handler over a "
				+ "`SimpleMeterRegistry` and the starter's `EventGridSendMetricsHandler`. Each send is one observation "
				+ "and one span, and every CloudEvent carries its `traceparent`. Both ran in the interleaved rounds "
				+ "above; CPU per event is the median of the rounds.");
		line("");
		line("| template | events/s | client CPU µs/event | request body B |");
		line("|---|---:|---:|---:|");
		line(format("| observation off | %,.0f | %.3f | %,d |", off.eventsPerSecond(), off.clientCpuMicrosPerEvent(),
				off.bytesPerRequest()));
		line(format("| observation on | %,.0f | %.3f | %,d |", on.eventsPerSecond(), on.clientCpuMicrosPerEvent(),
				on.bytesPerRequest()));
		line("");
		line(format("CPU per event, on / off: **%.3fx**. Spans exported: %,d.", e2e.observationCpuRatio(),
				e2e.exportedSpans()));
		line("");
	}

	private void observationInMemory() {
		List<JmhSuite.Row> rows = this.results.observation();
		if (rows.isEmpty()) {
			return;
		}
		line("In memory (JMH, `ObservationBenchmark`, the transport of the publish path table below): one send of "
				+ "1 KiB CloudEvents, time and allocation per send, every send traced.");
		line("");
		line("| events per send | off µs/send | on µs/send | on / off | added µs/send | off alloc B | on alloc B |");
		line("|---:|---:|---:|---:|---:|---:|---:|");
		for (JmhSuite.Row off : rows) {
			if (!off.method().equals("off")) {
				continue;
			}
			rows.stream()
				.filter((row) -> row.method().equals("on") && row.batchSize() == off.batchSize())
				.findFirst()
				.ifPresent(
						(on) -> line(format("| %,d | %,.1f ± %,.1f | %,.1f ± %,.1f | %.2fx | %,.1f | %,.0f | %,.0f |",
								off.batchSize(), off.score(), off.error(), on.score(), on.error(),
								on.score() / off.score(), on.score() - off.score(), off.allocatedBytes(),
								on.allocatedBytes())));
		}
		line("");
	}

	private void startup() {
		StartupBenchmark.Results startup = this.results.startup();
		if (startup == null) {
			return;
		}
		line("## Startup");
		line("");
		line(format(
				"A plain `@SpringBootApplication` WebFlux application (Netty on port 0, nothing of its own), started "
						+ "%d times per variant, each start in a fresh JVM, the variants in turn after a warm-up start each. "
						+ "Time is Spring Boot's own: `ApplicationReadyEvent.getTimeTaken()`, from `SpringApplication.run` to "
						+ "ready; JVM up is the JVM's uptime then; main-thread CPU is the CPU time of the thread that ran "
						+ "`SpringApplication.run`, which does not count the time that thread waited for a core. The class "
						+ "path without the starter is "
						+ "`spring-boot-starter-webflux` (%d jars); with it, `eventgrid-spring-boot-starter` is added (%d jars). "
						+ "All get `eventgrid.endpoint` and `eventgrid.key`.",
				startup.rounds(), startup.jarsWithout(), startup.jarsWith()));
		line("");
		line("| application | beans | ready median ms | ready p10 ms | ready p90 ms | main-thread CPU median ms "
				+ "| JVM up median ms |");
		line("|---|---:|---:|---:|---:|---:|---:|");
		for (StartupBenchmark.Variant variant : StartupBenchmark.Variant.values()) {
			line(format("| %s | %d | %.0f | %.0f | %.0f | %.0f | %.0f |", variant.description(), startup.beans(variant),
					startup.readyMillis(variant, 0.5), startup.readyMillis(variant, 0.1),
					startup.readyMillis(variant, 0.9), startup.mainThreadCpuMillis(variant, 0.5),
					startup.uptimeMillis(variant, 0.5)));
		}
		line("");
		double excluded = startup.readyMillis(StartupBenchmark.Variant.STARTER_EXCLUDED, 0.5);
		line(format(
				"The starter adds **%+.0f ms** to the median start: %+.0f ms for its dependencies on the class path "
						+ "(auto-configurations excluded) and %+.0f ms for its auto-configurations.",
				startup.addedMillis(), excluded - startup.readyMillis(StartupBenchmark.Variant.WITHOUT_STARTER, 0.5),
				startup.readyMillis(StartupBenchmark.Variant.WITH_STARTER, 0.5) - excluded));
		line("");
		line(format(
				"Main-thread CPU added by the starter: %+.0f ms (%+.0f ms its dependencies, %+.0f ms its "
						+ "auto-configurations).",
				cpu(startup, StartupBenchmark.Variant.WITH_STARTER),
				cpu(startup, StartupBenchmark.Variant.STARTER_EXCLUDED),
				cpu(startup, StartupBenchmark.Variant.WITH_STARTER)
						- cpu(startup, StartupBenchmark.Variant.STARTER_EXCLUDED)));
		line("");
	}

	private static double cpu(StartupBenchmark.Results startup, StartupBenchmark.Variant variant) {
		return startup.mainThreadCpuMillis(variant, 0.5)
				- startup.mainThreadCpuMillis(StartupBenchmark.Variant.WITHOUT_STARTER, 0.5);
	}

	private void endToEnd() {
		EndToEndBenchmark.Results e2e = this.results.endToEnd();
		if (e2e == null) {
			return;
		}
		EndToEndBenchmark.Settings settings = e2e.settings();
		line("## End-to-end throughput");
		line("");
		line(format(
				"%d CloudEvents of %,d B data per request (%,d B body), %d requests in flight, each client warmed "
						+ "up for %d s, then %d interleaved rounds of %d s; the median round of each client is shown. "
						+ "Plain HTTP/1.1 on loopback to the sink; all three authorize with the same SAS token.",
				settings.eventsPerRequest(), settings.dataSize(), e2e.requestBytes(), settings.concurrency(),
				settings.warmupSeconds(), settings.rounds(), settings.measureSeconds()));
		line("");
		line("| client | events/s | MB/s | requests/s | p50 ms | p99 ms | client CPU µs/event | sink CPU |");
		line("|---|---:|---:|---:|---:|---:|---:|---:|");
		for (ThroughputRun.Result result : e2e.medians().subList(0, 3)) {
			throughputRow(result);
		}
		line("");
		line(format("Ratios: ours / Azure SDK = **%.2fx**, ours / raw = **%.2fx**.", ratio(e2e, 1), ratio(e2e, 2)));
		line("");
		ThroughputRun.Result ceiling = e2e.sinkCeiling();
		line(format(
				"Sink ceiling: the raw client at %d requests in flight reached %,.0f requests/s (%,.0f MB/s) "
						+ "while the sink used %.0f%% of one core: the sink alone handles about %,.0f MB/s per core, "
						+ "%.1fx the fastest run above.",
				ceiling.concurrency(), ceiling.requestsPerSecond(), ceiling.megabytesPerSecond(),
				ceiling.sinkCpuShare() * 100, ceiling.megabytesPerSecond() / ceiling.sinkCpuShare(),
				ceiling.megabytesPerSecond() / ceiling.sinkCpuShare() / fastest(e2e)));
		line("");
		line("MB = 10^6 bytes of request body. CPU is process CPU time (user + system) split between the sink's "
				+ "thread and everything else; sink CPU is the share of one core.");
		line("");
	}

	private void throughputRow(ThroughputRun.Result result) {
		line(format("| %s | %,.0f | %,.1f | %,.0f | %.2f | %.2f | %.2f | %.0f%% |", result.client(),
				result.eventsPerSecond(), result.megabytesPerSecond(), result.requestsPerSecond(),
				result.p50Nanos() / 1e6, result.p99Nanos() / 1e6, result.clientCpuMicrosPerEvent(),
				result.sinkCpuShare() * 100));
	}

	private void publishPath() {
		if (this.results.publishPath().isEmpty()) {
			return;
		}
		line("## Publish path in memory: serialization and batching (JMH, -prof gc)");
		line("");
		line("One send of a batch through each client with the socket replaced by an in-memory transport that "
				+ "takes the body and answers 200. Time and allocation per send; per event is per send divided by "
				+ "the batch size. Ours splits sends over 1 MiB into several requests; the SDK sends one request.");
		for (String schema : List.of("cloud-event", "event-grid-event")) {
			List<JmhSuite.Row> rows = this.results.publishPath()
				.stream()
				.filter((row) -> row.schema().equals(schema))
				.toList();
			if (!rows.isEmpty()) {
				publishPathTable(schema, rows);
			}
		}
	}

	private void publishPathTable(String schema, List<JmhSuite.Row> rows) {
		line("");
		line("### " + schema);
		line("");
		line("| data | batch | ours µs/send | SDK µs/send | ours ns/event | SDK ns/event | SDK time / ours | "
				+ "ours alloc / written | SDK alloc / written | body B (ours) |");
		line("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
		for (JmhSuite.Row ours : rows) {
			if (ours.isAzureSdk()) {
				continue;
			}
			JmhSuite.Row sdk = counterpart(rows, ours);
			line(format("| %s | %,d | %,.1f ± %,.1f | %s | %,.0f | %s | %s | %.2fx | %s | %,d |", size(ours.dataSize()),
					ours.batchSize(), ours.score(), ours.error(),
					(sdk != null) ? format("%,.1f ± %,.1f", sdk.score(), sdk.error()) : "-",
					ours.score() * 1000 / ours.batchSize(),
					(sdk != null) ? format("%,.0f", sdk.score() * 1000 / sdk.batchSize()) : "-",
					(sdk != null) ? format("%.2fx", sdk.score() / ours.score()) : "-", ours.allocationRatio(),
					(sdk != null) ? format("%.2fx", sdk.allocationRatio()) : "-", ours.bytesWritten()));
		}
	}

	private void serialization() {
		if (this.results.serialization().isEmpty()) {
			return;
		}
		line("");
		line("## One event to JSON bytes (JMH, -prof gc)");
		line("");
		line("Ours: the application's `JsonMapper` with our serializers, as the publisher calls it. SDK: its default "
				+ "`SerializerAdapter`, which its generated client calls for the request body.");
		line("");
		line("| schema | data | ours ns | SDK ns | SDK time / ours | ours alloc / written | SDK alloc / written "
				+ "| JSON B (ours) |");
		line("|---|---:|---:|---:|---:|---:|---:|---:|");
		for (JmhSuite.Row ours : this.results.serialization()) {
			if (ours.isAzureSdk()) {
				continue;
			}
			JmhSuite.Row sdk = counterpart(this.results.serialization(), ours);
			line(format("| %s | %s | %,.0f | %s | %s | %.2fx | %s | %,d |", ours.schema(), size(ours.dataSize()),
					ours.score(), (sdk != null) ? format("%,.0f", sdk.score()) : "-",
					(sdk != null) ? format("%.2fx", sdk.score() / ours.score()) : "-", ours.allocationRatio(),
					(sdk != null) ? format("%.2fx", sdk.allocationRatio()) : "-", ours.bytesWritten()));
		}
		line("");
	}

	private void streaming() {
		StreamingBenchmark.Result result = this.results.streaming();
		if (result == null) {
			return;
		}
		line("## Streaming send");
		line("");
		line(format(
				"One `send(Flux)` of %,d CloudEvents of %,d B data through our template, %d requests in "
						+ "flight, in a JVM limited to %,.0f MB of heap:",
				result.events(), result.dataSize(), result.concurrency(), result.maxHeapBytes() / 1e6));
		line("");
		line("| events | requests | body MB | seconds | events/s | peak heap MB | GCs | GC ms |");
		line("|---:|---:|---:|---:|---:|---:|---:|---:|");
		line(format("| %,d | %,d | %,.0f | %.1f | %,.0f | %.1f | %d | %d |", result.events(), result.requests(),
				result.bytes() / 1e6, result.nanos() / 1e9, result.eventsPerSecond(), result.peakHeapBytes() / 1e6,
				result.gcCount(), result.gcMillis()));
		line("");
		line("Peak heap is the highest heap use sampled every millisecond during the send.");
		line("");
	}

	private static JmhSuite.@Nullable Row counterpart(List<JmhSuite.Row> rows, JmhSuite.Row ours) {
		return rows.stream()
			.filter((row) -> row.isAzureSdk() && row.schema().equals(ours.schema()) && row.dataSize() == ours.dataSize()
					&& row.batchSize() == ours.batchSize())
			.findFirst()
			.orElse(null);
	}

	private static double ratio(EndToEndBenchmark.Results e2e, int other) {
		return e2e.medians().get(0).eventsPerSecond() / e2e.medians().get(other).eventsPerSecond();
	}

	private static double fastest(EndToEndBenchmark.Results e2e) {
		return e2e.medians().stream().mapToDouble(ThroughputRun.Result::megabytesPerSecond).max().orElse(1);
	}

	private static String size(int bytes) {
		return (bytes >= 1024) ? (bytes / 1024) + " KiB" : bytes + " B";
	}

	private static String met(boolean met) {
		return met ? "yes" : "**no**";
	}

	private static String minutes(Duration duration) {
		return format("%d min %02d s", duration.toMinutes(), duration.toSecondsPart());
	}

	private static String format(String format, Object... args) {
		return String.format(Locale.ROOT, format, args);
	}

	private void line(String text) {
		this.out.append(text).append('\n');
	}

	/**
	 * Everything one suite run measured.
	 *
	 * @param machine what it ran on
	 * @param command the command that ran it
	 * @param date when it started
	 * @param elapsed how long it took
	 * @param serialization the per-event serialization rows
	 * @param publishPath the in-memory send rows
	 * @param observation the in-memory send rows with observation off and on
	 * @param endToEnd the throughput results, if run
	 * @param streaming the streaming result, if run
	 * @param startup the startup results, if run
	 */
	public record Results(String machine, String command, Instant date, Duration elapsed,
			List<JmhSuite.Row> serialization, List<JmhSuite.Row> publishPath, List<JmhSuite.Row> observation,
			EndToEndBenchmark.@Nullable Results endToEnd, StreamingBenchmark.@Nullable Result streaming,
			StartupBenchmark.@Nullable Results startup) {

	}

}
