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

package dev.eventgrid.spring.test;

import java.util.Map;

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.model.ReceivedEvent;
import dev.eventgrid.spring.core.EventGridTemplate;
import dev.eventgrid.spring.core.ReactiveEventGridTemplate;
import dev.eventgrid.spring.event.CloudEvent;
import dev.eventgrid.spring.event.EventGridEvent;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link EventGridEmulatorTest @EventGridEmulatorTest}: publishers from the
 * properties are connected to emulated topics of their schema, and tests see only their
 * own events.
 *
 * @author Event Grid for Spring Boot team
 */
@EventGridEmulatorTest(
		properties = { "eventgrid.schema=event-grid-event", "eventgrid.endpoint=${AZURE_ENDPOINT_NOT_SET}",
				"eventgrid.publishers.audit.schema=cloud-event", "eventgrid.publishers.regions.domain-topic=europe" },
		topics = "extra-topic:custom")
class EventGridEmulatorTestTests {

	@Autowired
	private EventGridTemplate template;

	@Autowired
	private ReactiveEventGridTemplate reactiveTemplate;

	@Autowired
	private EventGridEmulator emulator;

	@Test
	void connectsEveryPublisherToATopicOfItsSchema() {
		this.template.send(EventGridEvent.builder().subject("s").eventType("t").dataVersion("1").data(1).build());
		this.template.send("audit", CloudEvent.builder().source("/s").type("t").data(1).build());
		this.template.convertAndSend("regions", Map.of("a", 1));

		EventGridEmulatorAssert.assertThat(this.emulator).topic("default").hasReceived(1);
		EventGridEmulatorAssert.assertThat(this.emulator)
			.topic("audit")
			.hasReceived(1)
			.first()
			.satisfies((event) -> assertThat(event.text("specversion")).isEqualTo("1.0"));
		EventGridEmulatorAssert.assertThat(this.emulator)
			.topic("regions")
			.hasReceived(1)
			.extracting(ReceivedEvent::domainTopic)
			.containsExactly("europe");
		assertThat(this.emulator.topic("regions").isDomain()).isTrue();
		assertThat(this.emulator.topic("extra-topic").schema())
			.isEqualTo(dev.eventgrid.emulator.model.InputSchema.CUSTOM);
		assertThat(this.reactiveTemplate.getPublisher("default").getEndpoint().getScheme()).isEqualTo("http");
	}

	@Test
	void startsEachTestWithAnEmptyEmulator() {
		EventGridEmulatorAssert.assertThat(this.emulator).topic("default").hasReceivedNothing();
		this.template.send(EventGridEvent.builder().subject("s").eventType("t").dataVersion("1").data(2).build());
		EventGridEmulatorAssert.assertThat(this.emulator).topic("default").hasReceived(1);
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class Application {

	}

}
