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

import java.math.BigDecimal;
import java.util.List;

import dev.eventgrid.samples.Sample;
import dev.eventgrid.samples.SampleOutput;
import dev.eventgrid.spring.core.EventGridOperations;
import dev.eventgrid.spring.core.SendResult;
import dev.eventgrid.spring.event.CloudEvent;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Publishes CloudEvents to topics of a CloudEvents domain. In a CloudEvents domain the
 * {@code source} attribute names the domain topic; {@code convertAndSend} sets it to the
 * publisher's {@code domain-topic}. Mirrors the Python sample
 * {@code publish_cloud_events_to_domain_topic_sample.py}.
 * <p>
 * Against Azure, set {@code EVENTGRID_PUBLISHERS_CLOUDDOMAIN_ENDPOINT} and
 * {@code EVENTGRID_PUBLISHERS_CLOUDDOMAIN_KEY} to a domain created with the CloudEvents
 * schema.
 *
 * @author Event Grid for Spring Boot team
 */
@Component
@Order(80)
class PublishToCloudEventsDomainSample implements Sample {

	private final EventGridOperations eventGrid;

	private final SampleOutput output;

	PublishToCloudEventsDomainSample(EventGridOperations eventGrid, SampleOutput output) {
		this.eventGrid = eventGrid;
		this.output = output;
	}

	@Override
	public String name() {
		return "cloud-events-domain";
	}

	@Override
	public String description() {
		return "Publish CloudEvents to the topics of a CloudEvents domain";
	}

	@Override
	public String publisher() {
		return "clouddomain";
	}

	@Override
	public void run() {
		List<CloudEvent> events = List.of(itemReceived("retail", "SKU-5001"), itemReceived("wholesale", "SKU-5002"));
		SendResult result = this.eventGrid.send("clouddomain", events);
		this.output.sent(result, events);
		OrderPlaced order = new OrderPlaced("A-5003", "Fabrikam", new BigDecimal("18.20"));
		this.output.sent(this.eventGrid.convertAndSend("clouddomain", order), order);
	}

	private static CloudEvent itemReceived(String domainTopic, String sku) {
		return CloudEvent.builder()
			.source(domainTopic)
			.type("Contoso.Warehouse.ItemReceived")
			.data(new ItemReceived(sku, 2, "dock-5"))
			.build();
	}

}
