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

package dev.eventgrid.spring.fuzz;

import java.util.List;
import java.util.Map;

import dev.eventgrid.spring.event.CloudEvent;
import dev.eventgrid.spring.event.EventGridEvent;
import dev.eventgrid.spring.event.EventGridPayloadReader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Payloads cannot choose the classes they are read into: type hints such as
 * {@code @class} are plain data, as no mapper of the library enables Jackson's default
 * typing.
 *
 * @author Event Grid for Spring Boot team
 */
class NoDefaultTypingTests {

	private static final String DATA = "{\"@class\":\"java.lang.ProcessBuilder\",\"command\":[\"touch\",\"/tmp/owned\"],"
			+ "\"nested\":[\"java.net.URL\",\"http://localhost/\"]}";

	@Test
	void typeHintsInEventDataStayData() {
		EventGridEvent event = EventGridEvent
			.fromJson("{\"id\":\"1\",\"subject\":\"s\",\"eventType\":\"t\","
					+ "\"eventTime\":\"2024-05-01T10:00:00Z\",\"dataVersion\":\"1\",\"data\":" + DATA + "}")
			.get(0);

		Map<?, ?> data = (Map<?, ?>) event.data(Object.class);

		assertThat(data).isNotNull();
		assertThat(data.get("@class")).isEqualTo("java.lang.ProcessBuilder");
		assertThat(data.get("nested")).isInstanceOf(List.class);
	}

	@Test
	void typeHintsInDeliveredPayloadsStayData() {
		CloudEvent event = new EventGridPayloadReader()
			.readCloudEvents(
					"{\"specversion\":\"1.0\",\"id\":\"1\",\"source\":\"/s\",\"type\":\"t\",\"data\":" + DATA + "}")
			.get(0);

		assertThat(event.data(Object.class)).isInstanceOf(Map.class);
		assertThat(event.getExtensions()).isEmpty();
	}

}
