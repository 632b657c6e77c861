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
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the whole benchmark suite and writes its markdown report: the JMH benchmarks, the
 * end-to-end throughput comparison with the observation overhead, the streaming send,
 * each in its own JVM, and the startup comparison, a JVM per start. Options:
 * {@code --output=FILE} (default {@code results/latest.md}), {@code --command=TEXT}
 * (shown in the report), {@code --quick} (a short smoke run), {@code --full} (every JMH
 * parameter for both schemas), {@code --skip=jmh,e2e,stream,startup},
 * {@code --startup-rounds=N} (starts per variant, 12 by default: more narrow the median
 * down, at about 7 seconds a round).
 *
 * @author Event Grid for Spring Boot team
 */
public final class BenchmarkSuite {

	private static final String[] DATA_SIZES = { "100", "1024", "65536" };

	private static final String[] BATCH_SIZES = { "1", "10", "100", "1000" };

	private static final String[] DEFAULT_SERIALIZATION_SIZES = { "1024", "65536" };

	private final Path output;

	private final String command;

	private final boolean quick;

	private final boolean full;

	private final Set<String> skip;

	private final int startupRounds;

	private BenchmarkSuite(String[] args) {
		Path output = Path.of("results", "latest.md");
		String command = "java -jar eventgrid-benchmarks/target/benchmarks.jar " + String.join(" ", args);
		boolean quick = false;
		boolean full = false;
		Set<String> skip = Collections.emptySet();
		Integer startupRounds = null;
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
				startupRounds = positive(arg.substring("--startup-rounds=".length()));
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
		this.startupRounds = (startupRounds != null) ? startupRounds : (quick ? 3 : 12);
	}

	private static int positive(String rounds) {
		try {
			int value = Integer.parseInt(rounds);
			if (value > 0) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new IllegalArgumentException(
				"--startup-rounds takes a positive number of starts per variant, such as 40, not '" + rounds + "'");
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
		if (!this.skip.contains("jmh")) {
			runJmh(serialization, publishPath, observation);
		}
		EndToEndBenchmark.Results endToEnd = this.skip.contains("e2e") ? null : runEndToEnd(work);
		StreamingBenchmark.Result streaming = this.skip.contains("stream") ? null : runStreaming(work);
		StartupBenchmark.Results startup = this.skip.contains("startup") ? null : runStartup();
		String machine = MachineInfo.describe() + ", load average " + loadBefore + " before and "
				+ MachineInfo.loadAverage() + " after";
		ResultsReport.Results results = new ResultsReport.Results(machine, this.command,
				start.truncatedTo(ChronoUnit.SECONDS), Duration.between(start, Instant.now()), serialization,
				publishPath, observation, endToEnd, streaming, startup);
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

	private void runJmh(List<JmhSuite.Row> serialization, List<JmhSuite.Row> publishPath,
			List<JmhSuite.Row> observation) throws Exception {
		// On 2 cores the JIT takes seconds to settle: 6 s of warm-up before 2 s measured.
		JmhSuite jmh = this.quick ? new JmhSuite(1, 1, TimeValue.milliseconds(200), TimeValue.milliseconds(200))
				: new JmhSuite(8, 4, TimeValue.milliseconds(750), TimeValue.milliseconds(500));
		String[] sizes = this.quick ? new String[] { "1024" } : DATA_SIZES;
		if (this.quick) {
			serialization.addAll(jmh.eventSerialization(sizes));
			publishPath.addAll(jmh.publishPath("cloud-event", sizes, new String[] { "100" }));
			publishPath.addAll(jmh.publishPath("event-grid-event", sizes, new String[] { "100" }));
		}
		else if (this.full) {
			serialization.addAll(jmh.eventSerialization(sizes));
			publishPath.addAll(jmh.publishPath("cloud-event", sizes, BATCH_SIZES));
			publishPath.addAll(jmh.publishPath("event-grid-event", sizes, BATCH_SIZES));
		}
		else {
			serialization.addAll(jmh.eventSerialization(DEFAULT_SERIALIZATION_SIZES));
			publishPath.addAll(jmh.publishPath("cloud-event", sizes, new String[] { "1", "100" }));
			publishPath.addAll(jmh.publishPath("cloud-event", new String[] { "1024" }, new String[] { "1000" }));
			publishPath.addAll(jmh.publishPath("event-grid-event", sizes, new String[] { "100" }));
		}
		observation.addAll(jmh.observation(this.quick ? new String[] { "100" } : new String[] { "100", "1000" }));
	}

	private EndToEndBenchmark.Results runEndToEnd(Path work) throws IOException, InterruptedException {
		Path file = work.resolve("end-to-end.json");
		EndToEndBenchmark.Settings settings = this.quick ? new EndToEndBenchmark.Settings(file, 100, 1024, 8, 2, 2, 1)
				: new EndToEndBenchmark.Settings(file, 100, 1024, 8, 8, 4, 5);
		fork(List.of("-Xms1g", "-Xmx1g"), EndToEndBenchmark.class, settings.toArgs());
		return EndToEndBenchmark.JSON.readValue(file.toFile(), EndToEndBenchmark.Results.class);
	}

	private StreamingBenchmark.@Nullable Result runStreaming(Path work) throws IOException, InterruptedException {
		Path file = work.resolve("streaming.json");
		String events = this.quick ? "100000" : "1000000";
		fork(List.of("-Xmx64m"), StreamingBenchmark.class, List.of(file.toString(), events, "1024", "4"));
		return EndToEndBenchmark.JSON.readValue(file.toFile(), StreamingBenchmark.Result.class);
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
