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

package dev.eventgrid.emulator.publish;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * The service's error body,
 * <code>{"error":{"code":"&lt;Code&gt;","message":"&lt;text&gt;"}}</code>, whose code is
 * the .NET name of the HTTP status as the service and its simulators use.
 *
 * @author Event Grid for Spring Boot team
 */
final class ErrorResponse {

	static final String CONTENT_TYPE = "application/json; charset=utf-8";

	private static final DateTimeFormatter REPORT_TIME = DateTimeFormatter.ofPattern("M/d/yyyy h:mm:ss a", Locale.US)
		.withZone(ZoneOffset.UTC);

	private static final Map<Integer, String> CODES = Map.ofEntries(Map.entry(400, "BadRequest"),
			Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"), Map.entry(404, "NotFound"),
			Map.entry(405, "MethodNotAllowed"), Map.entry(408, "RequestTimeout"), Map.entry(409, "Conflict"),
			Map.entry(410, "Gone"), Map.entry(413, "RequestEntityTooLarge"), Map.entry(415, "UnsupportedMediaType"),
			Map.entry(429, "TooManyRequests"), Map.entry(500, "InternalServerError"), Map.entry(501, "NotImplemented"),
			Map.entry(502, "BadGateway"), Map.entry(503, "ServiceUnavailable"), Map.entry(504, "GatewayTimeout"),
			Map.entry(505, "HttpVersionNotSupported"));

	private ErrorResponse() {
	}

	static String codeFor(int status) {
		return CODES.getOrDefault(status, (status < 500) ? "BadRequest" : "InternalServerError");
	}

	static String withReport(String message, String requestId, long sequence, Instant time) {
		return message + " Report '" + requestId + ":" + sequence + ":" + REPORT_TIME.format(time)
				+ " (UTC)' to our forums for assistance or raise a support ticket.";
	}

	static byte[] body(JsonMapper mapper, String code, String message) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("code", code);
		error.put("message", message);
		return mapper.writeValueAsBytes(Map.of("error", error));
	}

}
