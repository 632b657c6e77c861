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

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.model.ReceivedEvent;
import dev.eventgrid.samples.SampleRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link PublishCustomSchemaSample}.
 *
 * @author Event Grid for Spring Boot team
 */
@SpringBootTest(properties = "samples.run=none", webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class PublishCustomSchemaSampleTests {

	@Autowired
	private SampleRunner samples;

	@Autowired
	private EventGridEmulator emulator;

	@BeforeEach
	void clearEmulator() {
		this.emulator.clear();
	}

	@Autowired
	private JsonMapper jsonMapper;

	@Test
	void sendsEachEventExactlyAsTheApplicationWritesIt(CapturedOutput output) {
		assertThat(this.samples.run("custom-schema").passed()).isOne();
		List<ReceivedEvent> received = this.emulator.receivedEvents("custom-events");
		assertThat(received).hasSize(3).allSatisfy((event) -> {
			List<String> components = Arrays.stream(InventoryChange.class.getRecordComponents())
				.map(RecordComponent::getName)
				.toList();
			assertThat(event.node().propertyNames()).containsExactlyElementsOf(components);
			InventoryChange change = this.jsonMapper.readValue(event.json(), InventoryChange.class);
			assertThat(event.json()).isEqualTo(this.jsonMapper.writeValueAsString(change));
			assertThat(output).contains("sent [custom] " + change);
		});
		assertThat(output).contains("received by custom-events: 3 events, no id field (custom schema)");
	}

}
