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
import dev.eventgrid.spring.core.ReactiveEventGridTemplate;
import dev.eventgrid.spring.core.SendResult;
import dev.eventgrid.spring.event.CloudEvent;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Publishes with an Entra ID token instead of a key. A publisher with neither a key nor a
 * SAS token takes the first credential that applies: {@code eventgrid.credential.*}
 * (client secret, certificate or managed identity), the application's
 * {@code TokenCredential} bean, or {@code DefaultAzureCredential}. Requests then carry
 * {@code Authorization: Bearer} with a token for
 * {@code https://eventgrid.azure.net/.default}, cached and refreshed before it expires.
 * Against the emulator, a {@code TokenCredential} bean stands in for Entra ID. Mirrors
 * the Python sample {@code sample_authentication.py}.
 * <p>
 * Against Azure, set {@code EVENTGRID_PUBLISHERS_TOKEN_ENDPOINT} to a topic on which your
 * identity has the "EventGrid Data Sender" role, and sign in (for example with
 * {@code az login}) or set {@code EVENTGRID_CREDENTIAL_CLIENTID} and its siblings.
 *
 * @author Event Grid for Spring Boot team
 */
@Component
@Order(110)
class AuthenticateWithTokenCredentialSample implements Sample {

	private final EventGridOperations eventGrid;

	private final ReactiveEventGridTemplate publishers;

	private final SampleOutput output;

	AuthenticateWithTokenCredentialSample(EventGridOperations eventGrid, ReactiveEventGridTemplate publishers,
			SampleOutput output) {
		this.eventGrid = eventGrid;
		this.publishers = publishers;
		this.output = output;
	}

	@Override
	public String name() {
		return "token-credential";
	}

	@Override
	public String description() {
		return "Authenticate with an Entra ID token credential";
	}

	@Override
	public String publisher() {
		return "token";
	}

	@Override
	public void run() {
		this.output.note("publisher 'token' authenticates with "
				+ this.publishers.getPublisher("token").getCredential().describe());
		CloudEvent event = CloudEvent.builder()
			.source("/contoso/warehouse")
			.type("Contoso.Warehouse.ItemReceived")
			.data(new ItemReceived("SKU-8001", 2, "dock-8"))
			.build();
		SendResult result = this.eventGrid.send("token", event);
		this.output.sent(result, event);
	}

}
