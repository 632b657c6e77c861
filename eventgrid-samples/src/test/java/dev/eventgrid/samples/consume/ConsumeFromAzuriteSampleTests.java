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

package dev.eventgrid.samples.consume;

import dev.eventgrid.samples.RunSummary;
import dev.eventgrid.samples.SampleRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ConsumeFromAzuriteSample}: it runs where Node.js is installed, and is
 * skipped with its reason printed where it is not.
 *
 * @author Event Grid for Spring Boot team
 */
@SpringBootTest(properties = "samples.run=none", webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ConsumeFromAzuriteSampleTests {

	@Autowired
	private SampleRunner samples;

	@Test
	void readsTheEventFromAzuriteOrSaysWhyItCannot(CapturedOutput output) {
		RunSummary summary = this.samples.run("azurite");
		if (Azurite.unavailableReason() != null) {
			assertThat(summary.skipped()).isOne();
			assertThat(output).contains("skipped: Azurite needs Node.js and npm on the path");
			return;
		}
		assertThat(summary.passed()).isOne();
		assertThat(output).contains("started Azurite " + Azurite.VERSION, "characters of Base64, starting eyJ",
				"type=com.contoso.orders.OrderShipped source=/contoso/orders",
				"converted to its data: OrderShipped[orderId=A-1002, carrier=Contoso Logistics, trackingNumber=CL-88422]");
	}

}
