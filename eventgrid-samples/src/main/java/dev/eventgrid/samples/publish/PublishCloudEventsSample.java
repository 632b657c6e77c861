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
import dev.eventgrid.spring.event.CloudEvent;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Publishes a {@link CloudEvent} through the default publisher, a topic whose input
 * schema is CloudEvents 1.0. A CloudEvent needs a {@code source} and a {@code type}; the
 * id and time default to a random UUID and now. Extension attributes travel alongside the
 * standard ones, and event subscriptions can filter on them. Mirrors the Python sample
 * {@code sample_publish_events_using_cloud_events_1.0_schema.py}.
 * <p>
 * Against Azure, set {@code EVENTGRID_ENDPOINT} and {@code EVENTGRID_KEY} to a topic
 * created with the CloudEvents schema.
 *
 * @author Event Grid for Spring Boot team
 */
@Component
@Order(20)
class PublishCloudEventsSample implements Sample {

	private final EventGridOperations eventGrid;

	private final SampleOutput output;

	PublishCloudEventsSample(EventGridOperations eventGrid, SampleOutput output) {
		this.eventGrid = eventGrid;
		this.output = output;
	}

	@Override
	public String name() {
		return "cloud-events";
	}

	@Override
	public String description() {
		return "Publish a CloudEvent to a CloudEvents topic";
	}

	@Override
	public void run() {
		CloudEvent event = CloudEvent.builder()
			.source("/contoso/warehouse")
			.type("Contoso.Warehouse.ItemReceived")
			.subject("dock-1")
			.data(new ItemReceived("SKU-1002", 12, "dock-1"))
			.extension("tenant", "contoso")
			.build();
		SendResult result = this.eventGrid.send(event);
		this.output.sent(result, event);
	}

}
