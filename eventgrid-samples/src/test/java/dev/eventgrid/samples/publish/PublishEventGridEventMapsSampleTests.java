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

package dev.eventgrid.samples.publish;

import java.util.List;

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.model.ReceivedEvent;
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
 * Tests for {@link PublishEventGridEventMapsSample}.
 *
 * @author Event Grid for Spring Boot team
 */
@SpringBootTest(properties = "samples.run=none", webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class PublishEventGridEventMapsSampleTests {

	@Autowired
	private SampleRunner samples;

	@Autowired
	private EventGridEmulator emulator;

	@BeforeEach
	void clearEmulator() {
		this.emulator.clear();
	}

	@Test
	void publishesMapsAsEventGridEventsKeepingTheirIds(CapturedOutput output) {
		assertThat(this.samples.run("eventgrid-event-maps").passed()).isOne();
		List<ReceivedEvent> received = this.emulator.receivedEvents("eventgrid-events");
		assertThat(received).extracting((event) -> event.node().get("data").get("sku").asString())
			.containsExactly("SKU-2001", "SKU-2002");
		assertThat(received).allSatisfy((event) -> {
			assertThat(event.text("eventType")).isEqualTo("Contoso.Warehouse.ItemReceived");
			assertThat(event.text("eventTime")).isNotBlank();
			assertThat(output).contains("sent [eg] id=" + event.text("id"));
		});
	}

}
