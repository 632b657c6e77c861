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

package dev.eventgrid.emulator.api;

import java.time.Duration;
import java.util.Locale;

import dev.eventgrid.emulator.fault.FaultPlan;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A fault to inject, as the API's {@code POST /emulator/faults} takes it:
 * <pre class="code">
 * {"type": "fail", "status": 503, "count": 2, "retryAfterSeconds": 1, "topic": "orders"}
 * {"type": "delay", "delayMillis": 2000, "count": 1}
 * {"type": "drop-before-response", "count": 1, "namespace": "contoso"}
 * {"type": "drop-after-accept", "count": 1}
 * {"type": "echo-credential", "status": 401}
 * </pre> Without {@code topic} or {@code namespace} a fault applies to every topic and
 * domain; with {@code namespace} (and optionally {@code topic}) to a namespace.
 *
 * @param type {@code fail}, {@code delay}, {@code drop-before-response},
 * {@code drop-after-accept} or {@code echo-credential}
 * @param count how many requests it applies to
 * @param status the status of a {@code fail} or an {@code echo-credential}
 * @param retryAfter the {@code Retry-After} of a {@code fail}, or {@code null}
 * @param delay the delay of a {@code delay}
 * @param topic the topic it is scoped to, or {@code null}
 * @param namespace the namespace it is scoped to, or {@code null}
 * @author Event Grid for Spring Boot team
 */
record FaultRequest(String type, int count, int status, @Nullable Duration retryAfter, Duration delay,
		@Nullable String topic, @Nullable String namespace) {

	private static final String TYPES = "fail, delay, drop-before-response, drop-after-accept or echo-credential";

	static FaultRequest from(JsonNode body) {
		if (!body.isObject()) {
			throw new IllegalArgumentException(
					"The fault must be a JSON object such as " + "{\"type\":\"fail\",\"status\":503,\"count\":1}");
		}
		String type = text(body, "type");
		if (type == null) {
			throw new IllegalArgumentException("The fault needs a 'type': " + TYPES);
		}
		JsonNode retryAfter = body.get("retryAfterSeconds");
		return new FaultRequest(type.toLowerCase(Locale.ROOT), number(body, "count", 1), number(body, "status", 0),
				(retryAfter != null && !retryAfter.isNull()) ? Duration.ofSeconds(retryAfter.asLong()) : null,
				Duration.ofMillis(number(body, "delayMillis", 0)), text(body, "topic"), text(body, "namespace"));
	}

	void applyTo(FaultPlan plan) {
		switch (this.type) {
			case "fail" -> {
				if (this.retryAfter != null) {
					plan.failNext(this.count, this.status, this.retryAfter);
				}
				else {
					plan.failNext(this.count, this.status);
				}
			}
			case "delay" -> plan.delayNext(this.count, this.delay);
			case "drop-before-response" -> plan.dropConnectionBeforeResponse(this.count);
			case "drop-after-accept" -> plan.dropConnectionAfterAccept(this.count);
			case "echo-credential" -> plan.echoCredentialNext(this.count, this.status);
			default -> throw new IllegalArgumentException("Unknown fault type '" + this.type + "'; use " + TYPES);
		}
	}

	private static @Nullable String text(JsonNode body, String name) {
		JsonNode value = body.get(name);
		return (value != null && value.isString()) ? value.asString() : null;
	}

	private static int number(JsonNode body, String name, int defaultValue) {
		JsonNode value = body.get(name);
		if (value == null || value.isNull()) {
			return defaultValue;
		}
		if (!value.isIntegralNumber()) {
			throw new IllegalArgumentException("The fault's '" + name + "' must be a whole number");
		}
		return value.asInt();
	}

}
