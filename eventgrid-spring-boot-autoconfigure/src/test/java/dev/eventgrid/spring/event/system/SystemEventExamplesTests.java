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

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Reads every system event example of the Event Grid specifications into its data record
 * and checks that nothing is lost or added on the way. The specifications are not part of
 * this repository: point {@code -Deventgrid.specs.dir} (or {@code EVENTGRID_SPECS_DIR})
 * at a checkout of {@code Azure/azure-rest-api-specs}; without it the test is skipped.
 *
 * @author Event Grid for Spring Boot team
 */
class SystemEventExamplesTests {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
		.build();

	@Test
	void everyExampleOfTheSpecificationsReadsIntoItsRecordWithNothingLostOrAdded() throws IOException {
		Path specs = specsDirectory();
		List<Example> examples = examples(specs.resolve("specification/eventgrid"));
		Map<String, String> failures = new TreeMap<>();
		List<String> tolerated = new ArrayList<>();
		for (Example example : examples) {
			Comparison comparison = new Comparison();
			String failure = check(example, comparison);
			if (failure != null) {
				failures.put(example.describe(specs), failure);
			}
			else if (!comparison.tolerated.isEmpty()) {
				tolerated.add(example.describe(specs) + " " + comparison.tolerated);
			}
		}
		System.out.printf("System event examples: %d/%d read with nothing lost or added; %d needed tolerance:%n",
				examples.size() - failures.size(), examples.size(), tolerated.size());
		tolerated.forEach((line) -> System.out.println("  " + line));

		assertThat(examples).as("system event examples under %s", specs).isNotEmpty();
		assertThat(failures).as("examples that do not read into their record").isEmpty();
	}

	private static Path specsDirectory() {
		String configured = System.getProperty("eventgrid.specs.dir", System.getenv("EVENTGRID_SPECS_DIR"));
		assumeThat(configured)
			.as("-Deventgrid.specs.dir or EVENTGRID_SPECS_DIR pointing at a checkout of Azure/azure-rest-api-specs")
			.isNotBlank();
		Path specs = Path.of(configured);
		assumeThat(specs.resolve("specification/eventgrid")).as("the specifications checkout").isDirectory();
		return specs;
	}

	private static @Nullable String check(Example example, Comparison comparison) {
		Optional<Class<? extends SystemEventData>> type = SystemEventMappings.dataType(example.eventType());
		if (type.isEmpty()) {
			return "no record for " + example.eventType();
		}
		try {
			SystemEventData data = MAPPER.treeToValue(example.data(), type.get());
			comparison.compare("data", example.data(), MAPPER.valueToTree(data));
			return comparison.differences.isEmpty() ? null : comparison.differences.toString();
		}
		catch (RuntimeException ex) {
			return type.get().getSimpleName() + ": " + ex.getMessage();
		}
	}

