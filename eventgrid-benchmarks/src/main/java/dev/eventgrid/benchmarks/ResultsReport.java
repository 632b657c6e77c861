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
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import io.netty.handler.ssl.SslContext;
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
		line("- Date: " + this.results.date() + ", suite time " + minutes(this.results.elapsed()) + parts());
		line("");
		targets();
		endToEnd();
		observation();
		throttled();
		coldStart();
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
			double sdk = e2e.throughputRatio(LoadClient.OURS, LoadClient.AZURE_SDK);
			double bare = e2e.throughputRatio(LoadClient.OURS, LoadClient.BARE_WEB_CLIENT);
			line("| end-to-end throughput, 100 x 1 KiB CloudEvents per request, fresh events, ≥ 2.0x the Azure SDK | "
					+ format("%.2fx", sdk) + " | " + met(sdk >= 2.0) + " |");
			line("| same, ≥ 0.8x a bare WebClient posting the same pre-serialized bytes | " + format("%.2fx", bare)
					+ " | " + met(bare >= 0.8) + " |");
			line("| same, against the raw Reactor Netty floor (reported, not a target) | "
					+ format("%.2fx", e2e.throughputRatio(LoadClient.OURS, LoadClient.RAW)) + " | - |");
			line("| same over TLS (reported): ours / SDK, ours / bare WebClient | "
					+ format("%.2fx, %.2fx", e2e.tlsThroughputRatio(LoadClient.OURS, LoadClient.AZURE_SDK),
							e2e.tlsThroughputRatio(LoadClient.OURS, LoadClient.BARE_WEB_CLIENT))
					+ " | - |");
			double own = e2e.cpuRatio(LoadClient.OURS_NOOP_HANDLER, LoadClient.OURS);
			line("| our own instrumentation (b / a, no-op handler / off) ≤ 5% more client CPU per event | "
					+ format("%.3fx (%+.1f%%)", own, (own - 1) * 100) + " | " + met(own <= 1.05) + " |");
			double fully = e2e.medianCpu(LoadClient.OBSERVED) / e2e.medianCpu(LoadClient.AZURE_SDK_TRACED);
			line("| fully observed (c, Actuator + OpenTelemetry) no more CPU per event than the SDK traced (d) | "
					+ format("%.2fx (%.2f vs %.2f µs/event)", fully, e2e.medianCpu(LoadClient.OBSERVED),
							e2e.medianCpu(LoadClient.AZURE_SDK_TRACED))
					+ " | " + met(fully <= 1.0) + " |");
		}
		else {
			line("| end-to-end throughput and observation | " + NOT_RUN + " | - |");
		}
		inMemoryInstrumentation(e2e);
		Optional<JmhSuite.Row> send = this.results.publishPath()
			.stream()
			.filter((row) -> !row.isAzureSdk() && row.schema().equals("cloud-event") && row.dataSize() == 1024
					&& row.batchSize() == 100)
			.findFirst();
		if (send.isPresent()) {
			double ratio = send.get().sendAllocationRatio();
			line("| serialization and batching allocate ≤ 1.5x the bytes written (one send of 100 x 1 KiB "
					+ "CloudEvents, building the events excluded) | " + format("%.2fx", ratio) + " | "
					+ met(ratio <= 1.5) + " |");
		}
		else {
			line("| serialization allocation ≤ 1.5x the bytes written | " + NOT_RUN + " | - |");
		}
		throttledTarget();
		coldStartTarget();
		StartupBenchmark.Results startup = this.results.startup();
		if (startup != null) {
			double ready = startup.addedShare(StartupBenchmark.Run::readyMillis);
			double cpu = startup.addedShare(StartupBenchmark.Run::mainThreadCpuMillis);
			line(format("| the starter adds ≤ 2%% to a plain WebFlux application's ready time and main-thread CPU "
					+ "(medians of %d interleaved starts each) | ready %+.1f%% (%+.0f ms), CPU %+.1f%% (%+.0f ms); "
					+ "counted: %+.0f classes loaded (%+.1f%%) | %s |", startup.rounds(), ready * 100,
					startup.addedMillis(), cpu * 100, cpu(startup, StartupBenchmark.Variant.WITH_STARTER),
					addedClasses(startup), startup.addedShare(StartupBenchmark.Run::loadedClasses) * 100,
					met(ready <= 0.02 && cpu <= 0.02)));
		}
		else {
			line("| the starter adds ≤ 2% to a plain application's start | " + NOT_RUN + " | - |");
		}
		line("");
	}

	private void throttledTarget() {
		ThrottledBacklogBenchmark.Results throttled = this.results.throttled();
		if (throttled == null) {
			line("| a backlog to a throttled topic drains within 1.15x the ideal time, nothing lost, 429s ≤ 5% of "
					+ "requests | " + NOT_RUN + " | - |");
			return;
		}
		ThrottledBacklogBenchmark.Run ours = throttled.ours();
		line(format(
				"| a backlog of %,d CloudEvents to a throttled topic drains within 1.15x the ideal time, nothing "
						+ "lost, 429s ≤ 5%% of requests | %.2fx, %,d lost, %.1f%% 429s (%d of %d) | %s |",
				throttled.settings().events(), ours.drainRatio(), ours.lost(), ours.throttledShare() * 100,
				ours.throttled(), ours.requests(),
				met(ours.drainRatio() <= 1.15 && ours.lost() == 0 && ours.throttledShare() <= 0.05)));
	}

	private void throttled() {
		ThrottledBacklogBenchmark.Results throttled = this.results.throttled();
		if (throttled == null) {
			return;
		}
		ThrottledBacklogBenchmark.Settings settings = throttled.settings();
		line("## Throttled topic");
		line("");
		line(format("A backlog of %,d CloudEvents of %,d B data sent to an emulator topic that accepts %,d events "
				+ "or %,d bytes a second (a token bucket of one second each, 429 beyond, no retry delay announced, "
				+ "as the service documents none), over HTTPS: ours in one `send(Flux)`, the Azure SDK in requests "
				+ "of %d events, both %d requests in flight, each with its default retry settings and a topic of "
				+ "its own. Ours packs %d events per request too. Ideal: the accepted events and bytes over the "
				+ "limits (the bucket's first second is part of it, so a client can beat it by up to a second).",
				settings.events(), settings.dataSize(), settings.eventsPerSecond(), settings.bytesPerSecond(),
				settings.eventsPerRequest(), settings.concurrency(), settings.eventsPerRequest()));
		line("");
		line("| client | seconds | ideal s | drain / ideal | requests | 429s | 429s of requests | accepted | lost "
				+ "| reported not sent |");
		line("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
		throttledRow("ours (ReactiveEventGridTemplate, send(Flux))", throttled.ours());
		throttledRow("Azure SDK (EventGridPublisherAsyncClient)", throttled.azureSdk());
		line("");
	}

	private void throttledRow(String client, ThrottledBacklogBenchmark.Run run) {
		line(format("| %s | %.1f | %.1f | %.2fx | %,d | %,d | %.1f%% | %,d | %,d | %,d |", client, run.seconds(),
				run.idealSeconds(), run.drainRatio(), run.requests(), run.throttled(), run.throttledShare() * 100,
				run.accepted(), run.lost(), run.reportedFailed()));
	}

	private void coldStartTarget() {
		ColdStartBenchmark.Results coldStart = this.results.coldStart();
		if (coldStart == null) {
			line("| cold start to the first accepted event ≤ 0.8x the same application on Spring Cloud Azure | "
					+ NOT_RUN + " | - |");
			return;
		}
		double ratio = coldStart.ratio();
		line(format(
				"| cold start to the first accepted event ≤ 0.8x the same application on Spring Cloud Azure "
						+ "(medians of %d interleaved starts each) | %.2fx (%.0f vs %.0f ms) | %s |",
				coldStart.rounds(), ratio,
				coldStart.percentile(ColdStartBenchmark.Variant.OURS, ColdStartBenchmark.Run::acceptedMillis, 0.5),
				coldStart.percentile(ColdStartBenchmark.Variant.SPRING_CLOUD_AZURE,
						ColdStartBenchmark.Run::acceptedMillis, 0.5),
				met(ratio <= 0.8)));
	}

	private void coldStart() {
		ColdStartBenchmark.Results coldStart = this.results.coldStart();
		if (coldStart == null) {
			return;
		}
		line("## Cold start to the first event");
		line("");
		line(format("A WebFlux application that sends one CloudEvent to the emulator over HTTPS when it is ready%s, "
				+ "each start in a fresh JVM, %d starts per application after a warm-up start each, the applications "
				+ "in turn. Time is from starting the process to the emulator's acceptance of the event; ready is "
				+ "Spring Boot's `ApplicationReadyEvent.getTimeTaken()`; send is the send call until its answer. "
				+ "Ours uses the starter with `eventgrid.endpoint` and `eventgrid.key`; the other the same "
				+ "application on Spring Cloud Azure's auto-configured `EventGridPublisherAsyncClient` "
				+ "(`spring-cloud-azure-autoconfigure` 7.3.0, `azure-identity`, `azure-messaging-eventgrid` 4.31.5; "
				+ "`spring.cloud.azure.eventgrid.endpoint`, `.key`, `.event-schema=CLOUD_EVENT`). Both trust the "
				+ "emulator's certificate through `javax.net.ssl.trustStore`.",
				(coldStart.sendDelayMillis() > 0) ? " (after " + coldStart.sendDelayMillis() + " ms)" : "",
				coldStart.rounds()));
		line("");
		line("| application | to first event median ms | p90 ms | ready median ms | send median ms | send p90 ms "
				+ "| process CPU before the send ms | during the send ms |");
		line("|---|---:|---:|---:|---:|---:|---:|---:|");
		for (ColdStartBenchmark.Variant variant : coldStart.variants()) {
			line(format("| %s | %.0f | %.0f | %.0f | %.1f | %.1f | %.0f | %.0f |", variant.description(),
					coldStart.percentile(variant, ColdStartBenchmark.Run::acceptedMillis, 0.5),
					coldStart.percentile(variant, ColdStartBenchmark.Run::acceptedMillis, 0.9),
					coldStart.percentile(variant, ColdStartBenchmark.Run::readyMillis, 0.5),
					coldStart.percentile(variant, ColdStartBenchmark.Run::sendMillis, 0.5),
					coldStart.percentile(variant, ColdStartBenchmark.Run::sendMillis, 0.9),
					coldStart.percentile(variant, ColdStartBenchmark.Run::cpuBeforeSendMillis, 0.5),
					coldStart.percentile(variant, ColdStartBenchmark.Run::sendCpuMillis, 0.5)));
		}
		line("");
		line(format("Ours / Spring Cloud Azure, median time to the first accepted event: **%.2fx**.",
				coldStart.ratio()));
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
		line("In the same interleaved rounds as above: (a) our template unobserved; (b) the same with a registry whose "
				+ "only handler does nothing but hand each send a fixed `traceparent`, as a tracer would: what our own "
				+ "instrumentation costs (contexts, conventions, the `traceparent` of every CloudEvent); (c) the same "
				+ "with what an application with Actuator and tracing has, for the template and its WebClient as the "
				+ "starter configures them: Micrometer Tracing's OpenTelemetry bridge over the OpenTelemetry SDK, "
				+ "every send sampled, spans batched to an exporter that drops them, the meter handler over a "
				+ "`SimpleMeterRegistry` and the starter's `EventGridSendMetricsHandler`; (d) the Azure SDK with "
				+ "`azure-core-tracing-opentelemetry` over the same OpenTelemetry SDK and exporter; (e) the Azure SDK "
				+ "without tracing. CPU per event is the median of the rounds.");
		line("");
		line("| client | events/s | client CPU µs/event | request body B |");
		line("|---|---:|---:|---:|");
		for (String client : List.of(LoadClient.OURS, LoadClient.OURS_NOOP_HANDLER, LoadClient.OBSERVED,
				LoadClient.AZURE_SDK_TRACED, LoadClient.AZURE_SDK)) {
			ThroughputRun.Result result = e2e.http(client);
			line(format("| %s | %,.0f | %.3f | %,d |", client, result.eventsPerSecond(), e2e.medianCpu(client),
					result.bytesPerRequest()));
		}
		line("");
		line(format(
				"CPU per event: (b) / (a) **%.3fx**, (c) / (a) **%.3fx**, (d) / (e) **%.3fx**; (c) vs (d) "
						+ "**%+.3f µs per event** (%.2fx). Spans exported: ours %,d, the Azure SDK's %,d.",
				e2e.cpuRatio(LoadClient.OURS_NOOP_HANDLER, LoadClient.OURS),
				e2e.cpuRatio(LoadClient.OBSERVED, LoadClient.OURS),
				e2e.cpuRatio(LoadClient.AZURE_SDK_TRACED, LoadClient.AZURE_SDK),
				e2e.medianCpu(LoadClient.OBSERVED) - e2e.medianCpu(LoadClient.AZURE_SDK_TRACED),
				e2e.cpuRatio(LoadClient.OBSERVED, LoadClient.AZURE_SDK_TRACED), e2e.exportedSpans(),
				e2e.sdkExportedSpans()));
		line("");
	}

	private void observationInMemory() {
		List<JmhSuite.Row> rows = this.results.observation();
		if (rows.isEmpty()) {
			return;
		}
		line("In memory (JMH, `ObservationBenchmark`, the transport of the publish path table below): one send of "
				+ "1 KiB CloudEvents, time and allocation per send, every send observed; no-op is (b) above, our own "
				+ "instrumentation without a network round's noise, Actuator is (c).");
		line("");
		line("| observed by | events per send | off µs/send | on µs/send | on / off | added µs/send | off alloc B "
				+ "| on alloc B |");
		line("|---|---:|---:|---:|---:|---:|---:|---:|");
		for (JmhSuite.Row off : rows) {
			if (!off.method().startsWith("off@")) {
				continue;
			}
			String registry = off.method().substring("off@".length());
			inMemoryObserved(rows, registry, off.batchSize()).ifPresent(
					(on) -> line(format("| %s | %,d | %,.1f ± %,.1f | %,.1f ± %,.1f | %.3fx | %,.1f | %,.0f | %,.0f |",
							registry.equals("no-op") ? "no-op handler (b)" : "Actuator + OpenTelemetry (c)",
							off.batchSize(), off.score(), off.error(), on.score(), on.error(), on.score() / off.score(),
							on.score() - off.score(), off.allocatedBytes(), on.allocatedBytes())));
		}
		line("");
	}

	/**
	 * The row of what our own instrumentation adds to a send in memory, where no network
	 * round's noise hides a few microseconds, set against the client CPU that an
	 * unobserved send of the same 100 events costs end to end in the same run.
	 * @param e2e the end-to-end results, or {@code null} if not run
	 */
	private void inMemoryInstrumentation(EndToEndBenchmark.@Nullable Results e2e) {
		List<JmhSuite.Row> rows = this.results.observation();
		rows.stream()
			.filter((off) -> off.method().equals("off@no-op") && off.batchSize() == 100)
			.findFirst()
			.ifPresent((off) -> inMemoryObserved(rows, "no-op", 100).ifPresent((on) -> {
				double added = on.score() - off.score();
				String share = (e2e != null) ? format(", %+.1f%% of (a)'s %.0f µs of client CPU per send end to end",
						added / (e2e.medianCpu(LoadClient.OURS) * 100) * 100, e2e.medianCpu(LoadClient.OURS) * 100)
						: "";
				line("| our own instrumentation in memory (JMH, reported): what (b) adds to one send of 100 x 1 KiB "
						+ "CloudEvents | " + format("%+.1f ± %.1f µs/send (%.3fx the in-memory send)", added,
								on.error() + off.error(), on.score() / off.score())
						+ share + " | - |");
			}));
	}

	private static Optional<JmhSuite.Row> inMemoryObserved(List<JmhSuite.Row> rows, String registry, int batchSize) {
		return rows.stream()
			.filter((row) -> row.method().equals("on@" + registry) && row.batchSize() == batchSize)
			.findFirst();
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
						+ "`SpringApplication.run`, which does not count the time that thread waited for a core; classes "
						+ "are those the JVM had loaded then, counted work that does not vary with the machine's speed "
						+ "or load as the times do. The class path without the starter is "
						+ "`spring-boot-starter-webflux` (%d jars); with it, `eventgrid-spring-boot-starter` is added (%d jars). "
						+ "All get `eventgrid.endpoint` and `eventgrid.key`.",
				startup.rounds(), startup.jarsWithout(), startup.jarsWith()));
		line("");
		line("| application | beans | ready median ms | ready p10 ms | ready p90 ms | main-thread CPU median ms "
				+ "| JVM up median ms | classes loaded median |");
		line("|---|---:|---:|---:|---:|---:|---:|---:|");
		for (StartupBenchmark.Variant variant : StartupBenchmark.Variant.values()) {
			line(format("| %s | %d | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f |", variant.description(),
					startup.beans(variant), startup.readyMillis(variant, 0.5), startup.readyMillis(variant, 0.1),
					startup.readyMillis(variant, 0.9), startup.mainThreadCpuMillis(variant, 0.5),
					startup.uptimeMillis(variant, 0.5), startup.loadedClasses(variant)));
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
		double classesExcluded = startup.loadedClasses(StartupBenchmark.Variant.STARTER_EXCLUDED);
		line(format(
				"Classes loaded before ready added by the starter: %+.0f (%+.1f%%; %+.0f its dependencies, %+.0f its "
						+ "auto-configurations).",
				addedClasses(startup), startup.addedShare(StartupBenchmark.Run::loadedClasses) * 100,
				classesExcluded - startup.loadedClasses(StartupBenchmark.Variant.WITHOUT_STARTER),
				startup.loadedClasses(StartupBenchmark.Variant.WITH_STARTER) - classesExcluded));
		line("");
	}

	private static double addedClasses(StartupBenchmark.Results startup) {
		return startup.loadedClasses(StartupBenchmark.Variant.WITH_STARTER)
				- startup.loadedClasses(StartupBenchmark.Variant.WITHOUT_STARTER);
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
						+ "Every request of ours and of the SDK carries events built anew from the same generated "
						+ "inputs, so both encode the data on every send; the bare WebClient and the raw client post "
						+ "bytes serialized once. All authorize with the same SAS token.",
				settings.eventsPerRequest(), settings.dataSize(), e2e.requestBytes(), settings.concurrency(),
				settings.warmupSeconds(), settings.rounds(), settings.measureSeconds()));
		line("");
		line("Plain HTTP/1.1 on loopback:");
		line("");
		line("| client | events/s | MB/s | requests/s | p50 ms | p99 ms | client CPU µs/event | sink CPU |");
		line("|---|---:|---:|---:|---:|---:|---:|---:|");
		for (String client : List.of(LoadClient.OURS, LoadClient.AZURE_SDK, LoadClient.BARE_WEB_CLIENT,
				LoadClient.RAW)) {
			throughputRow(e2e.http(client));
		}
		line("");
		line(format("Ratios: ours / Azure SDK = **%.2fx**, ours / bare WebClient = **%.2fx**, ours / raw = %.2fx.",
				e2e.throughputRatio(LoadClient.OURS, LoadClient.AZURE_SDK),
				e2e.throughputRatio(LoadClient.OURS, LoadClient.BARE_WEB_CLIENT),
				e2e.throughputRatio(LoadClient.OURS, LoadClient.RAW)));
		line("");
		if (!e2e.tls().isEmpty()) {
			line("HTTPS on loopback (TLS 1.3 with Netty's default provider on this class path, "
					+ SslContext.defaultClientProvider() + ", for the sink and every client; the sink's self-signed "
					+ "certificate trusted by each client), in interleaved rounds of their own:");
			line("");
			line("| client | events/s | MB/s | requests/s | p50 ms | p99 ms | client CPU µs/event | sink CPU |");
			line("|---|---:|---:|---:|---:|---:|---:|---:|");
			for (String client : e2e.tls().keySet()) {
				throughputRow(e2e.tls(client));
			}
			line("");
			line(format("Ratios over TLS: ours / Azure SDK = **%.2fx**, ours / bare WebClient = **%.2fx**.",
					e2e.tlsThroughputRatio(LoadClient.OURS, LoadClient.AZURE_SDK),
					e2e.tlsThroughputRatio(LoadClient.OURS, LoadClient.BARE_WEB_CLIENT)));
			line("");
		}
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
				+ "takes the body and answers 200. Each send builds its events anew from the same generated inputs. "
				+ "Time and allocation per send, building the events included; per event is per send divided by "
				+ "the batch size. Allocation is also shown without what building the events allocates (measured "
				+ "apart with the thread's allocation counter): what serialization, batching and sending "
				+ "allocate. Ours splits sends over 1 MiB into several requests; the SDK sends one request.");
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
				+ "ours alloc / written | SDK alloc / written | without building: ours | SDK | body B (ours) |");
		line("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
		for (JmhSuite.Row ours : rows) {
			if (ours.isAzureSdk()) {
				continue;
			}
			JmhSuite.Row sdk = counterpart(rows, ours);
			line(format("| %s | %,d | %,.1f ± %,.1f | %s | %,.0f | %s | %s | %.2fx | %s | %.2fx | %s | %,d |",
					size(ours.dataSize()), ours.batchSize(), ours.score(), ours.error(),
					(sdk != null) ? format("%,.1f ± %,.1f", sdk.score(), sdk.error()) : "-",
					ours.score() * 1000 / ours.batchSize(),
					(sdk != null) ? format("%,.0f", sdk.score() * 1000 / sdk.batchSize()) : "-",
					(sdk != null) ? format("%.2fx", sdk.score() / ours.score()) : "-", ours.allocationRatio(),
					(sdk != null) ? format("%.2fx", sdk.allocationRatio()) : "-", ours.sendAllocationRatio(),
					(sdk != null) ? format("%.2fx", sdk.sendAllocationRatio()) : "-", ours.bytesWritten()));
		}
	}

	private void serialization() {
		if (this.results.serialization().isEmpty()) {
			return;
		}
		line("");
		line("## One event to JSON bytes (JMH, -prof gc)");
		line("");
		line("Building one event from the same inputs and serializing it. Ours: the application's `JsonMapper` with "
				+ "our serializers, as the publisher calls it. SDK: its default `SerializerAdapter`, which its "
				+ "generated client calls for the request body.");
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

	private static double fastest(EndToEndBenchmark.Results e2e) {
		return e2e.http()
			.keySet()
			.stream()
			.mapToDouble((client) -> e2e.http(client).megabytesPerSecond())
			.max()
			.orElse(1);
	}

	private static String size(int bytes) {
		return (bytes >= 1024) ? (bytes / 1024) + " KiB" : bytes + " B";
	}

	private static String met(boolean met) {
		return met ? "yes" : "**no**";
	}

	private String parts() {
		StringJoiner parts = new StringJoiner(", ", " (", ")").setEmptyValue("");
		this.results.parts().forEach((name, time) -> parts.add(name + " " + minutes(time)));
		return parts.toString();
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
	 * @param parts how long each part that ran took, by its {@code --skip} name, in the
	 * order run
	 * @param serialization the per-event serialization rows
	 * @param publishPath the in-memory send rows
	 * @param observation the in-memory send rows with observation off and on
	 * @param endToEnd the throughput results, if run
	 * @param streaming the streaming result, if run
	 * @param throttled the throttled backlog results, if run
	 * @param coldStart the cold start results, if run
	 * @param startup the startup results, if run
	 */
	public record Results(String machine, String command, Instant date, Duration elapsed, Map<String, Duration> parts,
			List<JmhSuite.Row> serialization, List<JmhSuite.Row> publishPath, List<JmhSuite.Row> observation,
			EndToEndBenchmark.@Nullable Results endToEnd, StreamingBenchmark.@Nullable Result streaming,
			ThrottledBacklogBenchmark.@Nullable Results throttled, ColdStartBenchmark.@Nullable Results coldStart,
			StartupBenchmark.@Nullable Results startup) {

	}

}
