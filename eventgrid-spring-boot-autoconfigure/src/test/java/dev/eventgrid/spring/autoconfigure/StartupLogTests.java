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

package dev.eventgrid.spring.autoconfigure;

import dev.eventgrid.spring.autoconfigure.webhook.EventGridWebhookReactiveAutoConfiguration;
import dev.eventgrid.spring.event.CloudEvent;
import dev.eventgrid.spring.listener.EventGridListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of what the starter logs at startup: one line per publisher (its name, host,
 * schema and credential kind, never the secret) and one per webhook path.
 *
 * @author Event Grid for Spring Boot team
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupLogTests {

	private static final String KEY = "c2VjcmV0LWtleS1vZi10aGUtb3JkZXJzLXRvcGljLTAxMjM0NTY3ODk=";

	@Test
	void logsEachPublisherWithoutItsSecret(CapturedOutput output) {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(EventGridAutoConfiguration.class))
			.withPropertyValues("eventgrid.endpoint=https://orders.westus2-1.eventgrid.azure.net/api/events",
					"eventgrid.key=" + KEY,
					"eventgrid.publishers.audit.endpoint=https://audit.westus2-1.eventgrid.azure.net:8443/api/events",
					"eventgrid.publishers.audit.sas-token=r=audit-resource&e=1&s=audit-signature",
					"eventgrid.publishers.audit.schema=event-grid-event",
					"eventgrid.publishers.audit.domain-topic=audit-events")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(output)
					.contains("Event Grid publisher 'default' sends to "
							+ "orders.westus2-1.eventgrid.azure.net (schema cloud-event, access key)")
					.contains("Event Grid publisher 'audit' sends to audit.westus2-1.eventgrid.azure.net:8443 "
							+ "(schema event-grid-event, SAS token, domain topic audit-events)")
					.doesNotContain(KEY)
					.doesNotContain("audit-signature");
			});
	}

	@Test
	void logsEachWebhookPathWithItsListeners(CapturedOutput output) {
		new ReactiveWebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(EventGridWebhookReactiveAutoConfiguration.class))
			.withBean(Listeners.class)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(output)
					.contains("Event Grid webhook /api/events delivers to Listeners#onAnything, Listeners#onOther")
					.contains("Event Grid webhook /events/orders delivers to orders");
			});
	}

	@Test
	void logsNoWebhookWithoutListeners(CapturedOutput output) {
		new ReactiveWebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(EventGridWebhookReactiveAutoConfiguration.class))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(output).doesNotContain("Event Grid webhook");
			});
	}

	static class Listeners {

		@EventGridListener
		void onAnything(CloudEvent event) {
		}

		@EventGridListener
		void onOther(CloudEvent event) {
		}

		@EventGridListener(path = "/events/orders", id = "orders")
		void onOrder(CloudEvent event) {
		}

	}

}
