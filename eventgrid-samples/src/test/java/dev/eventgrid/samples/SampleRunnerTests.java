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
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for {@link SampleRunner}.
 *
 * @author Event Grid for Spring Boot team
 */
@ExtendWith(OutputCaptureExtension.class)
class SampleRunnerTests {

	private final List<String> ran = new ArrayList<>();

	private final SampleOutput output = new SampleOutput();

	@Test
	void runsEverySampleInOrderAtStartup(CapturedOutput output) {
		SampleRunner runner = runner(new RecordingTarget(null), "all", sample("one"), sample("two"));
		runner.run(new DefaultApplicationArguments());
		assertThat(this.ran).containsExactly("one", "two");
		assertThat(runner.getExitCode()).isZero();
		assertThat(output).containsSubsequence("Event Grid samples, publishing to a test target",
				"[1/2] one: Sample one", "[2/2] two: Sample two",
				"2 samples: 2 passed, 0 skipped, 0 failed; 0 events sent.", "received: nothing");
	}

	@Test
	void runsNothingAtStartupWhenToldNone(CapturedOutput output) {
		runner(new RecordingTarget(null), "none", sample("one")).run(new DefaultApplicationArguments());
		assertThat(this.ran).isEmpty();
		assertThat(output).isEmpty();
	}

	@Test
	void runsTheNamedSamplesInTheOrderGiven() {
		SampleRunner runner = runner(new RecordingTarget(null), "none", sample("one"), sample("two"), sample("three"));
		assertThat(runner.run("three", "one")).isEqualTo(new RunSummary(2, 0, 0, 0));
		assertThat(this.ran).containsExactly("three", "one");
	}

	@Test
	void rejectsAnUnknownSampleNameListingTheKnownOnes() {
		SampleRunner runner = runner(new RecordingTarget(null), "none", sample("one"), sample("two"));
		assertThatIllegalArgumentException().isThrownBy(() -> runner.run("one", "nope"))
			.withMessage("No sample named 'nope'; samples.run takes all, none, or some of one, two");
		assertThat(this.ran).isEmpty();
	}

	@Test
	void rejectsTwoSamplesWithTheSameName() {
		assertThatIllegalStateException()
			.isThrownBy(() -> runner(new RecordingTarget(null), "none", sample("one"), sample("one")))
			.withMessage("Two samples are named 'one'");
	}

	@Test
	void keepsGoingAfterAFailureAndExitsWithOne(CapturedOutput output) {
		Sample failing = new TestSample("bad", () -> {
			throw new IllegalStateException("boom");
		});
		SampleRunner runner = runner(new RecordingTarget(null), "all", failing, sample("good"));
		runner.run(new DefaultApplicationArguments());
		assertThat(this.ran).containsExactly("good");
		assertThat(runner.getExitCode()).isOne();
		assertThat(output).contains("  FAILED: java.lang.IllegalStateException: boom",
				"2 samples: 1 passed, 0 skipped, 1 failed");
	}

	@Test
	void skipsTheSamplesTheTargetCannotRun(CapturedOutput output) {
		RecordingTarget target = new RecordingTarget("needs a topic");
		assertThat(runner(target, "none", sample("one")).run("one")).isEqualTo(new RunSummary(0, 1, 0, 0));
		assertThat(this.ran).isEmpty();
		assertThat(target.observed).isEmpty();
		assertThat(output).contains("  skipped: needs a topic");
	}

	@Test
	void skipsASampleThatSaysItCannotRun(CapturedOutput output) {
		Sample skipping = new TestSample("sas", () -> {
			throw new SampleSkippedException("needs a key");
		});
		RecordingTarget target = new RecordingTarget(null);
		assertThat(runner(target, "none", skipping).run("all")).isEqualTo(new RunSummary(0, 1, 0, 0));
		assertThat(target.observed).containsExactly("before", "after");
		assertThat(output).contains("  skipped: needs a key");
	}

	private SampleRunner runner(SampleTarget target, String selection, Sample... samples) {
		return new SampleRunner(List.of(samples), target, this.output, new String[] { selection });
	}

	private Sample sample(String name) {
		return new TestSample(name, () -> this.ran.add(name));
	}

	private record TestSample(String name, Runnable action) implements Sample {

		@Override
		public String description() {
			return "Sample " + this.name;
		}

		@Override
		public void run() {
			this.action.run();
		}

	}

	private static final class RecordingTarget implements SampleTarget {

		private final @Nullable String skipReason;

		private final List<String> observed = new ArrayList<>();

		RecordingTarget(@Nullable String skipReason) {
			this.skipReason = skipReason;
		}

		@Override
		public String describe() {
			return "a test target";
		}

		@Override
		public @Nullable String skipReason(Sample sample) {
			return this.skipReason;
		}

		@Override
		public void beforeSample() {
			this.observed.add("before");
		}

		@Override
		public void afterSample() {
			this.observed.add("after");
		}

		@Override
		public String summary() {
			return "received: nothing";
		}

	}

}
