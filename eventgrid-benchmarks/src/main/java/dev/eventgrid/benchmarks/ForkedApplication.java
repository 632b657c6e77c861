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

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.DoubleStream;

/**
 * Runs an application of the startup and cold start benchmarks in a JVM of its own and
 * reads the line that carries its measurement; and the percentiles of the runs.
 *
 * @author Event Grid for Spring Boot team
 */
final class ForkedApplication {

	private ForkedApplication() {
	}

	/**
	 * Run a command until it prints its measurement, then end it, and return what follows
	 * the result prefix on its output. The process is killed once the line is read: the
	 * measurement is over, and closing an application waits out Reactor Netty's quiet
	 * period of about two seconds, which would only lengthen the suite.
	 * @param command the command
	 * @param resultPrefix the prefix of the line that carries the measurement
	 * @param description what runs, for the message of a failure
	 * @return the measurement
	 * @throws IOException if the process cannot be started or read
	 * @throws InterruptedException if interrupted while waiting for it
	 */
	static String run(List<String> command, String resultPrefix, String description)
			throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String result = null;
		List<String> output = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			String line = reader.readLine();
			while (line != null && !line.startsWith(resultPrefix)) {
				if (output.size() < 200) {
					output.add(line);
				}
				line = reader.readLine();
			}
			result = (line != null) ? line.substring(resultPrefix.length()) : null;
		}
		finally {
			process.destroyForcibly();
		}
		int exit = process.waitFor();
		if (result == null) {
			throw new IllegalStateException("The application " + description + " failed with exit code " + exit + ":\n"
					+ String.join("\n", output));
		}
		return result;
	}

	/**
	 * Return a percentile of values: the mean of the middle two for the median of an even
	 * count, the nearest rank otherwise.
	 * @param values the values
	 * @param quantile the quantile, 0.5 for the median
	 * @return the percentile, or NaN without values
	 */
	static double percentile(DoubleStream values, double quantile) {
		double[] sorted = values.sorted().toArray();
		if (sorted.length == 0) {
			return Double.NaN;
		}
		if (quantile == 0.5 && sorted.length % 2 == 0) {
			return (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
		}
		return sorted[Math.min(sorted.length - 1, Math.max(0, (int) Math.ceil(quantile * sorted.length) - 1))];
	}

}
