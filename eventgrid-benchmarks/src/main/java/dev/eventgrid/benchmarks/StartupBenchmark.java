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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import dev.eventgrid.benchmarks.startup.StartupApplication;
import org.jspecify.annotations.Nullable;

/**
 * The startup benchmark: starts {@link StartupApplication}, a plain WebFlux application
 * on Netty, in a fresh JVM per run, alternately on a class path without and with the
 * Event Grid starter, and compares the context start times that Spring Boot reports. Both
 * get the same arguments, among them the starter's minimal configuration
 * ({@code eventgrid.endpoint} and {@code eventgrid.key}), which the application without
 * the starter ignores.
 *
 * @author Event Grid for Spring Boot team
 */
public final class StartupBenchmark {

	private static final String AUTO_CONFIGURATION_IMPORTS = "META-INF/spring/"
			+ "org.springframework.boot.autoconfigure.AutoConfiguration.imports";

	private static final List<String> ARGUMENTS = List.of("--server.port=0",
			"--eventgrid.endpoint=https://startup.westus2-1.eventgrid.azure.net/api/events",
			"--eventgrid.key=c3RhcnR1cC1iZW5jaG1hcmsta2V5LW5vdC1hLXNlY3JldA==");

	private StartupBenchmark() {
	}

	/**
	 * Run the benchmark.
	 * @param settings what to run
	 * @param log where progress goes
	 * @return the results
	 * @throws IOException if a class path cannot be read or a JVM cannot be started
	 * @throws InterruptedException if interrupted while waiting for a run
	 */
	public static Results run(Settings settings, Consumer<String> log) throws IOException, InterruptedException {
		String without = settings.applicationJar() + File.pathSeparator
				+ Files.readString(settings.withoutStarter()).trim();
		String with = settings.applicationJar() + File.pathSeparator + Files.readString(settings.withStarter()).trim();
		List<String> excluded = List.of("--spring.autoconfigure.exclude=" + String.join(",", autoConfigurations(with)));
		List<Run> runs = new ArrayList<>();
		for (int round = -settings.warmupRounds(); round < settings.rounds(); round++) {
			// Rotate the order, so that no variant always follows the same one.
			for (int i = 0; i < Variant.values().length; i++) {
				Variant variant = Variant.values()[Math.floorMod(round + i, Variant.values().length)];
				Run run = runOnce(variant, (variant != Variant.WITHOUT_STARTER) ? with : without,
						(variant == Variant.STARTER_EXCLUDED) ? excluded : Collections.emptyList());
				if (round >= 0) {
					runs.add(run);
				}
				log.accept(String.format(Locale.ROOT,
						"  %-7s %-36s started %7.1f ms, ready %7.1f ms, main thread CPU %7.1f ms, JVM up %5d ms, %d beans (%d Event Grid), %d classes",
						(round < 0) ? "warm-up" : "run " + (round + 1), variant.description(), run.startedMillis(),
						run.readyMillis(), run.mainThreadCpuMillis(), run.uptimeMillis(), run.beans(),
						run.eventGridBeans(), run.loadedClasses()));
			}
		}
		return new Results(settings.rounds(), countJars(without), countJars(with), runs);
	}

	/**
	 * Return the auto-configurations of the Event Grid starter, as listed in its jar on a
	 * class path.
	 * @param classPath the class path that holds the jar
	 * @return the class names of the auto-configurations, in the order listed
	 * @throws IOException if the jar cannot be read
	 */
	private static List<String> autoConfigurations(String classPath) throws IOException {
		for (String entry : classPath.split(File.pathSeparator)) {
			if (entry.contains("eventgrid-spring-boot-autoconfigure")) {
				try (JarFile jar = new JarFile(entry)) {
					JarEntry imports = jar.getJarEntry(AUTO_CONFIGURATION_IMPORTS);
					if (imports != null) {
						String text = new String(jar.getInputStream(imports).readAllBytes(), StandardCharsets.UTF_8);
						return text.lines()
							.map(String::trim)
							.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
							.toList();
					}
				}
			}
		}
		throw new IllegalStateException("No Event Grid auto-configurations on the class path " + classPath);
	}

