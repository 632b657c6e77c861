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

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * How much the standalone emulator logs: {@code quiet} only warnings and errors,
 * {@code normal} one line per publish, delivery attempt, dead-letter, authentication
 * failure and API call, {@code verbose} also each event and the request headers (keys and
 * tokens redacted).
 *
 * @author Event Grid for Spring Boot team
 */
public enum LogLevel {

	/**
	 * Only warnings and errors.
	 */
	QUIET("warn"),

	/**
	 * One line per request and delivery attempt, the default.
	 */
	NORMAL("info"),

	/**
	 * Also the events and headers of each request.
	 */
	VERBOSE("debug");

	private final String slf4jLevel;

	LogLevel(String slf4jLevel) {
		this.slf4jLevel = slf4jLevel;
	}

	String slf4jLevel() {
		return this.slf4jLevel;
	}

	/**
	 * Resolve a level from its name, in any case.
	 * @param name {@code quiet}, {@code normal} or {@code verbose}
	 * @return the level
	 * @throws IllegalArgumentException for another name
	 */
	public static LogLevel fromName(@Nullable String name) {
		String normalized = (name != null) ? name.trim().toUpperCase(Locale.ROOT) : "";
		for (LogLevel level : values()) {
			if (level.name().equals(normalized)) {
				return level;
			}
		}
		throw new IllegalArgumentException("Unknown logging level '" + name + "'; use quiet, normal or verbose");
	}

	/**
	 * Configure SLF4J's simple logger, the backend of the standalone jar, for this level:
	 * the emulator's lines on standard output with the time, other libraries only from
	 * WARN. Settings given as {@code -Dorg.slf4j.simpleLogger.*} system properties win.
	 * Call it before anything logs.
	 */
	void configureSimpleLogger() {
		setDefault("org.slf4j.simpleLogger.logFile", "System.out");
		setDefault("org.slf4j.simpleLogger.showDateTime", "true");
		setDefault("org.slf4j.simpleLogger.dateTimeFormat", "HH:mm:ss.SSS");
		setDefault("org.slf4j.simpleLogger.showThreadName", "false");
		setDefault("org.slf4j.simpleLogger.showLogName", "false");
		setDefault("org.slf4j.simpleLogger.defaultLogLevel", "warn");
		setDefault("org.slf4j.simpleLogger.log.dev.eventgrid.emulator", this.slf4jLevel);
	}

	private static void setDefault(String name, String value) {
		if (System.getProperty(name) == null) {
			System.setProperty(name, value);
		}
	}

}
