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

import java.util.Map;
import java.util.UUID;

import dev.eventgrid.samples.Sample;
import dev.eventgrid.samples.SampleOutput;
import dev.eventgrid.spring.core.EventGridOperations;
import dev.eventgrid.spring.core.SendResult;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Publishes a CloudEvent given as a map in its JSON form. The map is read and checked as
 * a CloudEvent (required attributes, extension names) before it is sent. Mirrors the
 * Python sample {@code sample_publish_cloud_event_using_dict.py}.
 * <p>
 * Against Azure, set {@code EVENTGRID_ENDPOINT} and {@code EVENTGRID_KEY} to a topic
 * created with the CloudEvents schema.
 *
 * @author Event Grid for Spring Boot team
 */
@Component
@Order(50)
class PublishCloudEventMapsSample implements Sample {

	private final EventGridOperations eventGrid;

	private final SampleOutput output;

	PublishCloudEventMapsSample(EventGridOperations eventGrid, SampleOutput output) {
		this.eventGrid = eventGrid;
		this.output = output;
	}

	@Override
	public String name() {
		return "cloud-event-maps";
	}

	@Override
	public String description() {
		return "Publish a CloudEvent given as a map";
	}

	@Override
	public void run() {
		Map<String, Object> event = Map.of("specversion", "1.0", "id", UUID.randomUUID().toString(), "source",
				"/contoso/warehouse", "type", "Contoso.Warehouse.ItemReceived", "subject", "dock-3", "data",
				Map.of("sku", "SKU-3001", "quantity", 1, "dock", "dock-3"));
		SendResult result = this.eventGrid.send(event);
		this.output.sent(result, event);
	}

}
