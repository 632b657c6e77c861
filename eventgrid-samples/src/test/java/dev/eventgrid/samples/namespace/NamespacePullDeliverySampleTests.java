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
 * Tests for {@link NamespacePullDeliverySample}.
 *
 * @author Event Grid for Spring Boot team
 */
@SpringBootTest(properties = "samples.run=none", webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class NamespacePullDeliverySampleTests {

	@Autowired
	private SampleRunner samples;

	@Autowired
	private EventGridEmulator emulator;

	@BeforeEach
	void clearEmulator() {
		this.emulator.clear();
	}

	@Test
	void publishesToTheNamespaceTopicReceivesAndAcknowledges(CapturedOutput output) {
		assertThat(this.samples.run("namespace-pull").passed()).isOne();

		assertThat(this.emulator.namespace("contoso").receivedEvents("orders")).singleElement()
			.satisfies((event) -> assertThat(event.text("type")).isEqualTo("com.contoso.orders.OrderPacked"));
		PullSubscription workers = this.emulator.namespace("contoso").subscription("orders", "workers");
		assertThat(workers.size()).isZero();
		assertThat(output).contains("sent 1 event to the namespace topic in 1 request",
				"received com.contoso.orders.OrderPacked", "delivery count 1",
				"acknowledged 1 of 1 events; failed: []");
	}

}
