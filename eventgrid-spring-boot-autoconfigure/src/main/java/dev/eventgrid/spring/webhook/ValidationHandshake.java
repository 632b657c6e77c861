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

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.eventgrid.spring.event.EventGridEvent;
import dev.eventgrid.spring.event.EventGridPayload;
import dev.eventgrid.spring.event.system.SubscriptionValidationEventData;
import dev.eventgrid.spring.event.system.SystemEventNames;
import dev.eventgrid.spring.listener.EventGridDelivery;
import dev.eventgrid.spring.listener.EventGridRejectedException;
import org.apache.commons.logging.Log;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers the validation handshake of Event Grid schema subscriptions: with the
 * validation code, or, in {@link SubscriptionValidationMode#MANUAL manual} mode, by
 * logging the validation URL and handing the event to the listeners that take it.
 *
 * @author Event Grid for Spring Boot team
 */
final class ValidationHandshake {

	static final Set<String> MASKED = Set.of("token");

	private final JsonMapper jsonMapper;

	private final ListenerCalls calls;

	private final Log logger;

	private SubscriptionValidationMode mode = SubscriptionValidationMode.SYNC;

	private ValidationUrls urls = new ValidationUrls(ValidationUrls.DEFAULT_HOSTS);

	private Set<String> maskedQueryParameters = MASKED;

	ValidationHandshake(JsonMapper jsonMapper, ListenerCalls calls, Log logger) {
		this.jsonMapper = jsonMapper;
		this.calls = calls;
		this.logger = logger;
	}

	void setMode(SubscriptionValidationMode mode) {
		this.mode = mode;
	}

	void setUrls(ValidationUrls urls) {
		this.urls = urls;
	}

	void setMaskedQueryParameters(Set<String> maskedQueryParameters) {
		this.maskedQueryParameters = maskedQueryParameters;
	}

	static boolean isValidation(EventGridPayload payload) {
		return payload instanceof EventGridPayload.EventGridEvents events && events.events().size() == 1
				&& SystemEventNames.EVENT_GRID_SUBSCRIPTION_VALIDATION
					.equalsIgnoreCase(events.events().get(0).getEventType());
	}

	EventGridWebhookHandler.Dispatch answer(WebhookRequest request, Map<String, Object> headers,
			EventGridDelivery delivery, EventGridEvent event) {
		SubscriptionValidationEventData data = validationData(event);
		String subscription = (delivery.subscriptionName() != null) ? delivery.subscriptionName() : "(unnamed)";
		if (this.mode == SubscriptionValidationMode.MANUAL) {
			String validationUrl = (data != null) ? data.validationUrl() : null;
			this.urls.check(validationUrl);
			// the URL's token validates the subscription: it is shown masked, listeners
			// get it whole
			this.logger.info(LogText.escape("Event Grid subscription " + subscription + " of " + request.path()
					+ " awaits manual validation: GET its validationUrl ("
					+ LogText.maskQuery(validationUrl, this.maskedQueryParameters)
					+ ") within minutes; a listener of Microsoft.EventGrid.SubscriptionValidationEvent receives it whole"));
			EventGridPayload payload = new EventGridPayload.EventGridEvents(List.of(event), true, false);
			return new EventGridWebhookHandler.Dispatch(this.calls.plan(request, headers, payload),
					WebhookResponse.status(200));
		}
		if (data == null || data.validationCode() == null) {
			throw new EventGridRejectedException("The subscription validation event has no validationCode");
		}
		this.logger.info(LogText.escape("Answered the validation handshake of Event Grid subscription " + subscription
				+ " of " + request.path()));
		byte[] body = this.jsonMapper.writeValueAsBytes(Map.of("validationResponse", data.validationCode()));
		return new EventGridWebhookHandler.Dispatch(List.of(), WebhookResponse.json(body));
	}

	private @Nullable SubscriptionValidationEventData validationData(EventGridEvent event) {
		try {
			return event.data(SubscriptionValidationEventData.class, this.jsonMapper);
		}
		catch (RuntimeException ex) {
			throw new EventGridRejectedException("The subscription validation event's data cannot be read", ex);
		}
	}

}
