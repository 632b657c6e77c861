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
import java.util.Map;
import java.util.UUID;

import dev.eventgrid.samples.Sample;
import dev.eventgrid.samples.SampleOutput;
import dev.eventgrid.spring.core.EventGridOperations;
import dev.eventgrid.spring.core.SendResult;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Publishes EventGridEvents given as maps in their JSON form, such as events read from
 * another system or built by code that has no model classes. Each map is read and checked
 * as an {@code EventGridEvent} before anything is sent, so a missing {@code eventType} or
 * {@code dataVersion} fails here, not at the service. Mirrors the Python sample
 * {@code sample_publish_eg_event_using_dict.py}.
 * <p>
 * Against Azure, set {@code EVENTGRID_PUBLISHERS_EG_ENDPOINT} and
 * {@code EVENTGRID_PUBLISHERS_EG_KEY} to a topic created with the Event Grid schema.
 *
 * @author Event Grid for Spring Boot team
 */
@Component
@Order(40)
class PublishEventGridEventMapsSample implements Sample {

	private final EventGridOperations eventGrid;

	private final SampleOutput output;

	PublishEventGridEventMapsSample(EventGridOperations eventGrid, SampleOutput output) {
		this.eventGrid = eventGrid;
		this.output = output;
	}

	@Override
	public String name() {
		return "eventgrid-event-maps";
	}

	@Override
	public String description() {
		return "Publish EventGridEvents given as maps";
	}

	@Override
	public String publisher() {
		return "eg";
	}

	@Override
	public void run() {
		List<Map<String, Object>> events = List.of(itemReceived("SKU-2001", 5), itemReceived("SKU-2002", 8));
		SendResult result = this.eventGrid.send("eg", events);
		this.output.sent(result, events);
	}

	private static Map<String, Object> itemReceived(String sku, int quantity) {
		return Map.of("id", UUID.randomUUID().toString(), "eventType", "Contoso.Warehouse.ItemReceived", "subject",
				"warehouse/dock-2", "dataVersion", "1.0", "eventTime", OffsetDateTime.now().toString(), "data",
				Map.of("sku", sku, "quantity", quantity, "dock", "dock-2"));
	}

}
