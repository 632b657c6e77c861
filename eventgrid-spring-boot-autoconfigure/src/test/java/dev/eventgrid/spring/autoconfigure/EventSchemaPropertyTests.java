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

package dev.eventgrid.spring.autoconfigure;

import dev.eventgrid.spring.core.ReactiveEventGridTemplate;
import dev.eventgrid.spring.event.EventSchema;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that {@code eventgrid.schema} and {@code eventgrid.publishers.<name>.schema}
 * accept the names of the emulator and of the service as well as ours.
 *
 * @author Event Grid for Spring Boot team
 */
class EventSchemaPropertyTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(EventGridAutoConfiguration.class));

	@Test
	void bindsTheServiceAndEmulatorNamesOfEachSchema() {
		this.contextRunner
			.withPropertyValues("eventgrid.endpoint=https://orders.westus2-1.eventgrid.azure.net/api/events",
					"eventgrid.key=a2V5", "eventgrid.schema=CloudEventSchemaV1_0",
					"eventgrid.publishers.audit.endpoint=https://audit.westus2-1.eventgrid.azure.net/api/events",
					"eventgrid.publishers.audit.key=a2V5", "eventgrid.publishers.audit.schema=EventGridSchema",
					"eventgrid.publishers.raw.endpoint=https://raw.westus2-1.eventgrid.azure.net/api/events",
					"eventgrid.publishers.raw.key=a2V5", "eventgrid.publishers.raw.schema=CustomEventSchema")
			.run((context) -> {
				ReactiveEventGridTemplate template = context.getBean(ReactiveEventGridTemplate.class);
				assertThat(template.getPublisher("default").getSchema()).isEqualTo(EventSchema.CLOUD_EVENT);
				assertThat(template.getPublisher("audit").getSchema()).isEqualTo(EventSchema.EVENT_GRID_EVENT);
				assertThat(template.getPublisher("raw").getSchema()).isEqualTo(EventSchema.CUSTOM);
			});
	}

	@Test
	void bindsTheEmulatorNameInAPublisherOnlyConfiguration() {
		this.contextRunner
			.withPropertyValues(
					"eventgrid.publishers.orders.endpoint=https://orders.westus2-1.eventgrid.azure.net/api/events",
					"eventgrid.publishers.orders.key=a2V5", "eventgrid.publishers.orders.schema=cloud-event-v1-0")
			.run((context) -> assertThat(
					context.getBean(ReactiveEventGridTemplate.class).getPublisher("orders").getSchema())
				.isEqualTo(EventSchema.CLOUD_EVENT));
	}

}