	private static Run runOnce(Variant variant, String classPath, List<String> extraArguments)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-cp");
		command.add(classPath);
		command.add(StartupApplication.class.getName());
		command.addAll(ARGUMENTS);
		command.addAll(extraArguments);
		String result = ForkedApplication.run(command, StartupApplication.RESULT_PREFIX,
				"started " + variant.description());
		String[] values = result.split(" ");
		Run run = new Run(variant, Double.parseDouble(values[0]), Double.parseDouble(values[1]),
				Long.parseLong(values[2]), Integer.parseInt(values[3]), Integer.parseInt(values[4]),
				Double.parseDouble(values[5]), Long.parseLong(values[6]));
		if ((variant == Variant.WITH_STARTER) == (run.eventGridBeans() == 0)) {
			throw new IllegalStateException(
					"The application " + variant.description() + " has " + run.eventGridBeans() + " Event Grid beans");
		}
		return run;
	}

	private static int countJars(String classPath) {
		return classPath.split(File.pathSeparator).length - 1;
	}

	/**
	 * The three applications compared.
	 */
	public enum Variant {

		/**
		 * A plain WebFlux application.
		 */
		WITHOUT_STARTER("without the starter"),

		/**
		 * The same with the Event Grid starter and its minimal configuration.
		 */
		WITH_STARTER("with the starter"),

		/**
		 * The same with the starter's jars but its auto-configurations excluded: what its
		 * dependencies alone cost.
		 */
		STARTER_EXCLUDED("with the starter, its auto-config off");

		private final String description;

		Variant(String description) {
			this.description = description;
		}

		/**
		 * Return the description shown in the report.
		 * @return the description
		 */
		public String description() {
			return this.description;
		}

	}

	/**
	 * What to run.
	 *
	 * @param applicationJar the jar that holds {@link StartupApplication} alone
	 * @param withoutStarter a file holding the class path of a plain WebFlux application
	 * @param withStarter a file holding the same class path with the Event Grid starter
	 * @param rounds the measured runs of each variant, interleaved
	 * @param warmupRounds the runs of each before, not counted
	 */
	public record Settings(Path applicationJar, Path withoutStarter, Path withStarter, int rounds, int warmupRounds) {

		/**
		 * Return settings for the files {@code run.sh} builds next to the benchmark jar,
		 * or {@code null} if they are missing.
		 * @param benchmarkJar the benchmark jar
		 * @param rounds the measured runs of each variant
		 * @param warmupRounds the runs of each before, not counted
		 * @return the settings, or {@code null}
		 */
		static @Nullable Settings nextTo(Path benchmarkJar, int rounds, int warmupRounds) {
			Path directory = benchmarkJar.toAbsolutePath().getParent();
			if (directory == null) {
				return null;
			}
			String name = benchmarkJar.getFileName().toString();
			Path applicationJar = directory.resolve(name.replace(".jar", "-startup.jar"));
			Path withoutStarter = directory.resolve("startup").resolve("without-starter.classpath");
			Path withStarter = directory.resolve("startup").resolve("with-starter.classpath");
			return (Files.isRegularFile(applicationJar) && Files.isRegularFile(withoutStarter)
					&& Files.isRegularFile(withStarter))
							? new Settings(applicationJar, withoutStarter, withStarter, rounds, warmupRounds) : null;
		}

	}

	/**
	 * One start of the application.
	 *
	 * @param variant which application ran
	 * @param startedMillis the time to {@code ApplicationStartedEvent}: the context
	 * refreshed and the server started
	 * @param readyMillis the time to {@code ApplicationReadyEvent}
	 * @param uptimeMillis the JVM's uptime when the application was ready
	 * @param beans the bean definitions in the context
	 * @param eventGridBeans the beans of Event Grid types
	 * @param mainThreadCpuMillis the CPU time of the main thread when the application was
	 * ready
	 * @param loadedClasses the classes the JVM had loaded when the application was ready
	 */
	public record Run(Variant variant, double startedMillis, double readyMillis, long uptimeMillis, int beans,
			int eventGridBeans, double mainThreadCpuMillis, long loadedClasses) {

	}

	/**
	 * What the benchmark measured.
	 *
	 * @param rounds the measured runs of each variant
	 * @param jarsWithout the jars on the class path without the starter
	 * @param jarsWith the jars on the class path with the starter
	 * @param runs every measured run, in order
	 */
	public record Results(int rounds, int jarsWithout, int jarsWith, List<Run> runs) {

		/**
		 * Return a percentile of the ready times of a variant.
		 * @param variant the variant
		 * @param quantile the quantile, 0.5 for the median
		 * @return the time in milliseconds
		 */
		public double readyMillis(Variant variant, double quantile) {
			return percentile(variant, Run::readyMillis, quantile);
		}

		/**
		 * Return a percentile of the JVM uptimes at ready of a variant.
		 * @param variant the variant
		 * @param quantile the quantile, 0.5 for the median
		 * @return the time in milliseconds
		 */
		public double uptimeMillis(Variant variant, double quantile) {
			return percentile(variant, Run::uptimeMillis, quantile);
		}

		/**
		 * Return a percentile of the main thread's CPU time at ready of a variant.
		 * @param variant the variant
		 * @param quantile the quantile, 0.5 for the median
		 * @return the time in milliseconds
		 */
		public double mainThreadCpuMillis(Variant variant, double quantile) {
			return percentile(variant, Run::mainThreadCpuMillis, quantile);
		}

		/**
		 * Return the median of the classes a variant had loaded when ready.
		 * @param variant the variant
		 * @return the class count
		 */
		public double loadedClasses(Variant variant) {
			return percentile(variant, Run::loadedClasses, 0.5);
		}

		/**
		 * Return the bean definitions of a variant's context.
		 * @param variant the variant
		 * @return the bean count of its first run
		 */
		public int beans(Variant variant) {
			return this.runs.stream()
				.filter((run) -> run.variant() == variant)
				.mapToInt(Run::beans)
				.findFirst()
				.orElse(0);
		}

		/**
		 * Return what the starter adds to the median ready time.
		 * @return the difference in milliseconds
		 */
		public double addedMillis() {
			return readyMillis(Variant.WITH_STARTER, 0.5) - readyMillis(Variant.WITHOUT_STARTER, 0.5);
		}

		/**
		 * Return what the starter adds to the median of a measure, as a share of the
		 * median without it.
		 * @param value the measure of a run, such as {@link Run#readyMillis()}
		 * @return the share, 0.02 for 2%
		 */
		public double addedShare(ToDoubleFunction<Run> value) {
			double without = percentile(Variant.WITHOUT_STARTER, value, 0.5);
			return (percentile(Variant.WITH_STARTER, value, 0.5) - without) / without;
		}

		private double percentile(Variant variant, ToDoubleFunction<Run> value, double quantile) {
			return ForkedApplication
				.percentile(this.runs.stream().filter((run) -> run.variant() == variant).mapToDouble(value), quantile);
		}

	}

}
