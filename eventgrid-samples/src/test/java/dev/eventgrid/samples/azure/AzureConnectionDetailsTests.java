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

package dev.eventgrid.samples.azure;

import dev.eventgrid.spring.autoconfigure.EventGridConnection;
import dev.eventgrid.spring.autoconfigure.EventGridProperties;
import dev.eventgrid.spring.autoconfigure.EventGridPublisherProperties;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link AzureConnectionDetails}.
 *
 * @author Event Grid for Spring Boot team
 */
class AzureConnectionDetailsTests {

	private static final String ORDERS = "https://orders.westus2-1.eventgrid.azure.net/api/events";

	private static final String AUDIT = "https://audit.westus2-1.eventgrid.azure.net/api/events";

	private final EventGridProperties properties = new EventGridProperties();

	private final AzureConnectionDetails connectionDetails = new AzureConnectionDetails(this.properties);

	@Test
	void connectsTheDefaultPublisherWithItsKey() {
		this.properties.setEndpoint(ORDERS);
		this.properties.setKey("a2V5");
		assertThat(this.connectionDetails.getConnection("default"))
			.isEqualTo(new EventGridConnection(ORDERS, "a2V5", null));
		assertThat(this.connectionDetails.isParked("default")).isFalse();
	}

	@Test
	void treatsAnEmptyKeyAsNoKey() {
		this.properties.setEndpoint(ORDERS);
		this.properties.setKey("");
		this.properties.setSasToken(" ");
		assertThat(this.connectionDetails.getConnection("default"))
			.isEqualTo(new EventGridConnection(ORDERS, null, null));
	}

	@Test
	void connectsANamedPublisherToItsOwnEndpoint() {
		this.properties.setEndpoint(ORDERS);
		EventGridPublisherProperties audit = new EventGridPublisherProperties();
		audit.setEndpoint(AUDIT);
		audit.setSasToken("r=a&e=b&s=c");
		this.properties.getPublishers().put("audit", audit);
		assertThat(this.connectionDetails.getConnection("audit"))
			.isEqualTo(new EventGridConnection(AUDIT, null, "r=a&e=b&s=c"));
		assertThat(this.connectionDetails.isParked("audit")).isFalse();
	}

	@Test
	void parksANamedPublisherWithoutEndpointOnTheDefaultEndpointWithoutCredential() {
		this.properties.setEndpoint(ORDERS);
		this.properties.setKey("a2V5");
		this.properties.getPublishers().put("audit", new EventGridPublisherProperties());
		assertThat(this.connectionDetails.getConnection("audit"))
			.isEqualTo(new EventGridConnection(ORDERS, null, null));
		assertThat(this.connectionDetails.isParked("audit")).isTrue();
	}

	@Test
	void connectsNoPublisherItDoesNotKnow() {
		this.properties.setEndpoint(ORDERS);
		assertThat(this.connectionDetails.getConnection("unknown")).isNull();
		assertThat(this.connectionDetails.getPublisherNames()).isEmpty();
	}

}
