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

package dev.eventgrid.emulator.logging;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Makes text safe for one log line: control characters (CR, LF, ESC and the rest of C0
 * and C1, and the Unicode line separators) become visible escapes, a backslash is doubled
 * so that no escape can be forged, credentials that the text may carry are replaced by
 * {@code [redacted]}, and long text is cut.
 *
 * @author Event Grid for Spring Boot team
 */
public final class LogText {

	private static final int MAX_LENGTH = 256;

	private static final Pattern SCHEME_CREDENTIAL = Pattern
		.compile("(?i)\\b(bearer|sharedaccesssignature|sharedaccesskey)(\\s+)[^\\s,;\"]+");

	private static final Pattern PARAMETER_CREDENTIAL = Pattern
		.compile("(?i)(^|[?&;\\s])(aeg-sas-key|aeg-sas-token|sig|s|accountkey|code|sharedaccesskey|token)=[^&;\\s\"]*");

	private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*");

	private LogText() {
	}

	/**
	 * Return text safe for a log line.
	 * @param text the text, possibly from a client
	 * @return the escaped, redacted and shortened text; {@code -} for {@code null}
	 */
	public static String of(@Nullable String text) {
		if (text == null) {
			return "-";
		}
		String redacted = redact(text);
		StringBuilder safe = new StringBuilder(Math.min(redacted.length(), MAX_LENGTH) + 16);
		int length = redacted.length();
		for (int i = 0; i < length && safe.length() < MAX_LENGTH; i++) {
			escape(redacted.charAt(i), safe);
		}
		if (safe.length() >= MAX_LENGTH && length > MAX_LENGTH) {
			safe.append("...");
		}
		return safe.toString();
	}

	/**
	 * Return text safe for a log line, in double quotes, with inner quotes escaped.
	 * @param text the text, possibly from a client
	 * @return the quoted text; {@code -} for {@code null}
	 */
	public static String quoted(@Nullable String text) {
		return (text != null) ? "\"" + of(text).replace("\"", "\\\"") + "\"" : "-";
	}

	/**
	 * Return a URL safe for a log line, without its query, fragment and user info, which
	 * may hold credentials.
	 * @param url the URL
	 * @return the safe URL
	 */
	public static String url(@Nullable String url) {
		if (url == null) {
			return "-";
		}
		int end = url.length();
		for (char separator : new char[] { '?', '#' }) {
			int index = url.indexOf(separator);
			end = (index >= 0) ? Math.min(end, index) : end;
		}
		String withoutQuery = url.substring(0, end);
		int scheme = withoutQuery.indexOf("://");
		int at = withoutQuery.indexOf('@');
		int path = withoutQuery.indexOf('/', (scheme >= 0) ? scheme + 3 : 0);
		if (scheme >= 0 && at > scheme && (path < 0 || at < path)) {
			withoutQuery = withoutQuery.substring(0, scheme + 3) + withoutQuery.substring(at + 1);
		}
		return of(withoutQuery + ((end < url.length()) ? "?[redacted]" : ""));
	}

	private static String redact(String text) {
		String redacted = SCHEME_CREDENTIAL.matcher(text).replaceAll("$1$2[redacted]");
		redacted = PARAMETER_CREDENTIAL.matcher(redacted).replaceAll("$1$2=[redacted]");
		return JWT.matcher(redacted).replaceAll("[redacted]");
	}

	// why: besides C0 and C1 controls, Unicode format characters (bidirectional
	// overrides,
	// zero-width characters) and line separators can make a log line read as another
	private static boolean isUnsafe(char character) {
		int type = Character.getType(character);
		return character < 0x20 || (character >= 0x7f && character <= 0x9f) || type == Character.FORMAT
				|| type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
	}

	private static void escape(char character, StringBuilder safe) {
		switch (character) {
			case '\\' -> safe.append("\\\\");
			case '\n' -> safe.append("\\n");
			case '\r' -> safe.append("\\r");
			case '\t' -> safe.append("\\t");
			default -> {
				if (isUnsafe(character)) {
					safe.append(String.format("\\u%04x", (int) character));
				}
				else {
					safe.append(character);
				}
			}
		}
	}

}
