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

import dev.eventgrid.samples.Sample;
import dev.eventgrid.samples.SampleOutput;
import dev.eventgrid.samples.SampleSkippedException;
import dev.eventgrid.spring.autoconfigure.EventGridConnection;
import dev.eventgrid.spring.autoconfigure.EventGridConnectionDetails;
import dev.eventgrid.spring.core.EventGridOperations;
import dev.eventgrid.spring.core.EventGridPublisher;
import dev.eventgrid.spring.core.EventGridTemplate;
import dev.eventgrid.spring.core.ReactiveEventGridTemplate;
import dev.eventgrid.spring.core.SendResult;
import dev.eventgrid.spring.credential.EventGridCredential;
import dev.eventgrid.spring.credential.EventGridSas;
import dev.eventgrid.spring.event.CloudEvent;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Generates a shared access signature (SAS) for a topic, then publishes with it. A SAS
 * token is signed with one of the topic's access keys and grants publishing to that
 * endpoint until it expires, so it can be handed to a client that must not hold the key.
 * The token is not printed: whoever holds it can publish until it expires. The publisher
 * is built in code here, as an application without configuration would do. Mirrors the
 * Python sample {@code sample_generate_sas.py}.
 * <p>
 * Against Azure, it signs with {@code EVENTGRID_KEY} for {@code EVENTGRID_ENDPOINT}; it
 * is skipped when no key is set.
 *
 * @author Event Grid for Spring Boot team
 */
@Component
@Order(90)
class GenerateSasSample implements Sample {

	private final EventGridConnectionDetails connectionDetails;

	private final SampleOutput output;

	GenerateSasSample(EventGridConnectionDetails connectionDetails, SampleOutput output) {
		this.connectionDetails = connectionDetails;
		this.output = output;
	}

	@Override
	public String name() {
		return "generate-sas";
	}

	@Override
	public String description() {
		return "Generate a SAS token from an access key, and publish with it";
	}

	@Override
	public void run() {
		EventGridConnection connection = this.connectionDetails.getConnection("default");
		if (connection == null || connection.key() == null) {
			throw new SampleSkippedException("signing a SAS token needs an access key; set EVENTGRID_KEY");
		}
		OffsetDateTime expiresOn = OffsetDateTime.now().plusHours(1);
		String sas = EventGridSas.generateSas(connection.endpoint(), connection.key(), expiresOn);
		this.output.note("generated a SAS token for " + connection.endpoint() + ", valid until " + expiresOn);

		EventGridPublisher publisher = EventGridPublisher.builder(connection.endpoint())
			.name("with-generated-sas")
			.credential(EventGridCredential.sasToken(sas))
			.build();
		EventGridOperations eventGrid = new EventGridTemplate(new ReactiveEventGridTemplate(publisher));
		CloudEvent event = CloudEvent.builder()
			.source("/contoso/warehouse")
			.type("Contoso.Warehouse.ItemReceived")
			.data(new ItemReceived("SKU-6001", 4, "dock-6"))
			.build();
		SendResult result = eventGrid.send(event);
		this.output.sent(result, event);
	}

}
