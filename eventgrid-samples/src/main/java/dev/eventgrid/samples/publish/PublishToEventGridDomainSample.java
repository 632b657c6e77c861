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

import java.util.List;

import dev.eventgrid.samples.Sample;
import dev.eventgrid.samples.SampleOutput;
import dev.eventgrid.spring.core.EventGridOperations;
import dev.eventgrid.spring.core.SendResult;
import dev.eventgrid.spring.event.EventGridEvent;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Publishes EventGridEvents to topics of an Event Grid domain. A domain is one endpoint
 * in front of many domain topics, for example one per customer; each event names its
 * domain topic in {@code topic}, and an event that names none gets the publisher's
 * {@code domain-topic}. One request can carry events for several domain topics. Mirrors
 * the Python sample {@code sample_publish_eg_events_to_a_domain.py}.
 * <p>
 * Against Azure, set {@code EVENTGRID_PUBLISHERS_DOMAIN_ENDPOINT} and
 * {@code EVENTGRID_PUBLISHERS_DOMAIN_KEY} to a domain created with the Event Grid schema.
 *
 * @author Event Grid for Spring Boot team
 */
@Component
@Order(70)
class PublishToEventGridDomainSample implements Sample {

	private final EventGridOperations eventGrid;

	private final SampleOutput output;

	PublishToEventGridDomainSample(EventGridOperations eventGrid, SampleOutput output) {
		this.eventGrid = eventGrid;
		this.output = output;
	}

	@Override
	public String name() {
		return "eventgrid-domain";
	}

	@Override
	public String description() {
		return "Publish EventGridEvents to the topics of an Event Grid domain";
	}

	@Override
	public String publisher() {
		return "domain";
	}

	@Override
	public void run() {
		List<EventGridEvent> events = List.of(itemReceived("SKU-4001").topic("retail").build(),
				itemReceived("SKU-4002").topic("wholesale").build(),
				// No topic: eventgrid.publishers.domain.domain-topic applies.
				itemReceived("SKU-4003").build());
		SendResult result = this.eventGrid.send("domain", events);
		this.output.sent(result, events);
	}

	private static EventGridEvent.Builder itemReceived(String sku) {
		return EventGridEvent.builder()
			.subject("warehouse/dock-4")
			.eventType("Contoso.Warehouse.ItemReceived")
			.dataVersion("1.0")
			.data(new ItemReceived(sku, 1, "dock-4"));
	}

}
