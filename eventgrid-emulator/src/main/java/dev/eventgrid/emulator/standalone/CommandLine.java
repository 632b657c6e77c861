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

package dev.eventgrid.emulator.standalone;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * The command line of the standalone emulator:
 * {@code [--quiet | --verbose] [--certificate-store=<file> | --certificate-store=none] [config.yaml]}.
 *
 * @param configuration the YAML file, or {@code null} for the built-in default
 * @param logLevel the level the command line asks for, or {@code null} to take the file's
 * @param certificateStore the certificate store the command line names, or {@code null}
 * @author Event Grid for Spring Boot team
 */
record CommandLine(@Nullable Path configuration, @Nullable LogLevel logLevel, @Nullable String certificateStore) {

	static final String USAGE = "Usage: java -jar eventgrid-emulator.jar [--quiet | --verbose] "
			+ "[--certificate-store=<file.p12> | --certificate-store=none] [config.yaml]";

	private static final String STORE_OPTION = "--certificate-store=";

	static CommandLine parse(String[] args) {
		Path configuration = null;
		LogLevel logLevel = null;
		String certificateStore = null;
		for (String arg : args) {
			if (arg.equals("--quiet") || arg.equals("--verbose")) {
				if (logLevel != null) {
					throw new IllegalArgumentException(USAGE + "; give at most one of --quiet and --verbose");
				}
				logLevel = arg.equals("--quiet") ? LogLevel.QUIET : LogLevel.VERBOSE;
			}
			else if (arg.startsWith(STORE_OPTION) && arg.length() > STORE_OPTION.length()) {
				certificateStore = arg.substring(STORE_OPTION.length());
			}
			else if (arg.startsWith("-") || configuration != null) {
				throw new IllegalArgumentException(USAGE + "; unexpected argument '" + arg + "'");
			}
			else {
				configuration = Path.of(arg);
			}
		}
		return new CommandLine(configuration, logLevel, certificateStore);
	}

}