	private static List<Example> examples(Path root) throws IOException {
		List<Example> examples = new ArrayList<>();
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter(SystemEventExamplesTests::isExampleFile).sorted().toList()) {
				collect(file, readTree(file), examples);
			}
		}
		return examples;
	}

	private static boolean isExampleFile(Path file) {
		String path = file.toString().replace('\\', '/');
		return path.endsWith(".json") && path.contains("/examples/") && !path.contains("/resource-manager/");
	}

	private static JsonNode readTree(Path file) {
		try {
			return MAPPER.readTree(Files.readString(file));
		}
		catch (IOException | RuntimeException ex) {
			return MAPPER.missingNode();
		}
	}

	private static void collect(Path file, JsonNode node, List<Example> examples) {
		String eventType = node.path("eventType").asString(node.path("type").asString(""));
		if (node.isObject() && node.has("data") && SystemEventNames.isSystemEventType(eventType)) {
			examples.add(new Example(file, eventType, node.get("data")));
			return;
		}
		if (node.isContainer()) {
			node.values().forEach((child) -> collect(file, child, examples));
		}
	}

	record Example(Path file, String eventType, JsonNode data) {

		String describe(Path specs) {
			return specs.relativize(this.file) + " (" + this.eventType + ")";
		}

	}

	/**
	 * Compares the data of an example with the record's view of it: every member must be
	 * read (none unknown), and the record must add none (none missing from the example).
	 * Two differences are tolerated and reported: a number written as a string, and a
	 * date-time written in another form of the same instant.
	 */
	static final class Comparison {

		private static final DateTimeFormatter DOTNET_FORM = DateTimeFormatter.ofPattern("M/d/yyyy h:mm:ss a xxx",
				Locale.US);

		private final List<String> differences = new ArrayList<>();

		private final List<String> tolerated = new ArrayList<>();

		void compare(String path, JsonNode expected, JsonNode actual) {
			if (expected.isObject() && actual.isObject()) {
				compareObjects(path, expected, actual);
			}
			else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
				for (int i = 0; i < expected.size(); i++) {
					compare(path + "[" + i + "]", expected.get(i), actual.get(i));
				}
			}
			else if (!expected.equals(actual)) {
				compareValues(path, expected, actual);
			}
		}

		private void compareObjects(String path, JsonNode expected, JsonNode actual) {
			List<String> matched = new ArrayList<>();
			for (Map.Entry<String, JsonNode> member : expected.properties()) {
				String name = actualName(actual, member.getKey());
				if (member.getValue().isNull()) {
					continue;
				}
				if (name == null) {
					this.differences.add("unknown " + path + "." + member.getKey());
					continue;
				}
				matched.add(name);
				compare(path + "." + member.getKey(), member.getValue(), actual.get(name));
			}
			actual.propertyNames()
				.stream()
				.filter((name) -> !matched.contains(name))
				.forEach((name) -> this.differences.add("added " + path + "." + name));
		}

		private static @Nullable String actualName(JsonNode actual, String name) {
			if (actual.has(name)) {
				return name;
			}
			return actual.propertyNames().stream().filter(name::equalsIgnoreCase).findFirst().orElse(null);
		}

		private void compareValues(String path, JsonNode expected, JsonNode actual) {
			if (sameNumber(expected, actual)) {
				if (expected.isString()) {
					this.tolerated.add(path + ": number written as a string");
				}
				return;
			}
			if (expected.isString() && actual.isString() && sameInstant(path, expected.asString(), actual.asString())) {
				return;
			}
			this.differences.add(path + ": " + expected + " read as " + actual);
		}

		private static boolean sameNumber(JsonNode expected, JsonNode actual) {
			BigDecimal left = number(expected);
			BigDecimal right = number(actual);
			return left != null && right != null && left.compareTo(right) == 0;
		}

		private static @Nullable BigDecimal number(JsonNode node) {
			if (node.isNumber()) {
				return node.decimalValue();
			}
			try {
				return node.isString() ? new BigDecimal(node.asString().trim()) : null;
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}

		private boolean sameInstant(String path, String expected, String actual) {
			try {
				OffsetDateTime read = OffsetDateTime.parse(actual);
				if (read.isEqual(OffsetDateTime.parse(expected))) {
					return true;
				}
			}
			catch (DateTimeParseException ex) {
				// maybe without an offset, or in the .NET form
			}
			try {
				boolean same = LocalDateTime.parse(expected)
					.atOffset(ZoneOffset.UTC)
					.isEqual(OffsetDateTime.parse(actual));
				if (same) {
					this.tolerated.add(path + ": date-time without an offset, read as UTC");
					return true;
				}
			}
			catch (DateTimeParseException ex) {
				// maybe the .NET form
			}
			try {
				boolean same = OffsetDateTime.parse(expected, DOTNET_FORM).isEqual(OffsetDateTime.parse(actual));
				if (same) {
					this.tolerated.add(path + ": date-time in the .NET form");
				}
				return same;
			}
			catch (DateTimeParseException ex) {
				return false;
			}
		}

	}

}
