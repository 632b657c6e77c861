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

package dev.eventgrid.spring.webhook;

import java.util.Collection;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Makes text safe to log: control characters, which a request may carry to forge log
 * lines (CR, LF) or rewrite a terminal (ANSI escapes), are written as escapes.
 *
 * @author Event Grid for Spring Boot team
 */
final class LogText {

	private LogText() {
	}

	/**
	 * Return a text with its control characters escaped: {@code \n}, {@code \r},
	 * {@code \t} and {@code \\uXXXX} for the others, line and paragraph separators
	 * included.
	 * @param text the text
	 * @return the escaped text
	 */
	static String escape(@Nullable Object text) {
		String value = String.valueOf(text);
		if (value.chars().noneMatch(LogText::isControl)) {
			return value;
		}
		StringBuilder escaped = new StringBuilder(value.length() + 16);
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\n' -> escaped.append("\\n");
				case '\r' -> escaped.append("\\r");
				case '\t' -> escaped.append("\\t");
				default -> {
					if (isControl(c)) {
						escaped.append(String.format("\\u%04x", (int) c));
					}
					else {
						escaped.append(c);
					}
				}
			}
		}
		return escaped.toString();
	}

	/**
	 * Return a URL with the values of the given query parameters masked.
	 * @param url the URL
	 * @param names the names of the parameters to mask, compared without regard to case
	 * @return the URL, masked
	 */
	static String maskQuery(@Nullable String url, Collection<String> names) {
		String value = String.valueOf(url);
		if (names.isEmpty()) {
			return value;
		}
		String alternatives = names.stream().map(Pattern::quote).collect(Collectors.joining("|"));
		return Pattern.compile("([?&](?:" + alternatives + ")=)[^&#]*", Pattern.CASE_INSENSITIVE)
			.matcher(value)
			.replaceAll("$1***");
	}

	/**
	 * Return the path and query of a request, the values of the given query parameters
	 * masked.
	 * @param request the request
	 * @param masked the names of the parameters to mask, compared without regard to case
	 * @return the path and query
	 */
	static String target(WebhookRequest request, Collection<String> masked) {
		if (request.queryParams().isEmpty()) {
			return request.path();
		}
		StringJoiner query = new StringJoiner("&", request.path() + "?", "");
		request.queryParams()
			.forEach((name, values) -> values.forEach((value) -> query
				.add(name + "=" + (masked.stream().anyMatch(name::equalsIgnoreCase) ? "***" : value))));
		return query.toString();
	}

	private static boolean isControl(int c) {
		return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029';
	}

}
