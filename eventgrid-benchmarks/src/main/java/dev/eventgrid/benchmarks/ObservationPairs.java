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
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.DoubleStream;

/**
 * Our own instrumentation end to end as an application meets it: our template unobserved
 * (a) and observed by a registry whose only handler hands each send a fixed
 * {@code traceparent} (b), each in a JVM of its own, the JVMs in pairs, in turn. The full
 * suite runs (a) and (b) in one JVM among five other clients, where the JIT compiles the
 * code they share for both at once; no application runs both.
 * <p>
 * Each JVM sends 100 x 1 KiB CloudEvents per request to the {@link HttpSink} at 8
 * requests in flight for 19 s to settle, then measures 6 rounds of 3 s and reports the
 * median round's client CPU per event. Arguments: the number of pairs (3).
 *
 * @author Event Grid for Spring Boot team
 */
public final class ObservationPairs {

	private static final String RESULT_PREFIX = "observation-pairs-result ";

	private static final String FORK = "--fork=";

	private static final String OFF = "off";

	private static final String NO_OP = "no-op";

	private ObservationPairs() {
	}

	/**
	 * Run the pairs, or one side of a pair when forked.
	 * @param args the number of pairs, or {@code --fork=off} or {@code --fork=no-op}
	 * @throws Exception if a run fails
	 */
	public static void main(String[] args) throws Exception {
		if (args.length > 0 && args[0].startsWith(FORK)) {
			System.out.println(RESULT_PREFIX + measure(args[0].substring(FORK.length())));
			System.out.flush();
			return;
		}
		int pairs = (args.length > 0) ? Integer.parseInt(args[0]) : 3;
		List<Double> ratios = new ArrayList<>();
		for (int pair = 0; pair < pairs; pair++) {
			// Alternate which side starts, so that neither always runs first.
			boolean offFirst = pair % 2 == 0;
			double first = fork(offFirst ? OFF : NO_OP);
			double second = fork(offFirst ? NO_OP : OFF);
			double off = offFirst ? first : second;
			double noOp = offFirst ? second : first;
			ratios.add(noOp / off);
			System.out.println(String.format(Locale.ROOT,
					"pair %d: (a) off %.3f us/event, (b) no-op handler %.3f us/event, (b) / (a) %.3f", pair + 1, off,
					noOp, noOp / off));
		}
		System.out.println(String.format(Locale.ROOT, "median (b) / (a) of %d pairs: %.3f", pairs,
				ForkedApplication.percentile(ratios.stream().mapToDouble(Double::doubleValue), 0.5)));
	}

	private static double fork(String variant) throws IOException, InterruptedException {
		List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xms1g",
				"-Xmx1g", "-cp", System.getProperty("java.class.path"), ObservationPairs.class.getName(),
				FORK + variant);
		return Double.parseDouble(ForkedApplication.run(command, RESULT_PREFIX, "observation pair " + variant));
	}

	private static double measure(String variant) {
		BenchmarkEvents.Inputs inputs = BenchmarkEvents.inputs(100, 1024);
		int concurrency = 8;
		try (HttpSink sink = HttpSink.start(1)) {
			String endpoint = sink.endpoint();
			LoadClient client = switch (variant) {
				case OFF -> LoadClient.ours(endpoint, inputs, concurrency * 2, null);
				case NO_OP -> LoadClient.oursObserved(LoadClient.OURS_NOOP_HANDLER, endpoint, inputs, concurrency * 2,
						ActuatorObservation.noopHandlerRegistry(), false);
				default -> throw new IllegalArgumentException("Unknown variant '" + variant + "'");
			};
			try (client) {
				ThroughputRun run = new ThroughputRun(sink, concurrency, 100);
				run.run(client, Duration.ofSeconds(19));
				double[] rounds = new double[6];
				for (int i = 0; i < rounds.length; i++) {
					rounds[i] = run.run(client, Duration.ofSeconds(3)).clientCpuMicrosPerEvent();
				}
				return ForkedApplication.percentile(DoubleStream.of(rounds), 0.5);
			}
		}
	}

}
