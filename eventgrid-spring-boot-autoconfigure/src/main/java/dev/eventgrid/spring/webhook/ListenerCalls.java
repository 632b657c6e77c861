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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.eventgrid.spring.event.EventGridPayload;
import dev.eventgrid.spring.event.EventSchema;
import dev.eventgrid.spring.listener.EventGridDeliveryOutcome;
import dev.eventgrid.spring.listener.EventGridListenerEndpoint;
import dev.eventgrid.spring.listener.EventGridListenerRegistry;
import dev.eventgrid.spring.listener.ListenerArgumentException;
import dev.eventgrid.spring.listener.ListenerInvocation;
import dev.eventgrid.spring.listener.ListenerMessages;
import org.apache.commons.logging.Log;

import org.springframework.messaging.Message;

/**
 * Plans the listener calls of a delivery: which listeners of the path take which events,
 * one call per event or per batch, each with its message and its arguments resolved
 * before any listener runs.
 *
 * @author Event Grid for Spring Boot team
 */
final class ListenerCalls {

	private final EventGridListenerRegistry registry;

	private final WebhookFailures failures;

	private final Log logger;

	ListenerCalls(EventGridListenerRegistry registry, WebhookFailures failures, Log logger) {
		this.registry = registry;
		this.failures = failures;
		this.logger = logger;
	}

	/**
	 * Plan the calls of a delivery.
	 * @param request the request
	 * @param headers the headers of the messages
	 * @param payload the events
	 * @return the calls, in order
	 * @throws Refusal if an event does not fit its listener and the listener's error
	 * handler does not acknowledge it
	 */
	List<ListenerInvocation> plan(WebhookRequest request, Map<String, Object> headers, EventGridPayload payload) {
		List<ListenerInvocation> invocations = new ArrayList<>();
		for (EventGridListenerEndpoint endpoint : this.registry.getEndpoints(request.path())) {
			List<Object> events = payload.events()
				.stream()
				.map(Objects::requireNonNull)
				.filter((event) -> endpoint.accepts(ListenerInvocation.type(event)))
				.toList();
			if (events.isEmpty()) {
				continue;
			}
			if (endpoint.isBatch()) {
				invocation(request, endpoint, ListenerMessages.batch(events, headers), payload.schema())
					.ifPresent(invocations::add);
			}
			else {
				for (Object event : events) {
					invocation(request, endpoint, ListenerMessages.event(event, headers), payload.schema())
						.ifPresent(invocations::add);
				}
			}
		}
		if (invocations.isEmpty() && this.logger.isDebugEnabled()) {
			this.logger.debug(LogText.escape("No listener of " + request.path() + " takes the delivered events "
					+ payload.events().stream().map(ListenerInvocation::describe).toList() + "; acknowledged"));
		}
		return invocations;
	}

	/**
	 * Resolve the arguments of a call; when they cannot be, the listener's error handler
	 * decides whether the call is skipped or the delivery refused.
	 * @param request the request
	 * @param endpoint the endpoint
	 * @param message the message
	 * @param schema the schema
	 * @return the invocation, or empty if the error handler acknowledged the events
	 */
	private Optional<ListenerInvocation> invocation(WebhookRequest request, EventGridListenerEndpoint endpoint,
			Message<?> message, EventSchema schema) {
		try {
			checkSchema(endpoint, schema);
			return Optional.of(new ListenerInvocation(endpoint, message, request.path()));
		}
		catch (RuntimeException ex) {
			EventGridDeliveryOutcome outcome = endpoint.handleError(message, ex);
			WebhookResponse response = this.failures.response(request, outcome, endpoint.getId(), ex);
			if (response != null) {
				throw new Refusal(response);
			}
			return Optional.empty();
		}
	}

	private static void checkSchema(EventGridListenerEndpoint endpoint, EventSchema schema) {
		EventSchema expected = endpoint.schema();
		if (expected != null && expected != schema) {
			throw new ListenerArgumentException(
					"The delivery holds " + ((schema == EventSchema.CLOUD_EVENT) ? "CloudEvents" : "EventGridEvents")
							+ " but the listeners of" + " this path take "
							+ ((expected == EventSchema.CLOUD_EVENT) ? "CloudEvents" : "EventGridEvents")
							+ "; match the subscription's delivery schema to the endpoint");
		}
	}

	/**
	 * Carries the answer to a call whose arguments could not be resolved out of the
	 * planning of a delivery.
	 */
	static final class Refusal extends RuntimeException {

		private final WebhookResponse response;

		Refusal(WebhookResponse response) {
			super(null, null, false, false);
			this.response = response;
		}

		WebhookResponse response() {
			return this.response;
		}

	}

}
