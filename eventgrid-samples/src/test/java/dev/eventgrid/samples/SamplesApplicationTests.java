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

import dev.eventgrid.emulator.EventGridEmulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SamplesApplication}: with no configuration, every sample runs once at
 * startup against the in-process emulator, the receiving ones through the application's
 * own webhook.
 *
 * @author Event Grid for Spring Boot team
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class SamplesApplicationTests {

	@Autowired
	private SampleRunner samples;

	@Autowired
	private EventGridEmulator emulator;

	@Test
	void runsEverySampleAtStartupAgainstTheEmulator(CapturedOutput output) {
		int count = this.samples.sampleNames().size();
		assertThat(output).contains("Event Grid samples, publishing to the in-process Event Grid emulator",
				count + " samples: " + count + " passed, 0 skipped, 0 failed");
		assertThat(this.samples.getExitCode()).isZero();
	}

	@Test
	void ordersTheSamplesAsTheReadmeListsThem() {
		assertThat(this.samples.sampleNames()).containsExactly("eventgrid-events", "cloud-events", "batch",
				"eventgrid-event-maps", "cloud-event-maps", "custom-schema", "eventgrid-domain", "cloud-events-domain",
				"generate-sas", "sas-credential", "token-credential", "client-secret", "cncf-cloud-events",
				"azure-core-cloud-events", "partner-channel", "reactive", "response-hook", "convert-and-send", "outbox",
				"webhook", "storage-queue", "azurite", "service-bus-queue", "spring-cloud-stream", "tracing",
				"namespace-pull", "namespace-dead-letter", "namespace-competing-consumers");
	}

	@Test
	void reportsEveryEventSentAsReceivedByTheEmulator(CapturedOutput output) {
		int received = this.emulator.receivedEvents().size();
		assertThat(received).isPositive();
		assertThat(output).contains(SampleOutput.count(received, "event") + " sent.",
				"The emulator received " + SampleOutput.count(received, "event") + ": ");
	}

	@Test
	void exitsOnceTheSamplesHaveRunUnlessToldToKeepRunning() {
		assertThat(SamplesApplication.keepRunning(new MockEnvironment())).isFalse();
		assertThat(SamplesApplication.keepRunning(new MockEnvironment().withProperty("samples.keep-running", "true")))
			.isTrue();
	}

}
