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

package dev.eventgrid.codegen;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * Decides which records to write and what to name them. Each event data definition (or
 * family of definitions with the same fields) becomes a top-level record; an object only
 * one of them uses becomes a record nested in it, an object several use a top-level
 * record of its own.
 *
 * @author Event Grid for Spring Boot team
 */
final class RecordPlanner {

	private static final Set<String> TAKEN_NAMES = Set.of("String", "Long", "Double", "Boolean", "Object", "Map",
			"List", "OffsetDateTime", "Override", "Deprecated", "Record", "SystemEventData");

	private final Definitions definitions;

	private final Map<String, PlannedRecord> roots = new TreeMap<>();

	private final Map<String, Set<String>> users = new LinkedHashMap<>();

	private final Map<String, String> typeNames = new HashMap<>();

	RecordPlanner(Definitions definitions) {
		this.definitions = definitions;
	}

	/**
	 * Plan every record.
	 * @return the top-level records, sorted by name
	 */
	List<PlannedRecord> plan() {
		Map<String, List<String>> eventTypesByRecord = new TreeMap<>();
		Map<String, String> keyByRecord = new HashMap<>();
		Map<String, String> definitionsByEventType = new LinkedHashMap<>();
		this.definitions.eventTypes()
			.forEach((definition, eventType) -> definitionsByEventType.put(eventType, definition));
		Overrides.documentedEventTypes().forEach((eventType, definition) -> {
			if (definitionsByEventType.containsValue(definition)) {
				definitionsByEventType.putIfAbsent(eventType, definition);
			}
		});
		definitionsByEventType.forEach((eventType, definition) -> {
			String family = Overrides.family(definition);
			String name = (family != null) ? family : className(definition);
			eventTypesByRecord.computeIfAbsent(name, (key) -> new ArrayList<>()).add(eventType);
			String first = keyByRecord.putIfAbsent(name, definition);
			if (first != null && !first.equals(definition)) {
				checkSameFields(name, first, definition);
			}
		});
		eventTypesByRecord.forEach((name, eventTypes) -> {
			String key = Objects.requireNonNull(keyByRecord.get(name));
			Set<String> reached = new LinkedHashSet<>();
			reach(key, reached);
			reached.forEach((object) -> this.users.computeIfAbsent(object, (k) -> new LinkedHashSet<>()).add(name));
			this.typeNames.put(key, name);
			this.roots.put(name, new PlannedRecord(name, key, List.copyOf(eventTypes), List.copyOf(reached),
					retired(eventTypes), List.of()));
		});
		return records();
	}

	/**
	 * Return the Java name of the record written for a definition, as seen from a record.
	 * @param key the definition or object key
	 * @return the simple name (nested records) or class name (top-level records)
	 */
	String typeName(String key) {
		return Objects.requireNonNull(this.typeNames.get(key), key);
	}

	private List<PlannedRecord> records() {
		Map<String, PlannedRecord> records = new TreeMap<>();
		Map<String, List<String>> shared = new LinkedHashMap<>();
		this.users.forEach((key, users) -> {
			if (users.size() > 1) {
				String name = sharedName(key, users.iterator().next());
				this.typeNames.put(key, name);
				shared.put(key, List.copyOf(users));
			}
		});
		shared.forEach((key, users) -> records.put(typeName(key),
				new PlannedRecord(typeName(key), key, List.of(), List.of(), sharedRetired(users), users)));
		this.roots.forEach((name, root) -> {
			List<String> nested = root.nested().stream().filter((key) -> !shared.containsKey(key)).toList();
			Set<String> names = new LinkedHashSet<>();
			for (String key : nested) {
				String nestedName = nestedName(key, name, records.keySet());
				if (!names.add(nestedName)) {
					nestedName = className(key);
					names.add(nestedName);
				}
				this.typeNames.put(key, nestedName);
			}
			records.put(name,
					new PlannedRecord(name, root.key(), root.eventTypes(), nested, root.retired(), List.of()));
		});
		return new ArrayList<>(records.values());
	}

