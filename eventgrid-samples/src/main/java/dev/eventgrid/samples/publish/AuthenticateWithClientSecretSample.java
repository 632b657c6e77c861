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

import dev.eventgrid.samples.Sample;
import dev.eventgrid.samples.SampleOutput;
import dev.eventgrid.spring.core.EventGridOperations;
import dev.eventgrid.spring.core.ReactiveEventGridTemplate;
import dev.eventgrid.spring.core.SendResult;
import dev.eventgrid.spring.event.CloudEvent;

import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Publishes with a token that an application registration gets with its client secret,
 * configured by properties alone: <pre class="code">
 * eventgrid.publishers.secret.credential.client-id=contoso-orders-app
 * eventgrid.publishers.secret.credential.client-secret=...
 * eventgrid.publishers.secret.credential.tenant-id=...
 * </pre> Against the emulator, its Microsoft Entra ID authority issues the token: the
 * configuration adds {@code authority-host} (the emulator's HTTPS address) and
 * {@code ssl-bundle} (a bundle trusting the emulator's certificate), as an application
 * would to reach a private authority. Mirrors the client secret part of the Python sample
 * {@code sample_authentication.py}.
 * <p>
 * Against Azure, set {@code EVENTGRID_PUBLISHERS_SECRET_ENDPOINT} to a topic on which the
 * application has the "EventGrid Data Sender" role, and
 * {@code EVENTGRID_PUBLISHERS_SECRET_CREDENTIAL_CLIENTID},
 * {@code ..._CREDENTIAL_CLIENTSECRET} and {@code ..._CREDENTIAL_TENANTID}.
 *
 * @author Event Grid for Spring Boot team
 */
@Component
@Order(115)
class AuthenticateWithClientSecretSample implements Sample {

	private static final String CREDENTIAL = "eventgrid.publishers.secret.credential.";

	private final EventGridOperations eventGrid;

	private final ReactiveEventGridTemplate publishers;

	private final Environment environment;

	private final SampleOutput output;

	AuthenticateWithClientSecretSample(EventGridOperations eventGrid, ReactiveEventGridTemplate publishers,
			Environment environment, SampleOutput output) {
		this.eventGrid = eventGrid;
		this.publishers = publishers;
		this.environment = environment;
		this.output = output;
	}

	@Override
	public String name() {
		return "client-secret";
	}

	@Override
	public String description() {
		return "Authenticate with an application's client secret (Entra ID)";
	}

	@Override
	public String publisher() {
		return "secret";
	}

	@Override
	public void run() {
		this.output.note("publisher 'secret' authenticates with "
				+ this.publishers.getPublisher("secret").getCredential().describe() + " as client "
				+ this.environment.getProperty(CREDENTIAL + "client-id") + " of tenant "
				+ this.environment.getProperty(CREDENTIAL + "tenant-id") + ", authority "
				+ this.environment.getProperty(CREDENTIAL + "authority-host", "https://login.microsoftonline.com/"));
		CloudEvent event = CloudEvent.builder()
			.source("/contoso/orders")
			.type("Contoso.Orders.OrderPlaced")
			.data(new OrderPlaced("A-2001", "contoso", new BigDecimal("42.50")))
			.build();
		SendResult result = this.eventGrid.send("secret", event);
		this.output.sent(result, event);
	}

}
