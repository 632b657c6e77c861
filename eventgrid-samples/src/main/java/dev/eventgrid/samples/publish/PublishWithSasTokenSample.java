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
 * Publishes through a publisher configured with a SAS token instead of an access key
 * ({@code eventgrid.publishers.sas.sas-token}): requests carry it in the
 * {@code aeg-sas-token} header. The code is the same as with a key; only the
 * configuration differs. Mirrors the Python sample
 * {@code sample_publish_events_to_a_topic_using_sas_credential.py}.
 * <p>
 * Against Azure, set {@code EVENTGRID_PUBLISHERS_SAS_ENDPOINT} and
 * {@code EVENTGRID_PUBLISHERS_SAS_SASTOKEN}, a token made with {@code EventGridSas} (see
 * {@link GenerateSasSample}) or another SDK's generator.
 *
 * @author Event Grid for Spring Boot team
 */
@Component
@Order(100)
class PublishWithSasTokenSample implements Sample {

	private final EventGridOperations eventGrid;

	private final SampleOutput output;

	PublishWithSasTokenSample(EventGridOperations eventGrid, SampleOutput output) {
		this.eventGrid = eventGrid;
		this.output = output;
	}

	@Override
	public String name() {
		return "sas-credential";
	}

	@Override
	public String description() {
		return "Publish with a SAS token from configuration";
	}

	@Override
	public String publisher() {
		return "sas";
	}

	@Override
	public void run() {
		CloudEvent event = CloudEvent.builder()
			.source("/contoso/warehouse")
			.type("Contoso.Warehouse.ItemReceived")
			.data(new ItemReceived("SKU-7001", 6, "dock-7"))
			.build();
		SendResult result = this.eventGrid.send("sas", event);
		this.output.sent(result, event);
	}

}
