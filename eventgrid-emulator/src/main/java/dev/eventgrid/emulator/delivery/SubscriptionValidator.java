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
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.eventgrid.emulator.delivery.WebhookClient.HttpResult;
import dev.eventgrid.emulator.model.InputSchema;
import io.netty.handler.codec.http.HttpMethod;
import org.jspecify.annotations.Nullable;
import reactor.core.Exceptions;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Runs the handshake that proves a webhook wants the events. Event Grid and custom
 * delivery schemas get a {@code SubscriptionValidationEvent}: a 200 answer echoing the
 * code as {@code validationResponse} completes it, a 200 answer without one waits for a
 * GET of the validation URL. CloudEvents delivery gets the CloudEvents abuse-protection
 * {@code OPTIONS} request, which needs 200 with {@code WebHook-Allowed-Origin} set to
 * {@code eventgrid.azure.net} or {@code *}. Queues need no handshake.
 *
 * @author Event Grid for Spring Boot team
 */
final class SubscriptionValidator {

	static final String ORIGIN = "eventgrid.azure.net";

	private static final Duration MANUAL_VALIDATION_WINDOW = Duration.ofMinutes(5);

	private final WebhookClient client;

	private final EventFormatter formatter;

	private final TimeScale scale;

	private final Duration responseTimeout;

	private final Clock clock;

	private final ScheduledExecutorService executor;

	SubscriptionValidator(WebhookClient client, EventFormatter formatter, TimeScale scale, Duration responseTimeout,
			Clock clock, ScheduledExecutorService executor) {
		this.client = client;
		this.formatter = formatter;
		this.scale = scale;
		this.responseTimeout = responseTimeout;
		this.clock = clock;
		this.executor = executor;
	}

	/**
	 * Validate a new subscription, blocking until the endpoint answered; it must not be
	 * called on an event loop.
	 * @param subscription the subscription to validate
	 * @param validationBaseUrl the emulator's base URL, which the {@code validationUrl}
	 * of a validation event starts with
	 */
	void validate(EmulatedSubscription subscription, String validationBaseUrl) {
		URI endpoint = subscription.definition().endpoint();
		if (endpoint == null) {
			subscription.succeeded();
			return;
		}
		try {
			if (subscription.deliverySchema() == InputSchema.CLOUD_EVENT_V1_0) {
				protectFromAbuse(subscription, endpoint);
			}
			else {
				sendValidationEvent(subscription, endpoint, validationBaseUrl);
			}
		}
		catch (RuntimeException ex) {
			subscription.failed("The validation request to " + redact(endpoint) + " failed: " + describe(ex));
		}
	}

	private void protectFromAbuse(EmulatedSubscription subscription, URI endpoint) {
		HttpResult result = send(HttpMethod.OPTIONS, endpoint, Map.of("WebHook-Request-Origin", ORIGIN), null);
		String allowed = result.headers().first("WebHook-Allowed-Origin");
		String origin = (allowed != null) ? allowed.trim() : null;
		if (result.status() == 200 && origin != null && (origin.equals("*") || origin.equalsIgnoreCase(ORIGIN))) {
			subscription.succeeded();
			return;
		}
		subscription.failed("The CloudEvents abuse-protection handshake (OPTIONS " + redact(endpoint) + ") got "
				+ result.status() + " with WebHook-Allowed-Origin " + ((origin != null) ? "'" + origin + "'" : "absent")
				+ "; it needs 200 with WebHook-Allowed-Origin '" + ORIGIN + "' or '*'");
	}

	private void sendValidationEvent(EmulatedSubscription subscription, URI endpoint, String validationBaseUrl) {
		Instant now = this.clock.instant();
		String validationUrl = validationBaseUrl + "/eventsubscriptions/" + subscription.name() + "/validate?id="
				+ subscription.validationCode() + "&t=" + now + "&apiVersion=2018-05-01-preview&token="
				+ subscription.validationToken();
		subscription.validationUrl(validationUrl);
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Content-Type", WebhookEndpoint.JSON);
		headers.put("aeg-event-type", "SubscriptionValidation");
		headers.put("aeg-subscription-name", subscription.name().toUpperCase(Locale.ROOT));
		headers.put("aeg-delivery-count", "0");
		headers.put("aeg-metadata-version", EventFormatter.METADATA_VERSION);
		headers.put("aeg-data-version", "1");
		String body = this.formatter.validationEvent(subscription, validationUrl, now);
		HttpResult result = send(HttpMethod.POST, endpoint, headers, body.getBytes(StandardCharsets.UTF_8));
		if (result.status() != 200) {
			subscription.failed("The validation event to " + redact(endpoint) + " got " + result.status()
					+ "; the handshake needs 200");
			return;
		}
		String echoed = validationResponse(result.body());
		if (echoed == null) {
			awaitManualAction(subscription, now);
		}
		else if (echoed.equalsIgnoreCase(subscription.validationCode())) {
			subscription.succeeded();
		}
		else {
			subscription.failed("The endpoint " + redact(endpoint) + " answered validationResponse '" + echoed
					+ "', which is not the validation code");
		}
	}

	private void awaitManualAction(EmulatedSubscription subscription, Instant now) {
		Duration window = this.scale.scale(MANUAL_VALIDATION_WINDOW);
		subscription.awaitManualAction(now.plus(window));
		this.executor.schedule(() -> subscription.expireManualValidation(this.clock.instant()), window.toNanos(),
				TimeUnit.NANOSECONDS);
	}

	private @Nullable String validationResponse(String body) {
		if (body.isBlank()) {
			return null;
		}
		try {
			JsonNode node = this.formatter.mapper().readTree(body);
			JsonNode response = (node != null && node.isObject()) ? node.get("validationResponse") : null;
			return (response != null && response.isString()) ? response.stringValue() : null;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private HttpResult send(HttpMethod method, URI endpoint, Map<String, String> headers, byte @Nullable [] body) {
		HttpResult result = this.client.send(method, endpoint, headers, body, this.responseTimeout).block();
		if (result == null) {
			throw new IllegalStateException("no answer");
		}
		return result;
	}

	private String describe(RuntimeException ex) {
		Throwable cause = Exceptions.unwrap(ex);
		if (cause instanceof TimeoutException) {
			return "no answer within " + this.responseTimeout.toMillis() + " ms";
		}
		return cause.getClass().getSimpleName() + ((cause.getMessage() != null) ? ": " + cause.getMessage() : "");
	}

	private static String redact(URI endpoint) {
		String text = endpoint.toString();
		int query = text.indexOf('?');
		return (query >= 0) ? text.substring(0, query) : text;
	}

}
