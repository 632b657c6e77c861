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

package dev.eventgrid.spring.test;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.namespace.EmulatedNamespace;
import dev.eventgrid.spring.core.EventGridTemplate;
import dev.eventgrid.spring.core.ReactiveEventGridTemplate;
import dev.eventgrid.spring.event.CloudEvent;
import dev.eventgrid.spring.namespace.EventGridPullListener;
import dev.eventgrid.spring.namespace.EventGridReceivers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link EventGridEmulatorTest @EventGridEmulatorTest} with Event Grid
 * namespaces: a publisher with a {@code namespace-topic} and a receiver of
 * {@code eventgrid.receivers.<name>.*} get a topic and subscription on the emulated
 * namespace and are pointed at it, whatever endpoint and credential they configure.
 *
 * @author Event Grid for Spring Boot team
 */
@EventGridEmulatorTest(properties = { "eventgrid.publishers.orders.namespace-topic=orders",
		"eventgrid.publishers.orders.endpoint=https://contoso.westeurope-1.eventgrid.azure.net",
		"eventgrid.receivers.workers.endpoint=https://contoso.westeurope-1.eventgrid.azure.net",
		"eventgrid.receivers.workers.credential.managed-identity-enabled=true",
		"eventgrid.receivers.workers.topic=orders", "eventgrid.receivers.workers.subscription=workers",
		"eventgrid.receivers.audit.topic=orders", "eventgrid.receivers.audit.subscription=audit",
		"eventgrid.receivers.audit.key=bm90LXRoZS1lbXVsYXRvcnMta2V5" })
class EventGridEmulatorNamespaceTests {

	@Autowired
	private EventGridTemplate template;

	@Autowired
	private ReactiveEventGridTemplate reactiveTemplate;

	@Autowired
	private EventGridReceivers receivers;

	@Autowired
	private EventGridEmulator emulator;

	@Autowired
	private BlockingQueue<CloudEvent> received;

	@Test
	void pullListenerReceivesWhatTheNamespacePublisherSent() throws InterruptedException {
		this.template.send("orders",
				CloudEvent.builder().id("o-1").source("/shop").type("Order.Placed").data(1).build());

		CloudEvent event = this.received.poll(10, TimeUnit.SECONDS);
		assertThat(event).isNotNull();
		assertThat(event.getId()).isEqualTo("o-1");
		EmulatedNamespace namespace = this.emulator.namespace("emulated-namespace");
		assertThat(namespace.receivedEvents("orders")).hasSize(1);
		assertThat(namespace.subscription("orders", "audit").size()).isOne();
	}

	@Test
	void pointsPublishersAndReceiversAtTheEmulatedNamespace() {
		EmulatedNamespace namespace = this.emulator.namespace("emulated-namespace");
		assertThat(namespace.topics()).singleElement()
			.satisfies((topic) -> assertThat(topic.name()).isEqualTo("orders"));
		assertThat(this.reactiveTemplate.getPublisher("orders").getEndpoint()).hasToString(namespace.httpEndpoint());
		assertThat(this.reactiveTemplate.getPublisher("orders").getNamespaceTopic()).isEqualTo("orders");
		assertThat(this.receivers.getReactiveReceiver("workers").getEndpoint()).hasToString(namespace.httpEndpoint());
		assertThat(this.receivers.getReactiveReceiver("audit").getEndpoint()).hasToString(namespace.httpEndpoint());
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class Application {

		@Bean
		BlockingQueue<CloudEvent> received() {
			return new LinkedBlockingQueue<>();
		}

		@Bean
		Workers workers(BlockingQueue<CloudEvent> received) {
			return new Workers(received);
		}

	}

	static class Workers {

		private final BlockingQueue<CloudEvent> received;

		Workers(BlockingQueue<CloudEvent> received) {
			this.received = received;
		}

		@EventGridPullListener(receiver = "workers")
		void onOrder(CloudEvent event) {
			this.received.add(event);
		}

	}

}
