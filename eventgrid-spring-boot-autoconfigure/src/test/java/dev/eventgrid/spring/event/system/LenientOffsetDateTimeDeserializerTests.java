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

package dev.eventgrid.spring.event.system;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link LenientOffsetDateTimeDeserializer}.
 *
 * @author Event Grid for Spring Boot team
 */
class LenientOffsetDateTimeDeserializerTests {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final OffsetDateTime EXPECTED = OffsetDateTime.parse("2007-03-28T19:13:50Z");

	@Test
	void readsIso8601WithAnOffset() {
		assertThat(queued("2007-03-28T21:13:50+02:00")).isEqualTo(EXPECTED);
	}

	@Test
	void readsIso8601WithoutAnOffsetAsUtc() {
		assertThat(queued("2007-03-28T19:13:50")).isEqualTo(EXPECTED);
	}

	@Test
	void readsTheDotNetForm() {
		assertThat(queued("3/28/2007 7:13:50 PM +00:00")).isEqualTo(EXPECTED);
	}

	@Test
	void readsAnEmptyStringAsNull() {
		assertThat(queued(" ")).isNull();
	}

	@Test
	void refusesTextThatIsNoDateWithAClearMessage() {
		assertThatExceptionOfType(DatabindException.class).isThrownBy(() -> queued("yesterday"))
			.withMessageContaining("'yesterday' is not a date and time");
	}

	private static @Nullable OffsetDateTime queued(String value) {
		return MAPPER.readValue("{\"time\":\"" + value + "\"}", Timed.class).time();
	}

	record Timed(@JsonDeserialize(using = LenientOffsetDateTimeDeserializer.class) @Nullable OffsetDateTime time) {

	}

}
