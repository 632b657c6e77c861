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

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.model.InputSchema;
import dev.eventgrid.spring.core.EventGridPublisher;
import dev.eventgrid.spring.core.ReactiveEventGridTemplate;
import dev.eventgrid.spring.credential.EventGridCredential;
import dev.eventgrid.spring.event.CloudEvent;
import dev.eventgrid.spring.event.EventSchema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link EventGridWarmUp}: the publishers are warmed up in the background once
 * the application is ready, unless turned off, and nothing is sent.
 *
 * @author Event Grid for Spring Boot team
 */
class EventGridWarmUpTests {

	private static EventGridEmulator emulator;

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(EventGridAutoConfiguration.class))
		.withPropertyValues("eventgrid.endpoint=" + emulator.httpEndpoint("orders"),
				"eventgrid.key=" + emulator.key("orders"));

	@BeforeAll
	static void startEmulator() {
		emulator = EventGridEmulator.builder().topic("orders", InputSchema.CLOUD_EVENT_V1_0).start();
	}

	@AfterAll
	static void stopEmulator() {
		emulator.close();
	}

	@Test
	void warmsUpByDefaultAndCanBeTurnedOff() {
		this.contextRunner.run((context) -> assertThat(context).hasSingleBean(EventGridWarmUp.class));
		this.contextRunner.withPropertyValues("eventgrid.warm-up.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(EventGridWarmUp.class));
	}

	@Test
	void buildsEachPublishersClientOnceInTheBackgroundWhenReadyAndSendsNothing() throws Exception {
		AtomicInteger built = new AtomicInteger();
		EventGridPublisher orders = publisher("orders", EventSchema.CLOUD_EVENT, built);
		EventGridPublisher audit = publisher("audit", EventSchema.EVENT_GRID_EVENT, built);
		ReactiveEventGridTemplate template = new ReactiveEventGridTemplate(List.of(orders, audit), "orders");
		StaticApplicationContext context = new StaticApplicationContext();
		context.getBeanFactory().registerSingleton("template", template);
		context.refresh();
		EventGridWarmUp warmUp = new EventGridWarmUp(context.getBeanProvider(ReactiveEventGridTemplate.class));

		warmUp.onApplicationEvent(
				new ApplicationReadyEvent(new SpringApplication(), new String[0], context, Duration.ofSeconds(1)));
		warmUp.destroy();

		assertThat(built).hasValue(2);
		template.send(CloudEvent.builder().source("/s").type("t").data(1).build()).block(Duration.ofSeconds(30));
		assertThat(built).hasValue(2);
		assertThat(emulator.requests()).hasSize(1);
		template.destroy();
		context.close();
	}

	private static EventGridPublisher publisher(String name, EventSchema schema, AtomicInteger built) {
		return EventGridPublisher.builder(emulator.httpEndpoint("orders"))
			.name(name)
			.schema(schema)
			.credential(EventGridCredential.accessKey(emulator.key("orders")))
			.webClient(() -> {
				built.incrementAndGet();
				return WebClient.create();
			})
			.build();
	}

}
