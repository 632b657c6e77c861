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

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link JsonSyntax}: it agrees with Jackson's parser, which decides whenever
 * it answers {@code false}, on well-formed and mutated JSON alike, and never accepts what
 * Jackson rejects.
 *
 * @author Event Grid for Spring Boot team
 */
class JsonSyntaxTests {

	// Characters that matter to JSON's grammar, and some that look like they might.
	private static final String MUTATIONS = "{}[]\",:\\/ \t\n\r-+.eE0123456789tfnulrsabx\u0000\u001f\u007f\u00a0"
			+ "\u2028\ufeff\uff10\ud83d";

	// Fragments that are valid or nearly valid in some places and not in others.
	private static final List<String> SNIPPETS = List.of("\\x", "\\u12", "\\u00e9", "\\u00G9", "\\\"", "\\", "\\/",
			"01", "-0", "-", "1.", ".5", "1e5", "1e", "E-2", "true", "nul", "false", "null,", ",", ":", "{}", "[]", "[",
			"]", "{\"k\":", "\"\"", " ", "\u0000");

	@Property(tries = 2000)
	void acceptsWhatJacksonWritesInAnyLayout(@ForAll long seed) {
		Random random = new Random(seed);
		Object value = randomValue(random, 0);
		String compact = EventJson.MAPPER.writeValueAsString(value);
		String pretty = EventJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
		assertThat(accepts(compact)).as(compact).isTrue();
		assertThat(accepts(pretty)).as(pretty).isTrue();
		assertThat(accepts(" \r\n\t" + compact + "\n ")).isTrue();
	}

