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

package dev.eventgrid.spring.event;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for the names of {@link EventSchema} in configuration: ours, the emulator's and
 * the service's, in any case, read by {@link EventSchema#fromId(String)} and by every
 * {@link Binder}.
 *
 * @author Event Grid for Spring Boot team
 */
class EventSchemaTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "cloud-event, CLOUD_EVENT", "cloud-event-v1-0, CLOUD_EVENT", "CloudEventSchemaV1_0, CLOUD_EVENT",
			"cloudeventschemav1_0, CLOUD_EVENT", "CLOUD_EVENT_V1_0, CLOUD_EVENT", "CloudEvent, CLOUD_EVENT",
			"event-grid-event, EVENT_GRID_EVENT", "EventGridSchema, EVENT_GRID_EVENT",
			"EVENTGRIDSCHEMA, EVENT_GRID_EVENT", "EVENT_GRID_EVENT, EVENT_GRID_EVENT", "custom, CUSTOM",
			"CustomEventSchema, CUSTOM", "customeventschema, CUSTOM", "' Custom ', CUSTOM" })
	void readsEverySpelling(String name, EventSchema schema) {
		assertThat(EventSchema.fromId(name)).isEqualTo(schema);
		assertThat(bind(name)).isEqualTo(schema);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "avro", "cloud-events-v2", "EventGridEventSchema", "json" })
	void refusesOtherNamesSayingWhichAreAccepted(String name) {
		assertThatIllegalArgumentException().isThrownBy(() -> EventSchema.fromId(name))
			.withMessage("Unknown event schema '" + name + "'; use one of event-grid-event, cloud-event or custom "
					+ "(or the service's EventGridSchema, CloudEventSchemaV1_0 or CustomEventSchema)");
		assertThatExceptionOfType(BindException.class).isThrownBy(() -> bind(name))
			.havingRootCause()
			.withMessageStartingWith("Unknown event schema '" + name + "'");
	}

	private static EventSchema bind(String name) {
		return new Binder(new MapConfigurationPropertySource(Map.of("eventgrid.schema", name)))
			.bind("eventgrid.schema", EventSchema.class)
			.get();
	}

}
