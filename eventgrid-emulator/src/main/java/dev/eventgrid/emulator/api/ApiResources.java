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

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.eventgrid.emulator.delivery.DeadLetteredEvent;
import dev.eventgrid.emulator.delivery.DeliveryAttempt;
import dev.eventgrid.emulator.delivery.EmulatedSubscription;
import dev.eventgrid.emulator.delivery.EventSubscription;
import dev.eventgrid.emulator.delivery.QueueMessage;
import dev.eventgrid.emulator.model.EmulatedTopic;
import dev.eventgrid.emulator.model.InputSchema;
import dev.eventgrid.emulator.model.ReceivedEvent;
import dev.eventgrid.emulator.namespace.EmulatedNamespace;
import dev.eventgrid.emulator.namespace.NamespaceTopic;
import dev.eventgrid.emulator.namespace.PullSubscription;
import dev.eventgrid.emulator.storagequeue.StorageQueueTarget;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON forms of what the API lists: maps in a fixed key order, which the mapper
 * writes as objects.
 *
 * @author Event Grid for Spring Boot team
 */
final class ApiResources {

	private final EmulatorState state;

	private final JsonMapper mapper;

	ApiResources(EmulatorState state, JsonMapper mapper) {
		this.state = state;
		this.mapper = mapper;
	}

	Map<String, @Nullable Object> topic(EmulatedTopic topic) {
		Map<String, @Nullable Object> json = new LinkedHashMap<>();
		json.put("name", topic.name());
		json.put("kind", topic.isDomain() ? "domain" : "topic");
		json.put("schema", topic.schema().serviceName());
		json.put("resourceId", topic.resourceId());
		json.put("httpsEndpoint", this.state.httpsEndpoint(topic.name()));
		json.put("httpEndpoint", this.state.httpEndpoint(topic.name()));
		json.put("keys", topic.keys());
		json.put("receivedEvents", this.state.receivedEvents(topic.name()).size());
		json.put("subscriptions",
				this.state.subscriptions()
					.stream()
					.filter((subscription) -> subscription.topic() == topic)
					.map(EmulatedSubscription::name)
					.toList());
		return json;
	}

	Map<String, @Nullable Object> event(ReceivedEvent event) {
		Map<String, @Nullable Object> json = new LinkedHashMap<>();
		json.put("topic", event.topic());
		json.put("domainTopic", event.domainTopic());
		json.put("requestId", event.requestId());
		json.put("index", event.index());
		json.put("receivedAt", event.receivedAt().toString());
		json.put("event", event.node());
		return json;
	}

	Map<String, @Nullable Object> subscription(EmulatedSubscription subscription) {
		EventSubscription definition = subscription.definition();
		Map<String, @Nullable Object> json = new LinkedHashMap<>();
		json.put("name", subscription.name());
		json.put("topic", subscription.topic().name());
		json.put("domainTopic", subscription.domainTopic());
		json.put("endpointType", definition.endpointType().serviceName());
		json.put("endpoint", endpoint(definition));
		json.put("state", subscription.state().serviceName());
		json.put("failureReason", subscription.failureReason());
		InputSchema schema = subscription.deliverySchema();
		json.put("deliverySchema", (schema == InputSchema.CUSTOM) ? "CustomInputSchema" : schema.serviceName());
		json.put("includedEventTypes", definition.includedEventTypes());
		json.put("deliveryAttempts", subscription.deliveries().size());
		json.put("deadLetters", subscription.deadLetters().size());
		return json;
	}

	private static @Nullable String endpoint(EventSubscription definition) {
		URI webhook = definition.endpoint();
		if (webhook != null) {
			String text = webhook.toString();
			int query = text.indexOf('?');
			return (query >= 0) ? text.substring(0, query) + "?[redacted]" : text;
		}
		StorageQueueTarget storageQueue = definition.storageQueue();
		return (storageQueue != null) ? storageQueue.description() : null;
	}

	Map<String, @Nullable Object> attempt(DeliveryAttempt attempt) {
		Map<String, @Nullable Object> json = new LinkedHashMap<>();
		json.put("eventId", attempt.eventId());
		json.put("deliveryCount", attempt.deliveryCount());
		json.put("time", attempt.time().toString());
		json.put("statusCode", attempt.statusCode());
		json.put("outcome", attempt.outcome().serviceName());
		return json;
	}

	Map<String, @Nullable Object> message(QueueMessage message) {
		Map<String, @Nullable Object> json = new LinkedHashMap<>();
		json.put("messageId", message.messageId());
		json.put("enqueuedAt", message.enqueuedAt().toString());
		json.put("body", message.body());
		json.put("properties", message.properties());
		return json;
	}

	Map<String, @Nullable Object> deadLetter(DeadLetteredEvent event) {
		Map<String, @Nullable Object> json = new LinkedHashMap<>();
		json.put("eventId", event.eventId());
		json.put("deadLetterReason", event.deadLetterReason());
		json.put("deliveryAttempts", event.deliveryAttempts());
		json.put("lastDeliveryOutcome", event.lastDeliveryOutcome().serviceName());
		json.put("lastHttpStatusCode", event.lastHttpStatusCode());
		json.put("deadLetter", this.mapper.readTree(event.json()));
		return json;
	}

	Map<String, @Nullable Object> namespace(EmulatedNamespace namespace) {
		Map<String, @Nullable Object> json = new LinkedHashMap<>();
		json.put("name", namespace.name());
		json.put("resourceId", namespace.resourceId());
		json.put("httpsEndpoint", namespace.httpsEndpoint());
		json.put("httpEndpoint", namespace.httpEndpoint());
		json.put("keys", namespace.keys());
		json.put("topics", namespace.topics().stream().map(this::namespaceTopic).toList());
		return json;
	}

	private Map<String, @Nullable Object> namespaceTopic(NamespaceTopic topic) {
		Map<String, @Nullable Object> json = new LinkedHashMap<>();
		json.put("name", topic.name());
		json.put("receivedEvents", topic.acceptedEventCount());
		json.put("subscriptions", topic.subscriptions().stream().map(ApiResources::pullSubscription).toList());
		return json;
	}

	private static Map<String, @Nullable Object> pullSubscription(PullSubscription subscription) {
		Map<String, @Nullable Object> json = new LinkedHashMap<>();
		json.put("name", subscription.name());
		json.put("available", subscription.availableCount());
		json.put("locked", subscription.lockedCount());
		json.put("deadLetters", subscription.deadLetteredEvents().size());
		return json;
	}

	static Map<String, @Nullable Object> error(String code, String message) {
		return Map.of("error", Map.of("code", code, "message", message));
	}

	static Map<String, @Nullable Object> count(String name, int count) {
		return Map.of(name, count);
	}

	static Map<String, @Nullable Object> list(String name, List<?> items) {
		return Map.of(name, items);
	}

	JsonNode tree(byte[] body) {
		return this.mapper.readTree(body);
	}

}
