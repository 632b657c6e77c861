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
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;

import dev.eventgrid.benchmarks.coldstart.ColdStart;
import dev.eventgrid.benchmarks.coldstart.azure.AzureColdStartApplication;
import dev.eventgrid.benchmarks.coldstart.ours.OursColdStartApplication;
import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.model.InputSchema;
import org.jspecify.annotations.Nullable;

/**
 * The cold start benchmark: a fresh JVM runs a WebFlux application that sends one
 * CloudEvent to the emulator over HTTPS when it is ready, and the time from starting the
 * process to the emulator's acceptance is measured. The application runs on the Event
 * Grid starter, and the same application on Spring Cloud Azure's auto-configured
 * {@code EventGridPublisherAsyncClient}, in interleaved starts; optionally also ours with
 * its background warm-up off. Both trust the emulator's certificate through
 * {@code javax.net.ssl.trustStore}.
 *
 * @author Event Grid for Spring Boot team
 */
public final class ColdStartBenchmark {

	private static final String TRUST_STORE_PASSWORD = "cold-start";

	private ColdStartBenchmark() {
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
		BlockingQueue<Long> accepted = new LinkedBlockingQueue<>();
		try (EventGridEmulator emulator = EventGridEmulator.builder()
			.topic("ours", InputSchema.CLOUD_EVENT_V1_0)
			.topic("azure", InputSchema.CLOUD_EVENT_V1_0)
			.recording(false)
			.listener((topic, events) -> accepted.add(System.nanoTime()))
			.start()) {
			Path trustStore = trustStore(emulator);
			List<Run> runs = new ArrayList<>();
			List<Variant> variants = settings.variants();
			for (int round = -settings.warmupRounds(); round < settings.rounds(); round++) {
				for (int i = 0; i < variants.size(); i++) {
					Variant variant = variants.get(Math.floorMod(round + i, variants.size()));
					Run run = runOnce(variant, settings, emulator, trustStore, accepted);
					if (round >= 0) {
						runs.add(run);
					}
					log.accept(String.format(Locale.ROOT,
							"  %-7s %-34s first event accepted %7.1f ms after process start (ready %7.1f ms, "
									+ "send %6.1f ms; CPU %6.1f ms before the send, %6.1f ms during it)",
							(round < 0) ? "warm-up" : "run " + (round + 1), variant.description(), run.acceptedMillis(),
							run.readyMillis(), run.sendMillis(), run.cpuBeforeSendMillis(), run.sendCpuMillis()));
				}
			}
			return new Results(settings.rounds(), settings.sendDelayMillis(), variants, runs);
		}
	}

	private static Path trustStore(EventGridEmulator emulator) throws IOException {
		Path file = Files.createTempFile("eventgrid-cold-start", ".p12");
		file.toFile().deleteOnExit();
		try (OutputStream out = Files.newOutputStream(file)) {
			emulator.trustStore().store(out, TRUST_STORE_PASSWORD.toCharArray());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot write the emulator's trust store", ex);
		}
		return file;
	}

