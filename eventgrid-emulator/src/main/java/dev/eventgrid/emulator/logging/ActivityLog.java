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

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.eventgrid.emulator.model.ReceivedEvent;
import dev.eventgrid.emulator.model.RecordedRequest;
import dev.eventgrid.emulator.model.RequestHeaders;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the emulator's activity to the SLF4J logger {@value #LOGGER_NAME}: at INFO one
 * line per publish request (topic, events, status), per delivery attempt (subscription,
 * endpoint, attempt, outcome), per dead-letter, per authentication failure and per API
 * call; at DEBUG the events and headers of each request. Every value a client chose is
 * passed through {@link LogText}; no key, SAS signature or token is written.
 *
 * @author Event Grid for Spring Boot team
 */
public final class ActivityLog {

	/**
	 * The name of the logger; set it to WARN to silence the emulator's activity.
	 */
	public static final String LOGGER_NAME = "dev.eventgrid.emulator.activity";

	private static final Logger logger = LoggerFactory.getLogger(LOGGER_NAME);

	private static final Set<String> KNOWN_SCHEMES = Set.of("bearer", "sharedaccesssignature", "sharedaccesskey");

	private static final String REPORT = " Report '";

	private static final String REASON = "This is due to the reason: ";

	private ActivityLog() {
	}

	/**
	 * Log a finished publish request: its events and status, or why it failed
	 * authentication.
	 * @param request the request and its outcome
	 * @param accepted the accepted events
	 */
	public static void published(RecordedRequest request, List<ReceivedEvent> accepted) {
		if (!logger.isInfoEnabled()) {
			return;
		}
		String topic = request.topic();
		if (topic == null) {
			logger.info("request method={} path={} status={}", LogText.of(request.method()), LogText.of(request.path()),
					request.status());
			return;
		}
		String credential = credential(request.headers(), request.query());
		if (request.status() == 401) {
			authenticationFailed("topic", topic, credential, request.status(), request.errorMessage());
			return;
		}
		StringBuilder line = new StringBuilder("publish topic=").append(LogText.of(topic))
			.append(" events=")
			.append(accepted.size())
			.append(" status=")
			.append((request.status() != 0) ? Integer.toString(request.status()) : "dropped")
			.append(" credential=")
			.append(credential)
			.append(" bytes=")
			.append(Math.max(0, request.bodySize()));
		if (request.errorCode() != null) {
			line.append(" code=").append(LogText.of(request.errorCode()));
			line.append(" error=").append(LogText.quoted(withoutReport(request.errorMessage())));
		}
		if (request.fault() != null) {
			line.append(" fault=").append(LogText.of(String.valueOf(request.fault())));
		}
		logger.info(line.append(" request-id=").append(request.requestId()).toString());
		if (logger.isDebugEnabled()) {
			logger.debug("  headers {}", LogText.of(request.headers().toString()));
			accepted.forEach(ActivityLog::event);
		}
	}

	private static void event(ReceivedEvent event) {
		String type = (event.text("type") != null) ? event.text("type") : event.text("eventType");
		logger.debug("  event index={} id={} type={} subject={}{}", event.index(), LogText.of(event.text("id")),
				LogText.of(type), LogText.of(event.text("subject")),
				(event.domainTopic() != null) ? " domain-topic=" + LogText.of(event.domainTopic()) : "");
	}

	/**
	 * Log a request that failed authentication, without its credential.
	 * @param scope what the request was for, such as {@code topic} or {@code namespace}
	 * @param name the name of the topic or namespace
	 * @param credential the kind of credential presented, such as {@code aeg-sas-key}
	 * @param status the status answered
	 * @param message the error message answered, which names the reason
	 */
	public static void authenticationFailed(String scope, String name, String credential, int status,
			@Nullable String message) {
		String text = withoutReport(message);
		int reason = (text != null) ? text.indexOf(REASON) : -1;
		logger.info("auth-failure {}={} credential={} status={} reason={}", scope, LogText.of(name),
				LogText.of(credential), status,
				LogText.quoted((text != null && reason >= 0) ? text.substring(reason + REASON.length()) : text));
	}

	/**
	 * Log one delivery attempt of one event.
	 * @param subscription the subscription name
	 * @param endpoint where the event went, without credentials
	 * @param eventId the event id
	 * @param attempt the attempt number, {@code 1} for the first
	 * @param status the status answered, {@code 0} if there was no answer
	 * @param outcome the outcome, such as {@code Delivered} or {@code Busy}
	 * @param retryIn when the next attempt is due, or {@code null} if there is none
	 */
	public static void deliveryAttempted(String subscription, String endpoint, String eventId, int attempt, int status,
			String outcome, @Nullable Duration retryIn) {
		if (logger.isInfoEnabled()) {
			logger.info("deliver subscription={} endpoint={} event={} attempt={} status={} outcome={}{}",
					LogText.of(subscription), LogText.url(endpoint), LogText.of(eventId), attempt,
					(status != 0) ? status : "none", LogText.of(outcome),
					(retryIn != null) ? " retry-in=" + format(retryIn) : "");
		}
	}

	/**
	 * Log an event a subscription gave up on.
	 * @param subscription the subscription name
	 * @param eventId the event id
	 * @param reason the dead-letter reason, such as {@code MaxDeliveryAttemptsExceeded}
	 * @param attempts how many attempts were made
	 * @param lastOutcome the outcome of the last attempt
	 */
	public static void deadLettered(String subscription, String eventId, String reason, int attempts,
			String lastOutcome) {
		logger.info("dead-letter subscription={} event={} reason={} attempts={} last-outcome={}",
				LogText.of(subscription), LogText.of(eventId), LogText.of(reason), attempts, LogText.of(lastOutcome));
	}

	/**
	 * Log a call of the emulator's own HTTP API.
	 * @param method the HTTP method
	 * @param path the request path
	 * @param status the status answered
	 */
	public static void apiCalled(String method, String path, int status) {
		logger.info("api method={} path={} status={}", LogText.of(method), LogText.of(path), status);
	}

	/**
	 * Return the kind of credential a request presented, never its value.
	 * @param headers the request headers
	 * @param query the raw query string
	 * @return {@code aeg-sas-key}, {@code aeg-sas-key-query}, {@code aeg-sas-token}, the
	 * scheme of the {@code Authorization} header, or {@code none}
	 */
	public static String credential(RequestHeaders headers, @Nullable String query) {
		if (headers.contains("aeg-sas-key")) {
			return "aeg-sas-key";
		}
		if (query != null && query.toLowerCase(Locale.ROOT).contains("aeg-sas-key=")) {
			return "aeg-sas-key-query";
		}
		if (headers.contains("aeg-sas-token")) {
			return "aeg-sas-token";
		}
		String authorization = headers.first("Authorization");
		if (authorization != null) {
			String scheme = authorization.trim().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
			return KNOWN_SCHEMES.contains(scheme) ? "authorization-" + scheme : "authorization-other";
		}
		return "none";
	}

	private static @Nullable String withoutReport(@Nullable String message) {
		if (message == null) {
			return null;
		}
		int report = message.indexOf(REPORT);
		return (report >= 0) ? message.substring(0, report) : message;
	}

	private static String format(Duration duration) {
		return (duration.toMillis() < 1000) ? duration.toMillis() + "ms" : (duration.toMillis() / 1000.0 % 1 == 0)
				? duration.toSeconds() + "s" : String.format(Locale.ROOT, "%.1fs", duration.toMillis() / 1000.0);
	}

}
