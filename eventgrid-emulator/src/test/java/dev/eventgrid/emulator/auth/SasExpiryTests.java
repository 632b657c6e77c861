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

package dev.eventgrid.emulator.auth;

import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SAS expiries are read as the service reads them, in the forms every known generator
 * writes, as UTC and whatever the JVM's default locale.
 *
 * @author Event Grid for Spring Boot team
 */
class SasExpiryTests {

	private static final Instant EXPECTED = Instant.parse("2017-06-15T18:20:05Z");

	@Test
	void readsTheJavaSdksUnpaddedUsForm() {
		assertThat(SasExpiry.parse("6/15/2017 6:20:5 PM")).isEqualTo(EXPECTED);
		assertThat(SasExpiry.parse("6/15/2017 6:20:5 pm")).isEqualTo(EXPECTED);
	}

	@Test
	void readsThePaddedUsFormOfDotnet() {
		assertThat(SasExpiry.parse("06/15/2017 06:20:05 PM")).isEqualTo(EXPECTED);
		assertThat(SasExpiry.parse("6/15/2017 12:00:00 AM")).isEqualTo(Instant.parse("2017-06-15T00:00:00Z"));
	}

	@Test
	void readsPythonsStrOfADatetime() {
		assertThat(SasExpiry.parse("2017-06-15 18:20:05+00:00")).isEqualTo(EXPECTED);
		assertThat(SasExpiry.parse("2017-06-15 20:20:05.250000+02:00")).isEqualTo(EXPECTED.plusMillis(250));
		assertThat(SasExpiry.parse("2017-06-15 18:20:05")).isEqualTo(EXPECTED);
	}

	@Test
	void readsIsoForms() {
		assertThat(SasExpiry.parse("2017-06-15T18:20:05Z")).isEqualTo(EXPECTED);
		assertThat(SasExpiry.parse("2017-06-15T18:20:05")).isEqualTo(EXPECTED);
	}

	@Test
	void readsTheUsFormWithATwentyFourHourClock() {
		assertThat(SasExpiry.parse("6/15/2017 18:20:05")).isEqualTo(EXPECTED);
	}

	@Test
	void refusesEpochSecondsWhichTheServiceDoesNotRead() {
		assertThat(SasExpiry.parse(Long.toString(EXPECTED.getEpochSecond()))).isNull();
	}

	@Test
	void readsEnglishMarkersAndOnlyThemWhateverTheDefaultLocale() {
		Locale previous = Locale.getDefault();
		try {
			Locale.setDefault(Locale.KOREA);
			assertThat(SasExpiry.parse("6/15/2017 6:20:5 PM")).isEqualTo(EXPECTED);
			// What the Java SDK writes in a Korean locale, which the service does not
			// read
			assertThat(SasExpiry.parse("6/15/2017 6:20:5 \uc624\ud6c4")).isNull();
			Locale.setDefault(Locale.GERMANY);
			assertThat(SasExpiry.parse("6/15/2017 6:20:5 PM")).isEqualTo(EXPECTED);
		}
		finally {
			Locale.setDefault(previous);
		}
	}

	@Test
	void returnsNullForUnknownForms() {
		assertThat(SasExpiry.parse("tomorrow")).isNull();
		assertThat(SasExpiry.parse("13/45/2017 6:20:5 PM")).isNull();
		assertThat(SasExpiry.parse("")).isNull();
	}

}
