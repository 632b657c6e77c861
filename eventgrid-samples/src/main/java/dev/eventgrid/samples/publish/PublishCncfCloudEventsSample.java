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

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import dev.eventgrid.samples.Sample;
import dev.eventgrid.samples.SampleOutput;
import dev.eventgrid.spring.core.EventGridOperations;
import dev.eventgrid.spring.core.SendResult;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Publishes an event built with the CNCF CloudEvents SDK ({@code io.cloudevents}), as
 * code already using that SDK, or Spring Cloud Function, would. The template takes it as
 * it takes its own CloudEvents, writing its data by the CloudEvents JSON format rules:
 * this {@code text/plain} data becomes a JSON string. Mirrors the Python sample
 * {@code sample_publish_cncf_cloud_events.py}.
 * <p>
 * Against Azure, set {@code EVENTGRID_ENDPOINT} and {@code EVENTGRID_KEY} to a topic
 * created with the CloudEvents schema.
 *
 * @author Event Grid for Spring Boot team
 */
@Component
@Order(120)
class PublishCncfCloudEventsSample implements Sample {

	private final EventGridOperations eventGrid;

	private final SampleOutput output;

	PublishCncfCloudEventsSample(EventGridOperations eventGrid, SampleOutput output) {
		this.eventGrid = eventGrid;
		this.output = output;
	}

	@Override
	public String name() {
		return "cncf-cloud-events";
	}

	@Override
	public String description() {
		return "Publish a CloudEvent of the CNCF CloudEvents SDK";
	}

	@Override
	public void run() {
		CloudEvent event = CloudEventBuilder.v1()
			.withId(UUID.randomUUID().toString())
			.withSource(URI.create("/contoso/warehouse/doors"))
			.withType("Contoso.Warehouse.DoorOpened")
			.withSubject("dock-9")
			.withData("text/plain", "Door of dock 9 opened".getBytes(StandardCharsets.UTF_8))
			.build();
		SendResult result = this.eventGrid.send(event);
		this.output.sent(result, event);
	}

}
