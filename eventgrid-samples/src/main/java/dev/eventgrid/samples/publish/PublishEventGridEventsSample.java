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

import dev.eventgrid.samples.Sample;
import dev.eventgrid.samples.SampleOutput;
import dev.eventgrid.spring.core.EventGridOperations;
import dev.eventgrid.spring.core.SendResult;
import dev.eventgrid.spring.event.EventGridEvent;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Publishes an {@link EventGridEvent} to a topic whose input schema is the Event Grid
 * schema. The event carries Event Grid's envelope (id, subject, event type, event time,
 * data version) around the application's data; the service fills in {@code topic}.
 * Mirrors the Python sample {@code sample_publish_eg_events_to_a_topic.py}.
 * <p>
 * Against Azure, set {@code EVENTGRID_PUBLISHERS_EG_ENDPOINT} and
 * {@code EVENTGRID_PUBLISHERS_EG_KEY} to a topic created with the Event Grid schema.
 *
 * @author Event Grid for Spring Boot team
 */
@Component
@Order(10)
class PublishEventGridEventsSample implements Sample {

	private final EventGridOperations eventGrid;

	private final SampleOutput output;

	PublishEventGridEventsSample(EventGridOperations eventGrid, SampleOutput output) {
		this.eventGrid = eventGrid;
		this.output = output;
	}

	@Override
	public String name() {
		return "eventgrid-events";
	}

	@Override
	public String description() {
		return "Publish an EventGridEvent to an Event Grid schema topic";
	}

	@Override
	public String publisher() {
		return "eg";
	}

	@Override
	public void run() {
		EventGridEvent event = EventGridEvent.builder()
			.subject("warehouse/dock-1")
			.eventType("Contoso.Warehouse.ItemReceived")
			.dataVersion("1.0")
			.data(new ItemReceived("SKU-1001", 3, "dock-1"))
			.build();
		SendResult result = this.eventGrid.send("eg", event);
		this.output.sent(result, event);
	}

}