	@Property(tries = 5000)
	void neverAcceptsMutatedJsonThatJacksonRejects(@ForAll long seed,
			@ForAll @IntRange(min = 1, max = 4) int mutations) {
		Random random = new Random(seed);
		StringBuilder text = new StringBuilder(EventJson.MAPPER.writeValueAsString(randomValue(random, 0)));
		for (int i = 0; i < mutations; i++) {
			mutate(text, random);
		}
		String json = text.toString();
		boolean accepted = accepts(json);
		if (accepted) {
			assertThat(jacksonReadsOneValue(json)).as(json).isTrue();
		}
		// Not the converse: Jackson is laxer in places (it reads the hex digits of a
		// backslash-u escape past U+00FF by their low byte), and decides what this check
		// leaves to it.
		Statistics.label("accepted").collect(accepted);
		// Both verdicts come up often enough for the check to mean something.
		Statistics.label("accepted").coverage((coverage) -> coverage.check(true).percentage((percent) -> percent > 10));
		Statistics.label("accepted")
			.coverage((coverage) -> coverage.check(false).percentage((percent) -> percent > 10));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "{", "}", "[", "]", "[1,]", "{\"a\":1,}", "{\"a\"}", "{\"a\":}", "{a:1}",
			"{'a':1}", "01", "-", "-01", "1.", ".5", "1e", "1e+", "+1", "NaN", "Infinity", "tru", "truex", "nul", "\"a",
			"\"\\x\"", "\"\\u12G4\"", "\"\\u\uff10\uff10\uff10\uff10\"", "\"\u0001\"", "1 2", "{} []", "[1 2]",
			"{\"a\":1 \"b\":2}", "\ufeff{}", "\u00a0{}", "// c\n{}", "[1,2]]", "{\"a\":[}]" })
	void rejectsWhatJacksonRejects(String json) {
		assertThat(accepts(json)).isFalse();
		assertThat(jacksonReadsOneValue(json)).isFalse();
		assertThatExceptionOfType(InvalidEventException.class).isThrownBy(() -> JsonData.of(json));
	}

	@ParameterizedTest
	@ValueSource(strings = { "null", "true", "false", "0", "-0", "-0.0e-0", "1E+10", "12.5e3", "\"\"",
			"\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00aF\"", "\"\u00e9\u2028\ud83d\ude00\"", "[]", "{}", " [ { } , [ ] ] ",
			"{\"a\":{\"b\":[1,{\"c\":null}]},\"d\":\"\"}" })
	void acceptsEveryKindOfValue(String json) {
		assertThat(accepts(json)).isTrue();
		assertThat(jacksonReadsOneValue(json)).isTrue();
	}

	@Test
	void findsWhatEndsARunOfStringContentAtEveryPositionOfAWord() {
		// Quote, backslash escape, control characters, DEL, and multi-byte characters
		// whose bytes are all at 0x80 and above.
		List<String> insertions = List.of("\"", "\\n", "\\u0041", "\\", "\u0000", "\u001f", "\n", "\u007f", "\u00e9",
				"\u20ac", "\ud83d\ude00", " ", "!", "#", "[");
		for (int position = 0; position < 20; position++) {
			for (String insertion : insertions) {
				String json = "\"" + "a".repeat(position) + insertion + "b".repeat(19 - position) + "\"";
				assertThat(accepts(json)).as(json).isEqualTo(jacksonReadsOneValue(json));
			}
		}
	}

	@Test
	void leavesTextPastItsOwnLimitsToJackson() {
		String deep = "[".repeat(JsonSyntax.MAX_DEPTH + 1) + "]".repeat(JsonSyntax.MAX_DEPTH + 1);
		String longName = "{\"" + "n".repeat(JsonSyntax.MAX_NAME_LENGTH + 1) + "\":1}";
		String longNumber = "1".repeat(JsonSyntax.MAX_NUMBER_LENGTH + 1);
		for (String json : List.of(deep, longName, longNumber)) {
			assertThat(accepts(json)).isFalse();
			assertThat(JsonData.of(json).toString()).isEqualTo(json);
		}
		String atLimit = "[".repeat(JsonSyntax.MAX_DEPTH) + "]".repeat(JsonSyntax.MAX_DEPTH);
		assertThat(accepts(atLimit)).isTrue();
	}

	@Test
	void tooDeepForJacksonIsReportedByJackson() {
		String json = "[".repeat(600) + "]".repeat(600);
		assertThatExceptionOfType(InvalidEventException.class).isThrownBy(() -> JsonData.of(json))
			.withMessageContaining("JSON data is malformed")
			.withMessageContaining("nesting depth");
	}

	@Test
	void ownLimitsAreWithinJacksons() {
		StreamReadConstraints jackson = EventJson.MAPPER.tokenStreamFactory().streamReadConstraints();
		assertThat(JsonSyntax.MAX_DEPTH).isLessThanOrEqualTo(jackson.getMaxNestingDepth());
		assertThat(JsonSyntax.MAX_NAME_LENGTH).isLessThanOrEqualTo(jackson.getMaxNameLength());
		assertThat(JsonSyntax.MAX_NUMBER_LENGTH).isLessThanOrEqualTo(jackson.getMaxNumberLength());
		assertThat(JsonSyntax.MAX_TEXT_LENGTH).isLessThanOrEqualTo(jackson.getMaxStringLength());
	}

	private static boolean accepts(String json) {
		return JsonSyntax.isSingleValue(json.getBytes(StandardCharsets.UTF_8));
	}

	private static boolean jacksonReadsOneValue(String json) {
		try (JsonParser parser = EventJson.MAPPER.createParser(json)) {
			if (parser.nextToken() == null) {
				return false;
			}
			parser.skipChildren();
			return parser.nextToken() == null;
		}
		catch (JacksonException ex) {
			return false;
		}
	}

	private static void mutate(StringBuilder text, Random random) {
		int at = random.nextInt(text.length() + 1);
		char c = MUTATIONS.charAt(random.nextInt(MUTATIONS.length()));
		switch (random.nextInt(4)) {
			case 0 -> text.insert(at, c);
			case 1 -> text.insert(at, SNIPPETS.get(random.nextInt(SNIPPETS.size())));
			case 2 -> {
				if (at < text.length()) {
					text.deleteCharAt(at);
				}
			}
			default -> {
				if (at < text.length()) {
					text.setCharAt(at, c);
				}
			}
		}
	}

	private static Object randomValue(Random random, int depth) {
		int kind = random.nextInt((depth < 5) ? 8 : 6);
		return switch (kind) {
			case 0 -> random.nextBoolean();
			case 1 -> random.nextInt();
			case 2 -> random.nextDouble() * Math.pow(10, random.nextInt(40) - 20);
			case 3 -> (random.nextBoolean()) ? "" : "plain text";
			case 4, 5 -> randomString(random);
			case 6 -> {
				List<Object> array = new ArrayList<>();
				for (int i = random.nextInt(4); i > 0; i--) {
					array.add(randomValue(random, depth + 1));
				}
				yield array;
			}
			default -> {
				Map<String, Object> object = new LinkedHashMap<>();
				for (int i = random.nextInt(4); i > 0; i--) {
					object.put(randomString(random), randomValue(random, depth + 1));
				}
				yield object;
			}
		};
	}

	private static String randomString(Random random) {
		StringBuilder text = new StringBuilder();
		for (int i = random.nextInt((random.nextInt(4) == 0) ? 40 : 12); i > 0; i--) {
			text.append((random.nextInt(4) == 0) ? MUTATIONS.charAt(random.nextInt(MUTATIONS.length()))
					: (char) random.nextInt(0x3000));
		}
		return text.toString();
	}

}
