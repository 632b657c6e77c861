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

package dev.eventgrid.spring.autoconfigure.actuate;

import dev.eventgrid.spring.autoconfigure.EventGridAutoConfiguration;
import dev.eventgrid.spring.autoconfigure.actuate.EventGridEndpoint.EventGridDescriptor;
import dev.eventgrid.spring.autoconfigure.webhook.EventGridWebhookReactiveAutoConfiguration;
import dev.eventgrid.spring.event.CloudEvent;
import dev.eventgrid.spring.event.system.StorageBlobCreatedEventData;
import dev.eventgrid.spring.listener.EventGridDelivery;
import dev.eventgrid.spring.listener.EventGridListener;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.web.WebEndpointAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link EventGridEndpoint} and its auto-configuration: the publishers without
 * their secrets and the webhook listeners, when Actuator makes the endpoint available.
 *
 * @author Event Grid for Spring Boot team
 */
class EventGridEndpointTests {

	private static final String KEY = "c2VjcmV0LWtleS1vZi10aGUtb3JkZXJzLXRvcGljLTAxMjM0NTY3ODk=";

	private final ReactiveWebApplicationContextRunner contextRunner = new ReactiveWebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(EventGridAutoConfiguration.class,
				EventGridWebhookReactiveAutoConfiguration.class, EndpointAutoConfiguration.class,
				WebEndpointAutoConfiguration.class, EventGridEndpointAutoConfiguration.class))
		.withBean(Listeners.class)
		.withPropertyValues("eventgrid.endpoint=https://orders.westus2-1.eventgrid.azure.net/api/events?tenant=x",
				"eventgrid.key=" + KEY,
				"eventgrid.publishers.audit.endpoint=https://audit.westus2-1.eventgrid.azure.net/api/events",
				"eventgrid.publishers.audit.sas-token=r=audit-resource&e=1&s=audit-signature",
				"eventgrid.publishers.audit.schema=event-grid-event",
				"eventgrid.publishers.audit.domain-topic=audit-events");

	@Test
	void describesThePublishersWithoutTheirSecrets() {
		this.contextRunner.withPropertyValues("management.endpoints.web.exposure.include=eventgrid").run((context) -> {
			EventGridDescriptor descriptor = context.getBean(EventGridEndpoint.class).eventGrid();

			assertThat(descriptor.defaultPublisher()).isEqualTo("default");
			assertThat(descriptor.publishers()).containsOnlyKeys("default", "audit");
			assertThat(descriptor.publishers().get("default")).satisfies((publisher) -> {
				assertThat(publisher.endpoint()).isEqualTo("https://orders.westus2-1.eventgrid.azure.net/api/events");
				assertThat(publisher.destination()).isEqualTo("orders");
				assertThat(publisher.schema()).isEqualTo("cloud-event");
				assertThat(publisher.credential()).isEqualTo("access key");
				assertThat(publisher.domainTopic()).isNull();
			});
			assertThat(descriptor.publishers().get("audit")).satisfies((publisher) -> {
				assertThat(publisher.schema()).isEqualTo("event-grid-event");
				assertThat(publisher.credential()).isEqualTo("SAS token");
				assertThat(publisher.domainTopic()).isEqualTo("audit-events");
			});
			assertThat(json(descriptor)).doesNotContain(KEY, "audit-signature", "audit-resource", "tenant=x");
		});
	}

	@Test
	void describesTheListenersOfEachWebhookPath() {
		this.contextRunner.withPropertyValues("management.endpoints.web.exposure.include=eventgrid").run((context) -> {
			EventGridDescriptor descriptor = context.getBean(EventGridEndpoint.class).eventGrid();

			assertThat(descriptor.listeners().webhooks()).containsOnlyKeys("/api/events", "/events/blobs");
			assertThat(descriptor.listeners().webhooks().get("/events/blobs")).singleElement().satisfies((listener) -> {
				assertThat(listener.id()).isEqualTo("Listeners#blobCreated");
				assertThat(listener.method()).isEqualTo(
						Listeners.class.getName() + ".blobCreated(StorageBlobCreatedEventData, EventGridDelivery)");
				assertThat(listener.eventTypes()).containsExactly("microsoft.storage.blobcreated");
			});
			assertThat(descriptor.listeners().webhooks().get("/api/events")).singleElement()
				.satisfies((listener) -> assertThat(listener.eventTypes()).isEmpty());
			assertThat(json(descriptor)).contains("\"webhooks\":{");
		});
	}

	@Test
	void isNotCreatedUnlessExposed() {
		this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(EventGridEndpoint.class));
	}

	@Test
	void backsOffWithoutActuator() {
		new ReactiveWebApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(EventGridAutoConfiguration.class, EventGridEndpointAutoConfiguration.class))
			.withPropertyValues("management.endpoints.web.exposure.include=eventgrid",
					"eventgrid.endpoint=https://orders.westus2-1.eventgrid.azure.net/api/events",
					"eventgrid.key=" + KEY)
			.withClassLoader(new FilteredClassLoader("org.springframework.boot.actuate"))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(EventGridEndpoint.class));
	}

	private static String json(Object descriptor) {
		return JsonMapper.builder().build().writeValueAsString(descriptor);
	}

	static class Listeners {

		@EventGridListener
		void onAnything(CloudEvent event) {
		}

		@EventGridListener(path = "/events/blobs", eventTypes = "Microsoft.Storage.BlobCreated")
		void blobCreated(StorageBlobCreatedEventData blob, EventGridDelivery delivery) {
		}

	}

}
