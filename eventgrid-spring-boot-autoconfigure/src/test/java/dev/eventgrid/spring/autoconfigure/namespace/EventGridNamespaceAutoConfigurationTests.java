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

package dev.eventgrid.spring.autoconfigure.namespace;

import java.time.Duration;
import java.util.List;

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.namespace.EmulatedNamespace;
import dev.eventgrid.emulator.namespace.NamespaceDefinition;
import dev.eventgrid.emulator.namespace.NamespaceSubscription;
import dev.eventgrid.spring.autoconfigure.EventGridAutoConfiguration;
import dev.eventgrid.spring.autoconfigure.InvalidEventGridConfigurationException;
import dev.eventgrid.spring.core.EventGridTemplate;
import dev.eventgrid.spring.event.CloudEvent;
import dev.eventgrid.spring.namespace.EventGridReceiver;
import dev.eventgrid.spring.namespace.EventGridReceivers;
import dev.eventgrid.spring.namespace.ReceivedEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.MutuallyExclusiveConfigurationPropertiesException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link EventGridNamespaceAutoConfiguration} and publishers to namespace
 * topics, against the emulator's namespace over loopback HTTP.
 *
 * @author Event Grid for Spring Boot team
 */
class EventGridNamespaceAutoConfigurationTests {

	private static EventGridEmulator emulator;

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner().withConfiguration(
			AutoConfigurations.of(EventGridAutoConfiguration.class, EventGridNamespaceAutoConfiguration.class));

	@BeforeAll
	static void startEmulator() {
		emulator = EventGridEmulator.builder()
			.namespace(NamespaceDefinition.named("contoso").topic("orders", NamespaceSubscription.named("workers")))
			.namespaceTimeScale(100)
			.start();
	}

	@AfterAll
	static void stopEmulator() {
		emulator.close();
	}

	@BeforeEach
	void clearEmulator() {
		emulator.clear();
	}

	private static EmulatedNamespace contoso() {
		return emulator.namespace("contoso");
	}

	@Test
	void publishesToANamespaceTopicAndReceivesFromItsSubscription() {
		this.contextRunner
			.withPropertyValues("eventgrid.publishers.orders.endpoint=" + contoso().httpEndpoint(),
					"eventgrid.publishers.orders.namespace-topic=orders",
					"eventgrid.publishers.orders.key=" + contoso().key(),
					"eventgrid.receivers.workers.endpoint=" + contoso().httpEndpoint(),
					"eventgrid.receivers.workers.topic=orders", "eventgrid.receivers.workers.subscription=workers",
					"eventgrid.receivers.workers.key=" + contoso().key())
			.run((context) -> {
				context.getBean(EventGridTemplate.class)
					.send("orders", CloudEvent.builder().id("a").source("/s").type("t").data(1).build());
				EventGridReceiver receiver = context.getBean(EventGridReceivers.class).getReceiver("workers");

				List<ReceivedEvent> received = receiver.receive(10, Duration.ofSeconds(10));

				assertThat(received).extracting((event) -> event.event().getId()).containsExactly("a");
				assertThat(receiver.acknowledge(List.of(received.get(0).lockToken())).isAllSucceeded()).isTrue();
			});
	}

	@Test
	void definesNoReceiversWithoutTheirProperties() {
		this.contextRunner
			.withPropertyValues("eventgrid.endpoint=" + contoso().httpEndpoint(), "eventgrid.namespace-topic=orders",
					"eventgrid.key=" + contoso().key())
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(EventGridReceivers.class));
	}

	@Test
	void refusesTwoCredentials() {
		this.contextRunner
			.withPropertyValues("eventgrid.receivers.workers.endpoint=" + contoso().httpEndpoint(),
					"eventgrid.receivers.workers.topic=orders", "eventgrid.receivers.workers.subscription=workers",
					"eventgrid.receivers.workers.key=" + contoso().key(), "eventgrid.receivers.workers.sas-token=x")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(MutuallyExclusiveConfigurationPropertiesException.class));
	}

	@Test
	void namesThePropertyOfAMissingSubscription() {
		this.contextRunner
			.withPropertyValues("eventgrid.receivers.workers.endpoint=" + contoso().httpEndpoint(),
					"eventgrid.receivers.workers.topic=orders", "eventgrid.receivers.workers.key=" + contoso().key())
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(InvalidEventGridConfigurationException.class)
				.hasMessageContaining("eventgrid.receivers.workers.subscription"));
	}

}
