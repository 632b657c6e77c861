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

package dev.eventgrid.emulator.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The immutable headers of a request the emulator received, looked up without regard to
 * case. {@link #toString()} redacts credential headers.
 *
 * @author Event Grid for Spring Boot team
 */
public final class RequestHeaders {

	private static final Set<String> SECRET_HEADERS = Set.of("aeg-sas-key", "aeg-sas-token", "authorization");

	private final Map<String, List<String>> headers;

	private RequestHeaders(Map<String, List<String>> headers) {
		this.headers = headers;
	}

	/**
	 * Create headers from name and value pairs, keeping repeated names in order.
	 * @param entries the header entries as received
	 * @return the headers
	 */
	public static RequestHeaders of(Iterable<Map.Entry<String, String>> entries) {
		Map<String, List<String>> collected = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		for (Map.Entry<String, String> entry : entries) {
			collected.computeIfAbsent(entry.getKey(), (name) -> new ArrayList<>()).add(entry.getValue());
		}
		Map<String, List<String>> immutable = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		collected.forEach((name, values) -> immutable.put(name, List.copyOf(values)));
		return new RequestHeaders(Collections.unmodifiableMap(immutable));
	}

	/**
	 * Return the first value of a header.
	 * @param name the header name, in any case
	 * @return the first value or {@code null} if the header is absent
	 */
	public @Nullable String first(String name) {
		List<String> values = this.headers.get(name);
		return (values != null) ? values.get(0) : null;
	}

	/**
	 * Return every value of a header.
	 * @param name the header name, in any case
	 * @return the values, empty if the header is absent
	 */
	public List<String> all(String name) {
		return this.headers.getOrDefault(name, List.of());
	}

	/**
	 * Return whether a header is present.
	 * @param name the header name, in any case
	 * @return {@code true} if present
	 */
	public boolean contains(String name) {
		return this.headers.containsKey(name);
	}

	/**
	 * Return the headers as an unmodifiable map whose lookups ignore case.
	 * @return the headers
	 */
	public Map<String, List<String>> asMap() {
		return this.headers;
	}

	@Override
	public String toString() {
		return this.headers.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + "="
					+ (SECRET_HEADERS.contains(entry.getKey().toLowerCase(Locale.ROOT)) ? "[redacted]"
							: entry.getValue()))
			.collect(Collectors.joining(", ", "{", "}"));
	}

}
