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

import com.azure.core.models.CloudEvent;
import com.azure.core.models.CloudEventDataFormat;
import com.azure.core.util.BinaryData;
import dev.eventgrid.samples.Sample;
import dev.eventgrid.samples.SampleOutput;
import dev.eventgrid.spring.core.EventGridOperations;
import dev.eventgrid.spring.core.SendResult;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Publishes azure-core's {@code com.azure.core.models.CloudEvent}, the class the Azure
 * SDK for Java's Event Grid client sends (and the Java twin of the Python SDK's
 * {@code azure.core.messaging.CloudEvent}), so that code moving from that client keeps
 * its events. The template converts it through its CloudEvents JSON, so nothing the Azure
 * SDK would send is lost or changed. Mirrors the Python sample
 * {@code sample_publish_events_using_cloud_events_1.0_schema.py}, which builds azure-core
 * CloudEvents.
 * <p>
 * Against Azure, set {@code EVENTGRID_ENDPOINT} and {@code EVENTGRID_KEY} to a topic
 * created with the CloudEvents schema.
 *
 * @author Event Grid for Spring Boot team
 */
@Component
@Order(130)
class PublishAzureCoreCloudEventsSample implements Sample {

	private final EventGridOperations eventGrid;

	private final SampleOutput output;

	PublishAzureCoreCloudEventsSample(EventGridOperations eventGrid, SampleOutput output) {
		this.eventGrid = eventGrid;
		this.output = output;
	}

	@Override
	public String name() {
		return "azure-core-cloud-events";
	}

	@Override
	public String description() {
		return "Publish a CloudEvent of azure-core, as the Azure SDK for Java builds them";
	}

	@Override
	public void run() {
		CloudEvent event = new CloudEvent("/contoso/warehouse", "Contoso.Warehouse.ItemReceived",
				BinaryData.fromObject(new ItemReceived("SKU-9001", 7, "dock-9")), CloudEventDataFormat.JSON,
				"application/json")
			.setSubject("dock-9");
		SendResult result = this.eventGrid.send(event);
		this.output.sent(result, event);
	}

}
