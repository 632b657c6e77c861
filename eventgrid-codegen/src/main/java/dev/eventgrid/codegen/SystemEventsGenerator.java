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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes the typed system event data of Event Grid for Spring Boot from the swagger
 * definitions of the Event Grid data plane. Usage: {@code SystemEventsGenerator
 * <output directory> <swagger file>...}; see the module's README.
 *
 * @author Event Grid for Spring Boot team
 */
public final class SystemEventsGenerator {

	/**
	 * The files of the output package that are written by hand; every other Java file
	 * there is replaced.
	 */
	static final Set<String> HAND_WRITTEN = Set.of("package-info.java", "SystemEventData.java",
			"SystemEventMappings.java", "SystemEventNames.java", "LenientLongDeserializer.java",
			"LenientOffsetDateTimeDeserializer.java");

	private SystemEventsGenerator() {
	}

	/**
	 * Generate the records.
	 * @param args the output directory, then the swagger files, the preferred first
	 * @throws IOException if a file cannot be read or written
	 */
	public static void main(String[] args) throws IOException {
		if (args.length < 2) {
			System.err.println("Usage: SystemEventsGenerator <output directory> <swagger file>...");
			System.exit(2);
		}
		Path output = Path.of(args[0]);
		List<Path> inputs = Stream.of(args).skip(1).map(Path::of).toList();
		List<String> written = generate(inputs, output);
		System.out.println("Wrote " + written.size() + " files to " + output);
	}

	/**
	 * Generate the records of the given definitions into a directory.
	 * @param inputs the swagger files, the preferred first
	 * @param output the directory of the {@code dev.eventgrid.spring.event.system}
	 * package
	 * @return the names of the files written
	 * @throws IOException if a file cannot be read or written
	 */
	static List<String> generate(List<Path> inputs, Path output) throws IOException {
		Definitions definitions = Definitions.read(inputs);
		RecordPlanner planner = new RecordPlanner(definitions);
		List<PlannedRecord> records = planner.plan();
		RecordSourceWriter writer = new RecordSourceWriter(definitions, planner);
		SourceFormatter formatter = new SourceFormatter();
		deleteGenerated(output);
		List<String> written = new ArrayList<>();
		for (PlannedRecord record : records) {
			written.add(write(output, record.name(), formatter.format(writer.write(record))));
		}
		written
			.add(write(output, MappingsSourceWriter.CLASS_NAME, formatter.format(MappingsSourceWriter.write(records))));
		return written;
	}

	private static void deleteGenerated(Path output) throws IOException {
		Files.createDirectories(output);
		try (Stream<Path> files = Files.list(output)) {
			for (Path file : files.toList()) {
				String name = file.getFileName().toString();
				if (name.endsWith(".java") && !HAND_WRITTEN.contains(name)) {
					Files.delete(file);
				}
			}
		}
	}

	private static String write(Path output, String className, String source) throws IOException {
		String name = className + ".java";
		Files.writeString(output.resolve(name), source, StandardCharsets.UTF_8);
		return name;
	}

}
