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
import dev.eventgrid.emulator.namespace.DeadLetteredCloudEvent;
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
import static org.assertj.core.api.Assertions.tuple;

/**
 * Tests for {@link NamespaceDeadLetterSample}.
 *
 * @author Event Grid for Spring Boot team
 */
@SpringBootTest(properties = "samples.run=none", webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class NamespaceDeadLetterSampleTests {

	@Autowired
	private SampleRunner samples;

	@Autowired
	private EventGridEmulator emulator;

	@BeforeEach
	void clearEmulator() {
		this.emulator.clear();
	}

	@Test
	void releasesAFailingEventUntilItsMaxDeliveryCountDeadLettersItAndRejectsAMalformedOne(CapturedOutput output) {
		long start = System.nanoTime();
		assertThat(this.samples.run("namespace-dead-letter").passed()).isOne();
		long millis = (System.nanoTime() - start) / 1_000_000;
		System.out.println("namespace-dead-letter ran in " + millis + " ms");

		PullSubscription invoicing = this.emulator.namespace("contoso").subscription("orders", "invoicing");
		assertThat(invoicing.size()).isZero();
		assertThat(invoicing.deadLetteredEvents())
			.extracting(DeadLetteredCloudEvent::eventId, DeadLetteredCloudEvent::deliveryAttempts)
			.containsExactlyInAnyOrder(tuple("INV-7", 3), tuple("INV-8", 1));
		assertThat(this.emulator.namespace("contoso").subscription("orders", "workers").size()).isZero();
		assertThat(output).contains("delivery 1 of INV-7: billing unavailable, released",
				"delivery 2 of INV-7: billing unavailable, released",
				"delivery 3 of INV-7: billing unavailable, released", "delivery 1 of INV-8: malformed, rejected",
				"dead-lettered INV-7 after 3 deliveries", "dead-lettered INV-8 after 1 deliveries");
		assertThat(millis).isLessThan(5000);
	}

}