	private static Run runOnce(Variant variant, Settings settings, EventGridEmulator emulator, Path trustStore,
			BlockingQueue<Long> accepted) throws IOException, InterruptedException {
		String classPath = settings.applicationJar() + File.pathSeparator
				+ Files.readString(variant.azure ? settings.azureClassPath() : settings.oursClassPath()).trim();
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
						"-Djavax.net.ssl.trustStore=" + trustStore,
						"-Djavax.net.ssl.trustStorePassword=" + TRUST_STORE_PASSWORD,
						"-Djavax.net.ssl.trustStoreType=PKCS12", "-cp", classPath));
		if (variant.azure) {
			command.addAll(List.of(AzureColdStartApplication.class.getName(),
					"--spring.cloud.azure.eventgrid.endpoint=" + emulator.httpsEndpoint("azure"),
					"--spring.cloud.azure.eventgrid.key=" + emulator.key("azure"),
					"--spring.cloud.azure.eventgrid.event-schema=CLOUD_EVENT"));
		}
		else {
			command.addAll(List.of(OursColdStartApplication.class.getName(),
					"--eventgrid.endpoint=" + emulator.httpsEndpoint("ours"), "--eventgrid.key=" + emulator.key("ours"),
					"--eventgrid.warm-up.enabled=" + variant.warmUp));
		}
		command.addAll(List.of("--server.port=0", "--coldstart.send-delay=" + settings.sendDelayMillis() + "ms"));
		accepted.clear();
		long start = System.nanoTime();
		String result = ForkedApplication.run(command, ColdStart.RESULT_PREFIX, "cold start " + variant.description());
		Long acceptedAt = accepted.poll(10, TimeUnit.SECONDS);
		if (acceptedAt == null) {
			throw new IllegalStateException("The emulator accepted no event from " + variant.description());
		}
		String[] values = result.split(" ");
		return new Run(variant, (acceptedAt - start) / 1e6, Double.parseDouble(values[0]),
				Double.parseDouble(values[1]), Double.parseDouble(values[2]), Double.parseDouble(values[3]));
	}

	/**
	 * The applications compared.
	 */
	public enum Variant {

		/**
		 * The application on the Event Grid starter, as it ships.
		 */
		OURS("Event Grid starter", false, true),

		/**
		 * The same with the background warm-up off.
		 */
		OURS_WITHOUT_WARM_UP("Event Grid starter, warm-up off", false, false),

		/**
		 * The application on Spring Cloud Azure's Event Grid auto-configuration.
		 */
		SPRING_CLOUD_AZURE("Spring Cloud Azure", true, false);

		private final String description;

		private final boolean azure;

		private final boolean warmUp;

		Variant(String description, boolean azure, boolean warmUp) {
			this.description = description;
			this.azure = azure;
			this.warmUp = warmUp;
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
	 * @param applicationJar the jar that holds the cold start applications alone
	 * @param oursClassPath a file holding the class path of a WebFlux application with
	 * the Event Grid starter
	 * @param azureClassPath a file holding the class path of a WebFlux application with
	 * Spring Cloud Azure's Event Grid auto-configuration
	 * @param rounds the measured starts of each variant, interleaved
	 * @param warmupRounds the starts of each before, not counted
	 * @param sendDelayMillis how long after ready each application sends
	 * @param variants the applications compared
	 */
	public record Settings(Path applicationJar, Path oursClassPath, Path azureClassPath, int rounds, int warmupRounds,
			long sendDelayMillis, List<Variant> variants) {

		/**
		 * Return settings for the files {@code run.sh} builds next to the benchmark jar,
		 * or {@code null} if they are missing.
		 * @param benchmarkJar the benchmark jar
		 * @param rounds the measured starts of each variant
		 * @param sendDelayMillis how long after ready each application sends
		 * @param variants the applications compared
		 * @return the settings, or {@code null}
		 */
		static @Nullable Settings nextTo(Path benchmarkJar, int rounds, long sendDelayMillis, List<Variant> variants) {
			Path directory = benchmarkJar.toAbsolutePath().getParent();
			if (directory == null) {
				return null;
			}
			Path applicationJar = directory
				.resolve(benchmarkJar.getFileName().toString().replace(".jar", "-startup.jar"));
			Path ours = directory.resolve("startup").resolve("with-starter.classpath");
			Path azure = directory.resolve("startup").resolve("spring-cloud-azure.classpath");
			return (Files.isRegularFile(applicationJar) && Files.isRegularFile(ours) && Files.isRegularFile(azure))
					? new Settings(applicationJar, ours, azure, rounds, 1, sendDelayMillis, variants) : null;
		}

	}

	/**
	 * One start of an application.
	 *
	 * @param variant which application ran
	 * @param acceptedMillis the time from starting the process to the emulator's
	 * acceptance of the event
	 * @param readyMillis the time Spring Boot took to {@code ApplicationReadyEvent}
	 * @param sendMillis the time the send took, from the call to the answer
	 * @param sendCpuMillis the CPU time all threads of the process used during the send
	 * @param cpuBeforeSendMillis the CPU time the process used before the send
	 */
	public record Run(Variant variant, double acceptedMillis, double readyMillis, double sendMillis,
			double sendCpuMillis, double cpuBeforeSendMillis) {

	}

	/**
	 * What the benchmark measured.
	 *
	 * @param rounds the measured starts of each variant
	 * @param sendDelayMillis how long after ready each application sent
	 * @param variants the applications compared
	 * @param runs every measured start, in order
	 */
	public record Results(int rounds, long sendDelayMillis, List<Variant> variants, List<Run> runs) {

		/**
		 * Return a percentile of a measure of a variant.
		 * @param variant the variant
		 * @param value the measure of a start
		 * @param quantile the quantile, 0.5 for the median
		 * @return the value
		 */
		public double percentile(Variant variant, ToDoubleFunction<Run> value, double quantile) {
			return ForkedApplication
				.percentile(this.runs.stream().filter((run) -> run.variant() == variant).mapToDouble(value), quantile);
		}

		/**
		 * Return the median time to the first accepted event of ours over that of Spring
		 * Cloud Azure.
		 * @return the ratio
		 */
		public double ratio() {
			return percentile(Variant.OURS, Run::acceptedMillis, 0.5)
					/ percentile(Variant.SPRING_CLOUD_AZURE, Run::acceptedMillis, 0.5);
		}

	}

}
