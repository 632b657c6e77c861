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

package dev.eventgrid.samples.publish;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import dev.eventgrid.samples.Sample;
import dev.eventgrid.samples.SampleOutput;
import dev.eventgrid.spring.core.EventGridOperations;
import dev.eventgrid.spring.core.SendResult;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Publishes events in the application's own schema to a topic with a custom input schema.
 * The events are sent exactly as the application's {@code JsonMapper} writes them, with
 * no envelope; the topic's input schema mapping tells Event Grid where to find the id,
 * event type, subject and time (here {@code changeId}, {@code kind}, {@code sku} and
 * {@code changedAt}). Mirrors the Python sample
 * {@code sample_publish_custom_schema_to_a_topic.py}.
 * <p>
 * Against Azure, set {@code EVENTGRID_PUBLISHERS_CUSTOM_ENDPOINT} and
 * {@code EVENTGRID_PUBLISHERS_CUSTOM_KEY} to a topic created with a custom input schema.
 *
 * @author Event Grid for Spring Boot team
 */
@Component
@Order(60)
class PublishCustomSchemaSample implements Sample {

	private final EventGridOperations eventGrid;

	private final SampleOutput output;

	PublishCustomSchemaSample(EventGridOperations eventGrid, SampleOutput output) {
		this.eventGrid = eventGrid;
		this.output = output;
	}

	@Override
	public String name() {
		return "custom-schema";
	}

	@Override
	public String description() {
		return "Publish events in the application's own schema to a custom schema topic";
	}

	@Override
	public String publisher() {
		return "custom";
	}

	@Override
	public void run() {
		List<InventoryChange> changes = List.of(change("SKU-1001", -2), change("SKU-1002", 5), change("SKU-3001", -1));
		SendResult result = this.eventGrid.send("custom", changes);
		this.output.sent(result, changes);
	}

	private static InventoryChange change(String sku, int delta) {
		return new InventoryChange(UUID.randomUUID().toString(), "stock.adjusted", sku, delta, OffsetDateTime.now());
	}

}
