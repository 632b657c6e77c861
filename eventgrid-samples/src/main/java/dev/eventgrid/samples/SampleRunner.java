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

package dev.eventgrid.samples;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * Runs the samples selected by {@code samples.run} when the application starts:
 * {@code all} (the default), {@code none}, or a comma-separated list of sample names.
 * Each sample runs once, in order; one that fails does not stop the others, but makes the
 * exit code 1.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@Component
public class SampleRunner implements ApplicationRunner, ExitCodeGenerator {

	private static final String ALL = "all";

	private static final String NONE = "none";

	private final Map<String, Sample> samples = new LinkedHashMap<>();

	private final SampleTarget target;

	private final SampleOutput output;

	private final List<String> selection;

	private int exitCode;

	SampleRunner(List<Sample> samples, SampleTarget target, SampleOutput output,
			@Value("${samples.run:all}") String[] selection) {
		for (Sample sample : samples) {
			Sample previous = this.samples.putIfAbsent(sample.name(), sample);
			if (previous != null) {
				throw new IllegalStateException("Two samples are named '" + sample.name() + "'");
			}
		}
		this.target = target;
		this.output = output;
		this.selection = Arrays.stream(selection).map(String::trim).toList();
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.selection.equals(List.of(NONE))) {
			RunSummary summary = run(this.selection);
			this.exitCode = (summary.failed() > 0) ? 1 : 0;
		}
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

	/**
	 * Return the names of all samples, in the order they run.
	 * @return the names
	 */
	public List<String> sampleNames() {
		return List.copyOf(this.samples.keySet());
	}

	/**
	 * Run some samples.
	 * @param names the sample names, or {@code all}
	 * @return the outcome
	 */
	public RunSummary run(String... names) {
		return run(Arrays.asList(names));
	}

	/**
	 * Run some samples.
	 * @param names the sample names, or {@code all}
	 * @return the outcome
	 * @throws IllegalArgumentException if a name is not a sample's
	 */
	public RunSummary run(List<String> names) {
		List<Sample> selected = select(names);
		this.output.reset();
		this.target.startRun();
		this.output.heading("Event Grid samples, publishing to " + this.target.describe());
		int passed = 0;
		int skipped = 0;
		int failed = 0;
		for (int i = 0; i < selected.size(); i++) {
			Sample sample = selected.get(i);
			this.output.heading("");
			this.output
				.heading("[" + (i + 1) + "/" + selected.size() + "] " + sample.name() + ": " + sample.description());
			switch (runOne(sample)) {
				case PASSED -> passed++;
				case SKIPPED -> skipped++;
				case FAILED -> failed++;
			}
		}
		RunSummary summary = new RunSummary(passed, skipped, failed, this.output.eventsSent());
		printSummary(summary);
		return summary;
	}

	private Outcome runOne(Sample sample) {
		String reason = this.target.skipReason(sample);
		if (reason != null) {
			this.output.line("skipped: " + reason);
			return Outcome.SKIPPED;
		}
		this.target.beforeSample();
		try {
			sample.run();
			return Outcome.PASSED;
		}
		catch (SampleSkippedException ex) {
			this.output.line("skipped: " + ex.getMessage());
			return Outcome.SKIPPED;
		}
		catch (RuntimeException ex) {
			this.output.line("FAILED: " + ex);
			return Outcome.FAILED;
		}
		finally {
			this.target.afterSample();
		}
	}

	private void printSummary(RunSummary summary) {
		this.output.heading("");
		this.output.heading(SampleOutput.count(summary.total(), "sample") + ": " + summary.passed() + " passed, "
				+ summary.skipped() + " skipped, " + summary.failed() + " failed; "
				+ SampleOutput.count(summary.eventsSent(), "event") + " sent.");
		String received = this.target.summary();
		if (received != null) {
			this.output.heading(received);
		}
	}

	private List<Sample> select(List<String> names) {
		if (names.contains(ALL)) {
			return List.copyOf(this.samples.values());
		}
		List<Sample> selected = new ArrayList<>();
		for (String name : names) {
			Sample sample = this.samples.get(name);
			if (sample == null) {
				throw new IllegalArgumentException("No sample named '" + name + "'; samples.run takes all, none, or "
						+ "some of " + String.join(", ", this.samples.keySet()));
			}
			selected.add(sample);
		}
		return selected;
	}

	private enum Outcome {

		PASSED, SKIPPED, FAILED

	}

}
