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

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The definitions of one or more swagger files of the Event Grid data plane, merged by
 * name (the first file that defines a name wins), with the event type each data
 * definition is for.
 *
 * @author Event Grid for Spring Boot team
 */
final class Definitions {

	/**
	 * How the definitions name the event type a data definition is for: "... for a
	 * Microsoft.Storage.BlobCreated event", "Event data for
	 * Microsoft.Devices.DeviceCreated event", "... for a Microsoft.X.Y preview event".
	 */
	private static final Pattern EVENT_TYPE = Pattern
		.compile("(?:for an?|data for) (Microsoft\\.[A-Za-z0-9.]+?)\\.?(?: preview)? event\\b");

	private final Map<String, JsonNode> definitions;

	private final Map<String, JsonNode> inlineObjects = new TreeMap<>();

	private Definitions(Map<String, JsonNode> definitions) {
		this.definitions = definitions;
	}

	/**
	 * Read and merge the definitions of the given swagger files.
	 * @param files the files, the preferred first
	 * @return the definitions
	 */
	static Definitions read(List<Path> files) {
		JsonMapper mapper = JsonMapper.builder().build();
		Map<String, JsonNode> merged = new TreeMap<>();
		for (Path file : files) {
			JsonNode definitions = mapper.readTree(file.toFile()).path("definitions");
			for (Map.Entry<String, JsonNode> entry : definitions.properties()) {
				merged.putIfAbsent(entry.getKey(), entry.getValue());
			}
		}
		addObservedProperties(mapper, merged);
		return new Definitions(merged);
	}

	// The members that the service writes (its own examples show them) and that its
	// definitions lack, from observed-properties.json: names and types only.
	private static void addObservedProperties(JsonMapper mapper, Map<String, JsonNode> definitions) {
		try (InputStream input = Definitions.class.getResourceAsStream("observed-properties.json")) {
			JsonNode observed = mapper.readTree(Objects.requireNonNull(input, "observed-properties.json"));
			for (Map.Entry<String, JsonNode> entry : observed.properties()) {
				JsonNode definition = definitions.get(entry.getKey());
				if (definition instanceof ObjectNode object) {
					ObjectNode properties = object.has("properties") ? (ObjectNode) object.get("properties")
							: object.putObject("properties");
					entry.getValue().properties().forEach((property) -> {
						if (!properties.has(property.getKey())) {
							properties.set(property.getKey(), property.getValue());
						}
					});
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Return the event type of every definition that is the data of an event, in the
	 * order of the definition names.
	 * @return the event types, keyed by definition name
	 */
	Map<String, String> eventTypes() {
		Map<String, String> eventTypes = new LinkedHashMap<>();
		this.definitions.forEach((name, definition) -> {
			String description = definition.path("description").asString("").replaceAll("\\s+", " ");
			Matcher matcher = EVENT_TYPE.matcher(description);
			if (matcher.find() && name.endsWith("EventData")) {
				eventTypes.put(name, matcher.group(1));
			}
		});
		return eventTypes;
	}

	/**
	 * Return the properties of a definition or of an object defined in place, those of
	 * the definitions it extends first.
	 * @param key a definition name or a {@link TypeRef.ObjectRef} key
	 * @return the properties
	 */
	List<Property> properties(String key) {
		Map<String, Property> properties = new LinkedHashMap<>();
		collect(schema(key), key, properties);
		return new ArrayList<>(properties.values());
	}

	private void collect(JsonNode schema, String key, Map<String, Property> properties) {
		for (JsonNode parent : schema.path("allOf")) {
			String parentName = referencedName(parent);
			collect(schema(parentName), parentName, properties);
		}
		for (Map.Entry<String, JsonNode> entry : schema.path("properties").properties()) {
			String wireName = entry.getKey();
			JsonNode property = entry.getValue();
			TypeRef type = type(property, key + "#" + wireName);
			if (Overrides.wholeNumber(key, wireName)) {
				type = new TypeRef.Scalar("Long", "", List.of());
			}
			else if (Overrides.anyJson(key, wireName)) {
				type = new TypeRef.Scalar("Object", "", List.of());
			}
			properties.put(wireName,
					JavaNames.property(wireName, property.path("x-ms-client-name").asString(""), type));
		}
	}

	private JsonNode schema(String key) {
		JsonNode schema = this.definitions.containsKey(key) ? this.definitions.get(key) : this.inlineObjects.get(key);
		if (schema == null) {
			throw new IllegalStateException("No definition named " + key);
		}
		return schema;
	}

	private TypeRef type(JsonNode schema, String inlineKey) {
		if (schema.has("$ref")) {
			String name = referencedName(schema);
			JsonNode definition = schema(name);
			return isObject(definition) ? new TypeRef.ObjectRef(name) : type(definition, name);
		}
		return switch (schema.path("type").asString("")) {
			case "string" -> string(schema);
			case "integer" -> new TypeRef.Scalar("Long", "", List.of());
			case "number" -> new TypeRef.Scalar("Double", "", List.of());
			case "boolean" -> new TypeRef.Scalar("Boolean", "", List.of());
			case "array" -> new TypeRef.ListOf(type(schema.path("items"), inlineKey + "[]"));
			case "object" -> object(schema, inlineKey);
			default -> new TypeRef.Scalar("Object", "", List.of());
		};
	}

	private TypeRef string(JsonNode schema) {
		if ("date-time".equals(schema.path("format").asString(""))) {
			return new TypeRef.Scalar("OffsetDateTime", "java.time.OffsetDateTime", List.of());
		}
		List<String> values = new ArrayList<>();
		schema.path("enum").forEach((value) -> values.add(value.asString()));
		return new TypeRef.Scalar("String", "", values);
	}

	private TypeRef object(JsonNode schema, String inlineKey) {
		if (isObject(schema)) {
			this.inlineObjects.put(inlineKey, schema);
			return new TypeRef.ObjectRef(inlineKey);
		}
		JsonNode values = schema.path("additionalProperties");
		if (values.isObject() && (values.has("$ref") || values.has("type"))
				&& !"object".equals(values.path("type").asString(""))) {
			return new TypeRef.MapOf(type(values, inlineKey));
		}
		if (values.isObject() && !isObject(values)) {
			return new TypeRef.MapOf(new TypeRef.Scalar("Object", "", List.of()));
		}
		return new TypeRef.Scalar("Object", "", List.of());
	}

	private static boolean isObject(JsonNode schema) {
		return schema.has("properties") || schema.has("allOf");
	}

	private static String referencedName(JsonNode schema) {
		String reference = schema.path("$ref").asString();
		return reference.substring(reference.lastIndexOf('/') + 1);
	}

}
