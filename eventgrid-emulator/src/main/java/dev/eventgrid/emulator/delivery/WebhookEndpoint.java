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

package dev.eventgrid.emulator.delivery;

import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import io.netty.handler.codec.http.HttpMethod;
import reactor.core.publisher.Mono;

/**
 * Posts one event per request to a webhook: Event Grid and custom events as a JSON array
 * of one with {@code application/json; charset=utf-8}, CloudEvents as a single object
 * with {@code application/cloudevents+json; charset=utf-8}, both with the {@code aeg-*}
 * headers.
 *
 * @author Event Grid for Spring Boot team
 */
final class WebhookEndpoint {

	static final String JSON = "application/json; charset=utf-8";

	static final String CLOUD_EVENT_JSON = "application/cloudevents+json; charset=utf-8";

	private final WebhookClient client;

	private final Duration responseTimeout;

	WebhookEndpoint(WebhookClient client, Duration responseTimeout) {
		this.client = client;
		this.responseTimeout = responseTimeout;
	}

	Mono<AttemptResult> deliver(URI endpoint, String subscriptionName, OutgoingEvent event, int deliveryCount) {
		String body = event.isCloudEvent() ? event.json() : "[" + event.json() + "]";
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Content-Type", event.isCloudEvent() ? CLOUD_EVENT_JSON : JSON);
		headers.putAll(event.headers(subscriptionName, deliveryCount));
		return this.client
			.send(HttpMethod.POST, endpoint, headers, body.getBytes(StandardCharsets.UTF_8), this.responseTimeout)
			.map((result) -> AttemptResult.forStatus(result.status()))
			.onErrorResume((ex) -> Mono.just(failure(ex)));
	}

	static AttemptResult failure(Throwable failure) {
		if (failure instanceof TimeoutException) {
			return new AttemptResult(0, DeliveryOutcome.TIMED_OUT);
		}
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof UnknownHostException) {
				return new AttemptResult(0, DeliveryOutcome.RESOLUTION_ERROR);
			}
		}
		return new AttemptResult(0, DeliveryOutcome.SOCKET_ERROR);
	}

}
