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

package dev.eventgrid.samples.namespace;

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.namespace.PullSubscription;
import dev.eventgrid.samples.SampleRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link NamespaceCompetingConsumersSample}.
 *
 * @author Event Grid for Spring Boot team
 */
@SpringBootTest(properties = "samples.run=none", webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class NamespaceCompetingConsumersSampleTests {

	@Autowired
	private SampleRunner samples;

	@Autowired
	private EventGridEmulator emulator;

	@BeforeEach
	void clearEmulator() {
		this.emulator.clear();
	}

	@Test
	void twoConsumersOnOneSubscriptionEachProcessADistinctShare(CapturedOutput output) {
		long start = System.nanoTime();
		assertThat(this.samples.run("namespace-competing-consumers").passed()).isOne();
		long millis = (System.nanoTime() - start) / 1_000_000;
		System.out.println("namespace-competing-consumers ran in " + millis + " ms");

		PullSubscription labelling = this.emulator.namespace("contoso").subscription("orders", "labelling");
		assertThat(labelling.size()).isZero();
		assertThat(labelling.deadLetteredEvents()).isEmpty();
		assertThat(output).contains("sent 20 parcels to the namespace topic", "consumer-1 received 5 (",
				"consumer-2 received 5 (",
				"consumer-1 processed 10 parcels, consumer-2 10; 20 of 20 processed, 0 twice");
		assertThat(millis).isLessThan(5000);
	}

}
