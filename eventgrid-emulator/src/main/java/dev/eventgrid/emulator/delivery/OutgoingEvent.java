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

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import dev.eventgrid.emulator.model.InputSchema;
import tools.jackson.databind.node.ObjectNode;

/**
 * An event in the form a subscription delivers it.
 *
 * @param schema the delivery schema; {@link InputSchema#CUSTOM} for the published object
 * verbatim
 * @param fields the routing fields of the published event
 * @param node the delivered event object; treat it as read-only
 * @param json the delivered event object as JSON text
 * @param gridForm the event in the Event Grid schema, used when it is dead-lettered
 * @author Event Grid for Spring Boot team
 */
record OutgoingEvent(InputSchema schema, EventFields fields, ObjectNode node, String json, ObjectNode gridForm) {

	boolean isCloudEvent() {
		return this.schema == InputSchema.CLOUD_EVENT_V1_0;
	}

	/**
	 * Return the {@code aeg-*} headers of a notification: for CloudEvents the metadata
	 * version is the spec version and there is no data version.
	 */
	Map<String, String> headers(String subscriptionName, int deliveryCount) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("aeg-event-type", "Notification");
		headers.put("aeg-subscription-name", subscriptionName.toUpperCase(Locale.ROOT));
		headers.put("aeg-delivery-count", Integer.toString(deliveryCount));
		headers.put("aeg-metadata-version", isCloudEvent() ? "1.0" : EventFormatter.METADATA_VERSION);
		if (!isCloudEvent()) {
			headers.put("aeg-data-version", this.fields.dataVersion());
		}
		headers.put("aeg-output-event-id", this.fields.id());
		return headers;
	}

}
