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

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that the fast time format of {@link EventJson} writes exactly what
 * {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} writes.
 *
 * @author Event Grid for Spring Boot team
 */
class EventJsonTimeFormatTests {

	@Property(tries = 20_000)
	void formatsTimesAsTheIsoFormatterDoes(@ForAll @IntRange(min = -100, max = 10_100) int year,
			@ForAll @IntRange(min = 1, max = 12) int month, @ForAll @IntRange(min = 1, max = 28) int day,
			@ForAll @IntRange(min = 0, max = 23) int hour, @ForAll @IntRange(min = 0, max = 59) int minute,
			@ForAll @IntRange(min = 0, max = 59) int second, @ForAll @IntRange(min = 0, max = 999_999_999) int nano,
			@ForAll @IntRange(min = -64_800, max = 64_800) int offsetSeconds, @ForAll boolean wholeMinutes,
			@ForAll boolean roundNano) {
		int offset = wholeMinutes ? offsetSeconds / 60 * 60 : offsetSeconds;
		OffsetDateTime time = OffsetDateTime.of(year, month, day, hour, minute, second,
				roundNano ? nano / 1_000_000 * 1_000_000 : nano, ZoneOffset.ofTotalSeconds(offset));

		assertThat(EventJson.formatTime(time)).isEqualTo(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time));
	}

}
