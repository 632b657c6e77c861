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

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import dev.eventgrid.spring.event.CloudEvent;
import dev.eventgrid.spring.event.EventGridEvent;
import dev.eventgrid.spring.event.EventGridPayloadReader;
import dev.eventgrid.spring.event.InvalidEventException;
import dev.eventgrid.spring.event.InvalidPayloadException;
import dev.eventgrid.spring.event.InvalidPayloadException.Problem;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Property-based fuzzing of everything that reads untrusted JSON: arbitrary text,
 * arbitrary bytes, and valid payloads mutated by truncation, deletion, insertion and
 * replacement. The only failures allowed are the documented ones, JSON nested deeper than
 * the payload reader's limit of 64 levels is refused and JSON within it read, and every
 * try ends within its time limit.
 *
 * @author Event Grid for Spring Boot team
 */
@TimeLimit(perTry = 10, perProperty = 120)
class PayloadFuzzingTests {

	private static final String EVENT_GRID_EVENT = "{\"id\":\"1\",\"topic\":\"/subscriptions/s\",\"subject\":\"a/b\","
			+ "\"data\":{\"n\":1.5,\"l\":[true,null,\"x\"]},\"eventType\":\"Microsoft.Storage.BlobCreated\","
			+ "\"eventTime\":\"2024-05-01T10:00:00.1234567Z\",\"dataVersion\":\"1\",\"metadataVersion\":\"1\"}";

	private static final String CLOUD_EVENT = "{\"specversion\":\"1.0\",\"id\":\"1\",\"source\":\"/s\",\"type\":\"t\","
			+ "\"time\":\"2024-05-01T10:00:00Z\",\"subject\":\"x\",\"data_base64\":\"AQID\",\"traceparent\":\"tp\"}";

	private static final List<String> SEEDS = List.of(EVENT_GRID_EVENT, "[" + EVENT_GRID_EVENT + "]", CLOUD_EVENT,
			"[" + CLOUD_EVENT + "," + CLOUD_EVENT + "]");

	private final EventGridPayloadReader reader = new EventGridPayloadReader();

	@Property(tries = 2000)
	void fromJsonRefusesArbitraryTextOnlyWithInvalidEventException(@ForAll @Size(max = 300) String text) {
		readsOrRefuses(text);
	}

	@Property(tries = 3000)
	void fromJsonRefusesMutatedEventsOnlyWithInvalidEventException(@ForAll("mutatedPayloads") String text) {
		readsOrRefuses(text);
	}

	@Property(tries = 3000)
	void payloadReaderRefusesMutatedPayloadsOnlyWithInvalidPayloadException(@ForAll("mutatedPayloads") String text) {
		readsOrRefusesPayload(text.getBytes(StandardCharsets.UTF_8));
		readsOrRefusesPayload(Base64.getEncoder().encode(text.getBytes(StandardCharsets.UTF_8)));
	}

	@Property(tries = 2000)
	void payloadReaderRefusesArbitraryBytesOnlyWithInvalidPayloadException(@ForAll @Size(max = 400) byte[] bytes) {
		readsOrRefusesPayload(bytes);
	}

	@Property(tries = 200)
	void refusesNestingDeeperThanTheLimitAndReadsAnythingWithinIt(@ForAll("depths") int depth) {
		String nested = "[".repeat(depth) + "]".repeat(depth);
		readsOrRefuses(nested);
		readsOrRefusesPayload(nested.getBytes(StandardCharsets.UTF_8));
		// The event object and its data object are two levels; the arrays are the rest.
		String deepData = EVENT_GRID_EVENT.replace("{\"n\":1.5", "{\"n\":" + "[".repeat(depth) + "]".repeat(depth));
		byte[] json = deepData.getBytes(StandardCharsets.UTF_8);
		for (byte[] payload : List.of(json, Base64.getEncoder().encode(json))) {
			if (depth + 2 <= EventGridPayloadReader.DEFAULT_MAX_NESTING_DEPTH) {
				assertThat(this.reader.read(payload).events()).hasSize(1);
			}
			else {
				assertThatExceptionOfType(InvalidPayloadException.class).isThrownBy(() -> this.reader.read(payload))
					.withMessageContaining("nested deeper than the limit of 64 levels")
					.extracting(InvalidPayloadException::getProblem)
					.isEqualTo(Problem.TOO_DEEPLY_NESTED);
			}
		}
	}

	@Provide
	Arbitrary<Integer> depths() {
		return Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.integers().between(55, 75)),
				Tuple.of(1, Arbitraries.integers().between(1, 54)),
				Tuple.of(1, Arbitraries.integers().between(76, 200_000)));
	}

	@Provide
	Arbitrary<String> mutatedPayloads() {
		Arbitrary<String> seed = Arbitraries.of(SEEDS);
		Arbitrary<Integer> position = Arbitraries.integers().between(0, 10_000);
		Arbitrary<String> insert = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(4),
				Arbitraries.of("{", "}", "[", "]", "\"", ",", ":", "null", "1e999", "\\u0000", "\uD800", "-0", "\\"));
		Arbitrary<Integer> operation = Arbitraries.integers().between(0, 3);
		return Combinators.combine(seed, position, insert, operation).as(PayloadFuzzingTests::mutate);
	}

	private static String mutate(String seed, int position, String insert, int operation) {
		int at = position % (seed.length() + 1);
		return switch (operation) {
			case 0 -> seed.substring(0, at);
			case 1 -> seed.substring(0, at) + seed.substring(Math.min(seed.length(), at + insert.length() + 1));
			case 2 -> seed.substring(0, at) + insert + seed.substring(at);
			default -> seed.substring(0, at) + insert + seed.substring(Math.min(seed.length(), at + insert.length()));
		};
	}

	private static void readsOrRefuses(String text) {
		try {
			assertThat(EventGridEvent.fromJson(text)).isNotNull();
		}
		catch (InvalidEventException ex) {
			assertThat(ex.getMessage()).isNotBlank();
		}
		try {
			assertThat(CloudEvent.fromJson(text)).isNotNull();
		}
		catch (InvalidEventException ex) {
			assertThat(ex.getMessage()).isNotBlank();
		}
	}

	private void readsOrRefusesPayload(byte[] bytes) {
		try {
			assertThat(this.reader.read(bytes).events()).isNotEmpty();
		}
		catch (InvalidPayloadException ex) {
			assertThat(ex.getMessage()).isNotBlank();
			assertThat(ex.getProblem()).isNotNull();
		}
	}

}
