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

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link RecurringStrings}, through the event serializers that use it.
 *
 * @author Event Grid for Spring Boot team
 */
class RecurringStringsTests {

	private static final List<String> VALUES = List.of("/contoso/orders", "application/json", "Contoso.Orders.Placed",
			"café", "a\"quote", "back\\slash", "tab\there", "https://contoso.com/schemas/order.json");

	@Test
	void writesRecurringValuesAsTheGeneratorWritesThem() {
		assertSameBytesAsTheFirstWrite(JsonMapper.builder().build());
	}

	@Test
	void writesRecurringValuesAsAGeneratorThatEscapesSlashesAndNonAsciiWritesThem() {
		JsonMapper mapper = JsonMapper.builder()
			.enable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES, JsonWriteFeature.ESCAPE_NON_ASCII)
			.build();
		assertSameBytesAsTheFirstWrite(mapper);
		CloudEvent event = CloudEvent.builder().id("1").source("/orders").type("t").build();
		mapper.writeValueAsString(event);
		mapper.writeValueAsString(event);
		assertThat(mapper.writeValueAsString(event)).contains("\\/orders");
	}

	private void assertSameBytesAsTheFirstWrite(JsonMapper mapper) {
		for (String value : VALUES) {
			CloudEvent cloudEvent = CloudEvent.builder()
				.id("1")
				.source("/contoso/orders")
				.type(value)
				.dataContentType(value)
				.dataSchema("https://contoso.com/schemas/order.json")
				.build();
			EventGridEvent eventGridEvent = EventGridEvent.builder()
				.id("1")
				.subject("s")
				.eventType(value)
				.dataVersion(value)
				.topic(value)
				.data("d")
				.build();
			String firstCloudEvent = mapper.writeValueAsString(cloudEvent);
			String firstEventGridEvent = mapper.writeValueAsString(eventGridEvent);
			for (int i = 0; i < 3; i++) {
				assertThat(mapper.writeValueAsString(cloudEvent)).isEqualTo(firstCloudEvent);
				assertThat(mapper.writeValueAsString(eventGridEvent)).isEqualTo(firstEventGridEvent);
			}
		}
	}

}
