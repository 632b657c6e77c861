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
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What the benchmarks ran on: processor, cores, memory, operating system and JVM, as one
 * line for the report.
 *
 * @author Event Grid for Spring Boot team
 */
public final class MachineInfo {

	private MachineInfo() {
	}

	/**
	 * Describe this machine.
	 * @return the description
	 */
	public static String describe() {
		com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory
			.getOperatingSystemMXBean();
		return String.format(Locale.ROOT, "%s, %d cores, %.1f GiB RAM, %s %s (%s), %s %s", processor(),
				Runtime.getRuntime().availableProcessors(), os.getTotalMemorySize() / (1024.0 * 1024 * 1024),
				System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("os.arch"),
				System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"));
	}

	/**
	 * Return the system load average over the last minute: other work on the machine
	 * makes every number here lower and noisier.
	 * @return the load average, or {@code unknown}
	 */
	public static String loadAverage() {
		double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		return (load >= 0) ? String.format(Locale.ROOT, "%.1f", load) : "unknown";
	}

	private static String processor() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
				if (line.startsWith("model name")) {
					return line.substring(line.indexOf(':') + 1).trim();
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// not Linux: fall through
		}
		return "unknown processor";
	}

}