	private void reach(String key, Set<String> reached) {
		for (Property property : this.definitions.properties(key)) {
			for (String object : objects(property.type())) {
				if (reached.add(object)) {
					reach(object, reached);
				}
			}
		}
	}

	private static List<String> objects(TypeRef type) {
		if (type instanceof TypeRef.ObjectRef object) {
			return List.of(object.key());
		}
		if (type instanceof TypeRef.ListOf list) {
			return objects(list.element());
		}
		if (type instanceof TypeRef.MapOf map) {
			return objects(map.value());
		}
		return List.of();
	}

	private void checkSameFields(String family, String first, String other) {
		List<String> expected = this.definitions.properties(first).stream().map(RecordPlanner::signature).toList();
		List<String> actual = this.definitions.properties(other).stream().map(RecordPlanner::signature).toList();
		if (!expected.equals(actual)) {
			throw new IllegalStateException(family + ": " + other + " does not have the fields of " + first + ": "
					+ actual + " != " + expected);
		}
	}

	private static String signature(Property property) {
		return property.wireName() + ":" + property.type().toString().replaceAll("key=[A-Za-z]+#", "key=#");
	}

	private String nestedName(String key, String root, Set<String> topLevelNames) {
		String chosen = Overrides.nestedName(key);
		String name = (chosen != null) ? chosen : withoutCommonPrefix(key, root);
		boolean usable = !name.equals(root) && !TAKEN_NAMES.contains(name) && !topLevelNames.contains(name)
				&& Character.isUpperCase(name.charAt(0));
		return usable ? name : className(key);
	}

	private static String withoutCommonPrefix(String key, String root) {
		int hash = key.indexOf('#');
		if (hash >= 0) {
			return inlineName(key.substring(hash + 1));
		}
		List<String> words = split(className(key));
		List<String> rootWords = split(root);
		int common = 0;
		while (common < words.size() - 1 && common < rootWords.size()
				&& words.get(common).equals(rootWords.get(common))) {
			common++;
		}
		return String.join("", words.subList(common, words.size()));
	}

	private static List<String> split(String name) {
		return List.of(name.split("(?<=[a-z0-9])(?=[A-Z])"));
	}

	private String sharedName(String key, String firstUser) {
		int hash = key.indexOf('#');
		if (hash >= 0) {
			return firstUser.replace("EventData", "") + inlineName(key.substring(hash + 1));
		}
		return className(key);
	}

	/**
	 * Name an object defined in place after its property: {@code resourceInfo} gives
	 * {@code ResourceInfo}, the elements of {@code members} give {@code Member}.
	 * @param property the property name, with {@code []} for the elements of an array
	 * @return the name
	 */
	private static String inlineName(String property) {
		if (!property.endsWith("[]")) {
			return JavaNames.capitalize(property);
		}
		String name = property.substring(0, property.length() - 2);
		if (name.endsWith("ies")) {
			name = name.substring(0, name.length() - 3) + "y";
		}
		else if (name.endsWith("s")) {
			name = name.substring(0, name.length() - 1);
		}
		return JavaNames.capitalize(name);
	}

	/**
	 * Return the class name of a definition: its name, with acronyms written as words
	 * ({@code RedisExportRDBCompletedEventData} becomes
	 * {@code RedisExportRdbCompletedEventData}, as in the Azure SDK for Java).
	 * @param definition the definition name
	 * @return the class name
	 */
	static String className(String definition) {
		String chosen = Overrides.className(definition);
		if (chosen != null) {
			return chosen;
		}
		return JavaNames.wordsForAcronyms(definition.replaceAll("[#\\[\\]]", ""));
	}

	private static @Nullable String retired(List<String> eventTypes) {
		return Overrides.retired(eventTypes.get(0));
	}

	private @Nullable String sharedRetired(List<String> users) {
		return users.stream().allMatch((user) -> root(user).retired() != null) ? root(users.get(0)).retired() : null;
	}

	private PlannedRecord root(String name) {
		return Objects.requireNonNull(this.roots.get(name), name);
	}

}
