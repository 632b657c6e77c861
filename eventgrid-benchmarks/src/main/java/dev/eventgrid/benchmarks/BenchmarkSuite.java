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

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the whole benchmark suite and writes its markdown report: the JMH benchmarks, the
 * end-to-end throughput comparison with the observation overhead, the streaming send and
 * the throttled backlog, each in its own JVM, and the cold start and startup comparisons,
 * a JVM per start. Options: {@code --output=FILE} (default {@code results/latest.md}),
 * {@code --command=TEXT} (shown in the report), {@code --quick} (a short smoke run),
 * {@code --full} (every JMH parameter for both schemas, and the in-memory observation
 * benchmark with Actuator's handlers too),
 * {@code --skip=jmh,e2e,stream,throttle,coldstart,startup}, {@code --e2e-rounds=N}
 * (interleaved rounds of the end-to-end clients, 4 by default),
 * {@code --cold-start-rounds=N} (starts per application, 20 by default),
 * {@code --cold-start-warm-up-off} (adds our application with its warm-up off),
 * {@code --cold-start-send-delay=MS} (send that long after ready rather than at once),
 * {@code --startup-rounds=N} (starts per variant, 8 by default: more narrow the median
 * down, at about 7 seconds a round).
 *
 * @author Event Grid for Spring Boot team
 */
public final class BenchmarkSuite {

	private static final String[] DATA_SIZES = { "100", "1024", "65536" };

	private static final String[] BATCH_SIZES = { "1", "10", "100", "1000" };

	private final Path output;

	private final String command;

	private final boolean quick;

	private final boolean full;

	private final Set<String> skip;

	private final int startupRounds;

	private final int coldStartRounds;

	private final long coldStartSendDelay;

	private final boolean coldStartAllVariants;

	private final int e2eRounds;

	private BenchmarkSuite(String[] args) {
		Path output = Path.of("results", "latest.md");
		String command = "java -jar eventgrid-benchmarks/target/benchmarks.jar " + String.join(" ", args);
		boolean quick = false;
		boolean full = false;
		Set<String> skip = Collections.emptySet();
		Integer startupRounds = null;
		Integer coldStartRounds = null;
		Integer e2eRounds = null;
		long coldStartSendDelay = 0;
		boolean coldStartAllVariants = false;
		for (String arg : args) {
			if (arg.startsWith("--output=")) {
				output = Path.of(arg.substring("--output=".length()));
			}
			else if (arg.startsWith("--command=")) {
				command = arg.substring("--command=".length());
			}
			else if (arg.startsWith("--skip=")) {
				skip = Set.of(arg.substring("--skip=".length()).split(","));
			}
			else if (arg.startsWith("--startup-rounds=")) {
				startupRounds = positive(arg, "--startup-rounds=");
			}
			else if (arg.startsWith("--cold-start-rounds=")) {
				coldStartRounds = positive(arg, "--cold-start-rounds=");
			}
			else if (arg.startsWith("--cold-start-send-delay=")) {
				coldStartSendDelay = positive(arg, "--cold-start-send-delay=");
			}
			else if (arg.equals("--cold-start-warm-up-off")) {
				coldStartAllVariants = true;
			}
			else if (arg.startsWith("--e2e-rounds=")) {
				e2eRounds = positive(arg, "--e2e-rounds=");
			}
			else if (arg.equals("--quick") || arg.equals("--full")) {
				quick |= arg.equals("--quick");
				full |= arg.equals("--full");
			}
			else {
				throw new IllegalArgumentException("Unknown option '" + arg + "'; see the Javadoc of BenchmarkSuite");
			}
		}
		this.output = output;
		this.command = command;
		this.quick = quick;
		this.full = full;
		this.skip = skip;
		this.startupRounds = (startupRounds != null) ? startupRounds : (quick ? 3 : 8);
		this.coldStartRounds = (coldStartRounds != null) ? coldStartRounds : (quick ? 2 : 20);
		this.coldStartSendDelay = coldStartSendDelay;
		this.coldStartAllVariants = coldStartAllVariants;
		this.e2eRounds = (e2eRounds != null) ? e2eRounds : (quick ? 1 : 4);
	}

	private static int positive(String arg, String option) {
		String value = arg.substring(option.length());
		try {
			int number = Integer.parseInt(value);
			if (number > 0) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new IllegalArgumentException(
				option.substring(0, option.length() - 1) + " takes a positive number, such as 40, not '" + value + "'");
	}

	/**
	 * Run the suite.
	 * @param args the options
	 * @throws Exception if a benchmark fails
	 */
	public static void main(String[] args) throws Exception {
		new BenchmarkSuite(args).run();
	}

	private void run() throws Exception {
		Instant start = Instant.now();
		String loadBefore = MachineInfo.loadAverage();
		Path work = Files.createTempDirectory("eventgrid-benchmarks");
		List<JmhSuite.Row> serialization = new ArrayList<>();
		List<JmhSuite.Row> publishPath = new ArrayList<>();
		List<JmhSuite.Row> observation = new ArrayList<>();
		Map<String, Duration> parts = new LinkedHashMap<>();
		timed(parts, "jmh", () -> {
			runJmh(serialization, publishPath, observation);
			return Boolean.TRUE;
		});
		EndToEndBenchmark.Results endToEnd = timed(parts, "e2e", () -> runEndToEnd(work));
		StreamingBenchmark.Result streaming = timed(parts, "stream", () -> runStreaming(work));
		ThrottledBacklogBenchmark.Results throttled = timed(parts, "throttle", () -> runThrottled(work));
		ColdStartBenchmark.Results coldStart = timed(parts, "coldstart", this::runColdStart);
		StartupBenchmark.Results startup = timed(parts, "startup", this::runStartup);
		String machine = MachineInfo.describe() + ", load average " + loadBefore + " before and "
				+ MachineInfo.loadAverage() + " after";
		ResultsReport.Results results = new ResultsReport.Results(machine, this.command,
				start.truncatedTo(ChronoUnit.SECONDS), Duration.between(start, Instant.now()), parts, serialization,
				publishPath, observation, endToEnd, streaming, throttled, coldStart, startup);
		String markdown = ResultsReport.render(results);
		Path parent = this.output.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		Files.writeString(this.output, markdown);
		System.out.println();
		System.out.println(markdown);
		System.out.println("Written to " + this.output.toAbsolutePath());
	}

	/**
	 * Run a part of the suite unless it is skipped, and note how long it took: the suite
	 * is to stay under ten minutes, and the report says where the time goes.
	 * @param <T> the type of the part's results
	 * @param parts where the time is noted, by the part's name
	 * @param name the part's name, as {@code --skip} knows it
	 * @param part what runs the part
	 * @return the part's results, or {@code null} if it was skipped or had nothing to run
	 * @throws Exception if the part fails
	 */
	private <T> @Nullable T timed(Map<String, Duration> parts, String name, Callable<@Nullable T> part)
			throws Exception {
		if (this.skip.contains(name)) {
			return null;
		}
		Instant start = Instant.now();
		T result = part.call();
		parts.put(name, Duration.between(start, Instant.now()));
		return result;
	}

	private void runJmh(List<JmhSuite.Row> serialization, List<JmhSuite.Row> publishPath,
			List<JmhSuite.Row> observation) throws Exception {
		// On 2 cores the JIT takes seconds to settle: 6 s of warm-up before 2 s measured.
		JmhSuite jmh = this.quick ? new JmhSuite(1, 1, TimeValue.milliseconds(200), TimeValue.milliseconds(200))
				: new JmhSuite(8, 4, TimeValue.milliseconds(750), TimeValue.milliseconds(500));
		String[] kib = { "1024" };
		if (this.full) {
			serialization.addAll(jmh.eventSerialization(DATA_SIZES));
			publishPath.addAll(jmh.publishPath("cloud-event", DATA_SIZES, BATCH_SIZES));
			publishPath.addAll(jmh.publishPath("event-grid-event", DATA_SIZES, BATCH_SIZES));
			observation.addAll(jmh.observation("actuator", "100", "1000"));
			observation.addAll(jmh.observation("no-op", "100", "1000"));
			return;
		}
		// The default run keeps to what the targets are about, 100 events of 1 KiB a send
		// (other sizes with --full), and so to under ten minutes.
		serialization.addAll(jmh.eventSerialization(kib));
		publishPath.addAll(jmh.publishPath("cloud-event", kib, new String[] { "100" }));
		publishPath.addAll(jmh.publishPath("event-grid-event", kib, new String[] { "100" }));
		// What our own instrumentation costs, without the noise of a network round.
		observation.addAll(jmh.observation("no-op", "100"));
	}

	private EndToEndBenchmark.Results runEndToEnd(Path work) throws IOException, InterruptedException {
		Path file = work.resolve("end-to-end.json");
		EndToEndBenchmark.Settings settings = this.quick
				? new EndToEndBenchmark.Settings(file, 100, 1024, 8, 1, 1, this.e2eRounds)
				: new EndToEndBenchmark.Settings(file, 100, 1024, 8, 2, 3, this.e2eRounds);
		fork(List.of("-Xms1g", "-Xmx1g"), EndToEndBenchmark.class, settings.toArgs());
		return EndToEndBenchmark.JSON.readValue(file.toFile(), EndToEndBenchmark.Results.class);
	}

	private StreamingBenchmark.@Nullable Result runStreaming(Path work) throws IOException, InterruptedException {
		Path file = work.resolve("streaming.json");
		String events = this.quick ? "100000" : "1000000";
		fork(List.of("-Xmx64m"), StreamingBenchmark.class, List.of(file.toString(), events, "1024", "4"));
		return EndToEndBenchmark.JSON.readValue(file.toFile(), StreamingBenchmark.Result.class);
	}

	private ThrottledBacklogBenchmark.@Nullable Results runThrottled(Path work)
			throws IOException, InterruptedException {
		Path file = work.resolve("throttled.json");
		// Event Grid's 5,000 events a second, and 2 MB a second rather than 1 so that the
		// 25 MB backlog drains in about 12 seconds per client.
		ThrottledBacklogBenchmark.Settings settings = this.quick
				? new ThrottledBacklogBenchmark.Settings(4_000, 1024, 100, 4, 5_000, 1_000_000)
				: new ThrottledBacklogBenchmark.Settings(20_000, 1024, 100, 4, 5_000, 2_000_000);
		fork(List.of("-Xmx1g"), ThrottledBacklogBenchmark.class, settings.toArgs(file));
		return EndToEndBenchmark.JSON.readValue(file.toFile(), ThrottledBacklogBenchmark.Results.class);
	}

	private ColdStartBenchmark.@Nullable Results runColdStart() throws IOException, InterruptedException {
		List<ColdStartBenchmark.Variant> variants = this.coldStartAllVariants
				? List.of(ColdStartBenchmark.Variant.values())
				: List.of(ColdStartBenchmark.Variant.OURS, ColdStartBenchmark.Variant.SPRING_CLOUD_AZURE);
		ColdStartBenchmark.Settings settings = ColdStartBenchmark.Settings.nextTo(
				Path.of(System.getProperty("java.class.path").split(File.pathSeparator)[0]), this.coldStartRounds,
				this.coldStartSendDelay, variants);
		if (settings == null) {
			System.out.println("# ColdStartBenchmark skipped: run.sh builds its class paths (target/startup)");
			return null;
		}
		System.out.println("# ColdStartBenchmark, " + settings.rounds() + " rounds");
		return ColdStartBenchmark.run(settings, System.out::println);
	}

	private StartupBenchmark.@Nullable Results runStartup() throws IOException, InterruptedException {
		StartupBenchmark.Settings settings = StartupBenchmark.Settings
			.nextTo(Path.of(System.getProperty("java.class.path").split(File.pathSeparator)[0]), this.startupRounds, 1);
		if (settings == null) {
			System.out.println("# StartupBenchmark skipped: run.sh builds its class paths (target/startup)");
			return null;
		}
		System.out.println("# StartupBenchmark, " + settings.rounds() + " rounds");
		return StartupBenchmark.run(settings, System.out::println);
	}

	private static void fork(List<String> jvmArgs, Class<?> main, List<String> args)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmArgs);
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(main.getName());
		command.addAll(args);
		System.out.println("# " + main.getSimpleName() + " " + String.join(" ", args));
		Process process = new ProcessBuilder(command).inheritIO().start();
		int exit = process.waitFor();
		if (exit != 0) {
			throw new IllegalStateException(main.getSimpleName() + " failed with exit code " + exit);
		}
	}

}
