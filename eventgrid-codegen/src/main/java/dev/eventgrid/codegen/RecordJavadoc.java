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

import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes the Javadoc of the generated records, in plain sentences made from the names of
 * the definitions: no description text of the definitions is copied.
 *
 * @author Event Grid for Spring Boot team
 */
final class RecordJavadoc {

	private static final int MAX_VALUES = 4;

	private RecordJavadoc() {
	}

	/**
	 * Return the Javadoc of a top-level record.
	 * @param record the record
	 * @param properties its properties
	 * @return the comment
	 */
	static String topLevel(PlannedRecord record, List<Property> properties) {
		StringBuilder javadoc = new StringBuilder("/**\n * ").append(summary(record)).append("\n *\n");
		appendParams(javadoc, properties);
		javadoc.append(" * @author Event Grid for Spring Boot team\n * @since 0.1.0\n");
		if (record.retired() != null) {
			javadoc.append(" * @deprecated ").append(record.retired()).append(".\n");
		}
		return javadoc.append(" */\n").toString();
	}

	/**
	 * Return the Javadoc of a nested record.
	 * @param name the simple name of the nested record
	 * @param root the record it is nested in
	 * @param properties its properties
	 * @return the comment
	 */
	static String nested(String name, String root, List<Property> properties) {
		StringBuilder javadoc = new StringBuilder("/**\n * ");
		javadoc.append(article(name))
			.append(' ')
			.append(JavaNames.phrase(name))
			.append(" in a {@link ")
			.append(root)
			.append("}.\n *\n");
		appendParams(javadoc, properties);
		return javadoc.append(" */\n").toString();
	}

	private static String summary(PlannedRecord record) {
		if (!record.isEventData()) {
			String users = record.usedBy()
				.stream()
				.limit(2)
				.map((user) -> "{@link " + user + "}")
				.collect(Collectors.joining(" and "));
			return article(record.name()) + " " + JavaNames.phrase(record.name()) + ", part of the data of "
					+ ((record.usedBy().size() > 2) ? "several system events, such as " + users : users) + ".";
		}
		List<String> types = record.eventTypes().stream().map((type) -> "{@code " + type + "}").toList();
		if (types.size() == 1) {
			return "Data of the " + types.get(0) + " event.";
		}
		return "Data of the " + join(types, "and") + " events, which all carry these fields.";
	}

	private static void appendParams(StringBuilder javadoc, List<Property> properties) {
		for (Property property : properties) {
			javadoc.append(" * @param ")
				.append(property.javaName())
				.append(" the ")
				.append(JavaNames.phrase(property.javaName()));
			if (property.type() instanceof TypeRef.Scalar scalar && !scalar.enumValues().isEmpty()) {
				List<String> values = scalar.enumValues()
					.stream()
					.limit(MAX_VALUES)
					.map((value) -> "{@code " + value + "}")
					.toList();
				javadoc.append(", such as ").append(join(values, "or"));
			}
			javadoc.append('\n');
		}
	}

	private static String join(List<String> items, String conjunction) {
		if (items.size() == 1) {
			return items.get(0);
		}
		return String.join(", ", items.subList(0, items.size() - 1)) + " " + conjunction + " "
				+ items.get(items.size() - 1);
	}

	private static String article(String name) {
		return ("AEIOU".indexOf(Character.toUpperCase(name.charAt(0))) >= 0) ? "An" : "A";
	}

}
