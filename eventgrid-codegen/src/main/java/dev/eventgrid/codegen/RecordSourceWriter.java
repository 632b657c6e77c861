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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Writes the Java source of a top-level record and the records nested in it.
 *
 * @author Event Grid for Spring Boot team
 */
final class RecordSourceWriter {

	static final String PACKAGE = "dev.eventgrid.spring.event.system";

	static final String HEADER = """
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

			""";

	/**
	 * The deserializers that read what the service writes in more than one form: numbers
	 * as strings, date-times in the .NET form.
	 */
	private static final Map<String, String> LENIENT = Map.of("Long", "LenientLongDeserializer", "OffsetDateTime",
			"LenientOffsetDateTimeDeserializer");

	private final Definitions definitions;

	private final RecordPlanner planner;

	private final Set<String> imports = new TreeSet<>();

	RecordSourceWriter(Definitions definitions, RecordPlanner planner) {
		this.definitions = definitions;
		this.planner = planner;
	}

	/**
	 * Write the source of a record.
	 * @param record the record
	 * @return the Java source, not yet formatted
	 */
	String write(PlannedRecord record) {
		this.imports.clear();
		this.imports.add("com.fasterxml.jackson.annotation.JsonFormat");
		this.imports.add("com.fasterxml.jackson.annotation.JsonIgnoreProperties");
		this.imports.add("org.jspecify.annotations.Nullable");
		StringBuilder body = new StringBuilder();
		body.append(RecordJavadoc.topLevel(record, this.definitions.properties(record.key())));
		body.append(declaration(record.name(), record.key(), record.isEventData(), record.retired() != null));
		body.append(" {\n\n");
		for (String nested : record.nested()) {
			body.append(RecordJavadoc.nested(this.planner.typeName(nested), record.name(),
					this.definitions.properties(nested)));
			body.append(declaration(this.planner.typeName(nested), nested, false, false)).append(" {\n\n}\n\n");
		}
		body.append("}\n");
		return HEADER + "package " + PACKAGE + ";\n\n" + imports() + body;
	}

	private String declaration(String name, String key, boolean eventData, boolean deprecated) {
		List<String> components = new ArrayList<>();
		for (Property property : this.definitions.properties(key)) {
			components.add(component(property));
		}
		String annotations = "@JsonIgnoreProperties(ignoreUnknown = true)\n"
				+ "@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)\n"
				+ (deprecated ? "@Deprecated\n" : "");
		return annotations + "public record " + name + "(" + String.join(", ", components) + ")"
				+ (eventData ? " implements SystemEventData" : "");
	}

	private String component(Property property) {
		StringBuilder component = new StringBuilder();
		if (!property.wireName().equals(property.javaName()) || needsExplicitName(property.wireName())) {
			this.imports.add("com.fasterxml.jackson.annotation.JsonProperty");
			component.append("@JsonProperty(\"").append(property.wireName()).append("\") ");
		}
		if (!property.aliases().isEmpty()) {
			this.imports.add("com.fasterxml.jackson.annotation.JsonAlias");
			component.append(aliases(property.aliases())).append(' ');
		}
		if (property.type() instanceof TypeRef.Scalar scalar && LENIENT.containsKey(scalar.javaType())) {
			this.imports.add("tools.jackson.databind.annotation.JsonDeserialize");
			component.append("@JsonDeserialize(using = ").append(LENIENT.get(scalar.javaType())).append(".class) ");
		}
		return component.append("@Nullable ")
			.append(javaType(property.type()))
			.append(' ')
			.append(property.javaName())
			.toString();
	}

	private static String aliases(List<String> aliases) {
		if (aliases.size() == 1) {
			return "@JsonAlias(\"" + aliases.get(0) + "\")";
		}
		return aliases.stream()
			.map((alias) -> "\"" + alias + "\"")
			.collect(Collectors.joining(", ", "@JsonAlias({ ", " })"));
	}

	// Whether Jackson could take the name for that of another bean property: a second
	// letter in upper case (eTag) or an "is" prefix.
	private static boolean needsExplicitName(String name) {
		return (name.length() > 1 && Character.isUpperCase(name.charAt(1)))
				|| (name.startsWith("is") && name.length() > 2 && Character.isUpperCase(name.charAt(2)));
	}

	private String javaType(TypeRef type) {
		if (type instanceof TypeRef.Scalar scalar) {
			if (!scalar.importName().isEmpty()) {
				this.imports.add(scalar.importName());
			}
			return scalar.javaType();
		}
		if (type instanceof TypeRef.ListOf list) {
			this.imports.add("java.util.List");
			return "List<" + javaType(list.element()) + ">";
		}
		if (type instanceof TypeRef.MapOf map) {
			this.imports.add("java.util.Map");
			return "Map<String, " + javaType(map.value()) + ">";
		}
		return this.planner.typeName(((TypeRef.ObjectRef) type).key());
	}

	private String imports() {
		StringBuilder imports = new StringBuilder();
		appendGroup(imports, this.imports.stream().filter((name) -> name.startsWith("java.")).toList());
		appendGroup(imports, this.imports.stream().filter((name) -> !name.startsWith("java.")).toList());
		return imports.toString();
	}

	private static void appendGroup(StringBuilder imports, List<String> names) {
		if (!names.isEmpty()) {
			names.forEach((name) -> imports.append("import ").append(name).append(";\n"));
			imports.append('\n');
		}
	}

}
