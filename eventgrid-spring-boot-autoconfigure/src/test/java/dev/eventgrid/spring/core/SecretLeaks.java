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

package dev.eventgrid.spring.core;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.read.ListAppender;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;

/**
 * Looks for credentials in what a test collected: log lines captured at TRACE, exception
 * messages, {@code toString()} results. A credential counts as shown in any form a log or
 * an echo could take it: as sent, URL-encoded or URL-decoded, and any run of
 * {@value #RUN} of its characters, which a hex dump splits across lines or a message
 * truncates. For a SAS token only the signature is secret.
 *
 * @author Event Grid for Spring Boot team
 */
final class SecretLeaks {

	static final int RUN = 10;

	private final Map<String, String> forms = new HashMap<>();

	private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

	private Level previousLevel = Level.INFO;

	SecretLeaks key(String key) {
		return secret("access key", key);
	}

	SecretLeaks sasToken(String token) {
		return secret("SAS signature", token.substring(token.indexOf("&s=") + 3));
	}

	SecretLeaks bearerToken(String token) {
		return secret("bearer token", token);
	}

	private SecretLeaks secret(String name, String value) {
		String decoded = URLDecoder.decode(value, StandardCharsets.UTF_8);
		List<String> variants = List.of(value, decoded, URLEncoder.encode(decoded, StandardCharsets.UTF_8),
				decoded.replace('+', ' '));
		for (String variant : variants) {
			for (int start = 0; start + RUN <= variant.length(); start++) {
				this.forms.putIfAbsent(variant.substring(start, start + RUN), name);
			}
		}
		return this;
	}

	/**
	 * Capture every log event from now on, with the root logger at TRACE unless
	 * {@code keepLevels}, in which case the levels already set decide.
	 * @param keepLevels whether to keep the configured levels
	 */
	void captureLogs(boolean keepLevels) {
		Logger root = root();
		this.previousLevel = root.getLevel();
		if (!keepLevels) {
			root.setLevel(Level.TRACE);
		}
		this.appender.start();
		root.addAppender(this.appender);
	}

	void stopCapturing() {
		root().detachAppender(this.appender);
		root().setLevel(this.previousLevel);
	}

	/**
	 * Return the captured log events; the client's threads may still be logging, and the
	 * appender adds to its list while holding its own lock.
	 * @return the events so far
	 */
	List<ILoggingEvent> logged() {
		synchronized (this.appender) {
			return new ArrayList<>(this.appender.list);
		}
	}

	/**
	 * Return where a credential shows in the captured logs or in the given objects.
	 * @param shown objects whose {@code toString()} a user may see
	 * @return one entry per credential and place it showed in, empty if none
	 */
	Set<String> leaks(List<?> shown) {
		Set<String> leaks = new LinkedHashSet<>();
		for (ILoggingEvent event : logged()) {
			String where = "log line of " + event.getLoggerName();
			find(event.getFormattedMessage(), where, leaks);
			for (IThrowableProxy proxy = event.getThrowableProxy(); proxy != null; proxy = proxy.getCause()) {
				find(proxy.getMessage(), where + " (exception message)", leaks);
				for (StackTraceElementProxy element : proxy.getStackTraceElementProxyArray()) {
					find(element.getSTEAsString(), where + " (stack trace)", leaks);
				}
			}
		}
		for (Object object : shown) {
			find(String.valueOf(object), "toString() of " + object.getClass().getName(), leaks);
			if (object instanceof Throwable ex) {
				for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
					find(String.valueOf(cause), "cause of " + object.getClass().getName(), leaks);
				}
			}
		}
		return leaks;
	}

	private void find(@Nullable String text, String where, Set<String> leaks) {
		if (text == null) {
			return;
		}
		for (int start = 0; start + RUN <= text.length(); start++) {
			String name = this.forms.get(text.substring(start, start + RUN));
			if (name != null) {
				leaks.add(name + " in " + where);
			}
		}
	}

	private static Logger root() {
		return ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME);
	}

}
