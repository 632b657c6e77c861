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

package dev.eventgrid.emulator.namespace;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An event a queue subscription gave up on, as the service writes it to the dead-letter
 * blob: the CloudEvent plus {@code deadLetterProperties} ({@code deadletterreason},
 * {@code deliveryattempts}, {@code deliveryresult}, {@code publishutc},
 * {@code deliveryattemptutc}).
 *
 * @param namespace the namespace name
 * @param topic the namespace topic name
 * @param subscription the subscription name
 * @param event the CloudEvent as published
 * @param deadLetterReason why the event was dead-lettered, such as
 * {@code Maximum delivery
 * attempts was exceeded.}
 * @param deliveryAttempts how many times the event was delivered
 * @param deliveryResult the outcome of the last delivery, such as {@code Event was not
 * acknowledged nor rejected.}
 * @param publishTime when the event was accepted
 * @param lastDeliveryAttemptTime when the event was last delivered, or {@code null} if it
 * never was
 * @author Event Grid for Spring Boot team
 */
public record DeadLetteredCloudEvent(String namespace, String topic, String subscription, JsonNode event,
		String deadLetterReason, int deliveryAttempts, String deliveryResult, Instant publishTime,
		@Nullable Instant lastDeliveryAttemptTime) {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	/**
	 * Return the {@code id} of the CloudEvent.
	 * @return the event id, empty if it has none
	 */
	public String eventId() {
		JsonNode id = this.event.get("id");
		return (id != null && id.isString()) ? id.stringValue() : "";
	}

	/**
	 * Return the dead-letter record as the service stores it:
	 * {@code {"deadLetterProperties":{...},"event":{...}}}.
	 * @return the JSON object
	 */
	public ObjectNode toJson() {
		ObjectNode record = MAPPER.createObjectNode();
		ObjectNode properties = record.putObject("deadLetterProperties");
		properties.put("deadletterreason", this.deadLetterReason);
		properties.put("deliveryattempts", this.deliveryAttempts);
		properties.put("deliveryresult", this.deliveryResult);
		properties.put("publishutc", DateTimeFormatter.ISO_INSTANT.format(this.publishTime));
		if (this.lastDeliveryAttemptTime != null) {
			properties.put("deliveryattemptutc", DateTimeFormatter.ISO_INSTANT.format(this.lastDeliveryAttemptTime));
		}
		record.set("event", this.event.deepCopy());
		return record;
	}

}
