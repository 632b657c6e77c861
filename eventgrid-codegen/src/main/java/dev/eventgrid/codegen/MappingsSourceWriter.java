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
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the table from event type to data record.
 *
 * @author Event Grid for Spring Boot team
 */
final class MappingsSourceWriter {

	static final String CLASS_NAME = "SystemEventDataTypes";

	private MappingsSourceWriter() {
	}

	/**
	 * Write the source of the table.
	 * @param records the planned records
	 * @return the Java source, not yet formatted
	 */
	static String write(List<PlannedRecord> records) {
		Map<String, PlannedRecord> byEventType = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		records.forEach((record) -> record.eventTypes().forEach((type) -> byEventType.put(type, record)));
		StringBuilder source = new StringBuilder(RecordSourceWriter.HEADER);
		source.append("package ").append(RecordSourceWriter.PACKAGE).append(";\n\n");
		source.append("import java.util.LinkedHashMap;\nimport java.util.Map;\n\n");
		source.append("/**\n * The data record of each system event type that has one, written by the code "
				+ "generator of the {@code eventgrid-codegen} module from the Event Grid definitions; "
				+ "{@link SystemEventMappings} is its public face.\n *\n"
				+ " * @author Event Grid for Spring Boot team\n */\n");
		source.append("@SuppressWarnings(\"deprecation\")\nfinal class ").append(CLASS_NAME).append(" {\n\n");
		source.append("private ").append(CLASS_NAME).append("() {\n}\n\n");
		source.append("/**\n * Return the data record of every event type, in the order of the type names.\n"
				+ " * @return a new map, from event type to record\n */\n");
		source.append("static Map<String, Class<? extends SystemEventData>> mappings() {\n");
		source.append("Map<String, Class<? extends SystemEventData>> map = new LinkedHashMap<>();\n");
		byEventType.forEach((type, record) -> source.append("map.put(\"")
			.append(type)
			.append("\", ")
			.append(record.name())
			.append(".class);\n"));
		source.append("return map;\n}\n\n}\n");
		return source.toString();
	}

}
