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

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import dev.eventgrid.emulator.model.EmulatedTopic;
import dev.eventgrid.emulator.model.InputSchema;
import dev.eventgrid.emulator.model.ReceivedEvent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes events the way Event Grid delivers them: Event Grid events get the full resource
 * id as {@code topic} and {@code metadataVersion} {@code "1"}; Event Grid events
 * delivered as CloudEvents map {@code topic} to {@code source}, {@code eventType} to
 * {@code type}, {@code eventTime} to {@code time} and the data version to
 * {@code dataschema: "#<dataVersion>"}; CloudEvents and custom objects delivered in their
 * own schema keep the exact published text; custom objects delivered as Event Grid events
 * become the {@code data} of an event built from {@link EventFields}. Numbers keep their
 * published digits. Also writes the subscription validation event and dead-letter
 * records.
 *
 * @author Event Grid for Spring Boot team
 */
final class EventFormatter {

	static final String METADATA_VERSION = "1";

	static final String VALIDATION_EVENT_TYPE = "Microsoft.EventGrid.SubscriptionValidationEvent";

	private final JsonMapper mapper;

	EventFormatter(JsonMapper mapper) {
		this.mapper = mapper;
	}

	OutgoingEvent format(EmulatedSubscription subscription, ReceivedEvent event, EventFields fields) {
		EmulatedTopic topic = subscription.topic();
		String scope = (event.domainTopic() != null) ? topic.domainTopicResourceId(event.domainTopic())
				: topic.resourceId();
		ObjectNode published = (ObjectNode) this.mapper.readTree(event.json());
		ObjectNode gridForm = (topic.schema() == InputSchema.EVENT_GRID_EVENT) ? stampGridEvent(published, scope)
				: wrapInGridEvent(published, scope, fields);
		if (subscription.deliverySchema() == topic.schema() && topic.schema() != InputSchema.EVENT_GRID_EVENT) {
			return new OutgoingEvent(subscription.deliverySchema(), fields, published, event.json(), gridForm);
		}
		ObjectNode node = (subscription.deliverySchema() == InputSchema.CLOUD_EVENT_V1_0)
				? toCloudEvent(gridForm, fields) : gridForm;
		return new OutgoingEvent(subscription.deliverySchema(), fields, node, this.mapper.writeValueAsString(node),
				gridForm);
	}

	private ObjectNode stampGridEvent(ObjectNode published, String scope) {
		ObjectNode node = copy(published);
		node.put("topic", scope);
		JsonNode dataVersion = node.get("dataVersion");
		if (dataVersion == null || dataVersion.isNull()) {
			node.put("dataVersion", "");
		}
		node.put("metadataVersion", METADATA_VERSION);
		return node;
	}

	private ObjectNode wrapInGridEvent(ObjectNode published, String scope, EventFields fields) {
		ObjectNode node = this.mapper.createObjectNode();
		node.put("id", fields.id());
		node.put("eventTime", fields.eventTime());
		node.put("eventType", fields.eventType());
		node.put("dataVersion", fields.dataVersion());
		node.put("metadataVersion", METADATA_VERSION);
		node.put("topic", scope);
		node.put("subject", (fields.subject() != null) ? fields.subject() : "");
		node.set("data", copy(published));
		return node;
	}

	private ObjectNode toCloudEvent(ObjectNode gridEvent, EventFields fields) {
		ObjectNode node = this.mapper.createObjectNode();
		node.put("id", fields.id());
		node.put("source", gridEvent.get("topic").stringValue());
		node.put("specversion", "1.0");
		node.put("type", fields.eventType());
		if (fields.subject() != null) {
			node.put("subject", fields.subject());
		}
		node.put("time", fields.eventTime());
		node.put("dataschema", "#" + fields.dataVersion());
		JsonNode data = gridEvent.get("data");
		if (data != null) {
			node.set("data", data.deepCopy());
		}
		return node;
	}

	String deadLetter(OutgoingEvent event, String reason, PendingDelivery delivery) {
		boolean cloudEvent = event.schema() == InputSchema.CLOUD_EVENT_V1_0;
		ObjectNode node = copy((event.schema() == InputSchema.CUSTOM) ? event.gridForm() : event.node());
		node.put(name("deadLetterReason", cloudEvent), reason);
		node.put(name("deliveryAttempts", cloudEvent), delivery.attempts());
		node.put(name("lastDeliveryOutcome", cloudEvent), delivery.lastOutcome().serviceName());
		if (delivery.lastStatus() != 0) {
			node.put(name("lastHttpStatusCode", cloudEvent), delivery.lastStatus());
		}
		node.put(name("publishTime", cloudEvent), format(delivery.publishTime()));
		Instant lastAttempt = delivery.lastAttemptTime();
		if (lastAttempt != null) {
			node.put(name("lastDeliveryAttemptTime", cloudEvent), format(lastAttempt));
		}
		return this.mapper.writeValueAsString(node);
	}

	String validationEvent(EmulatedSubscription subscription, String validationUrl, Instant now) {
		ObjectNode node = this.mapper.createObjectNode();
		node.put("id", UUID.randomUUID().toString());
		node.put("topic", subscription.scopeResourceId());
		node.put("subject", "");
		ObjectNode data = node.putObject("data");
		data.put("validationCode", subscription.validationCode());
		data.put("validationUrl", validationUrl);
		node.put("eventType", VALIDATION_EVENT_TYPE);
		node.put("eventTime", format(now));
		node.put("metadataVersion", METADATA_VERSION);
		node.put("dataVersion", "1");
		return this.mapper.writeValueAsString(this.mapper.createArrayNode().add(node));
	}

	JsonMapper mapper() {
		return this.mapper;
	}

	private static String name(String name, boolean cloudEvent) {
		return cloudEvent ? name.toLowerCase(Locale.ROOT) : name;
	}

	private static String format(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant);
	}

	private static ObjectNode copy(JsonNode node) {
		return (ObjectNode) node.deepCopy();
	}

}
