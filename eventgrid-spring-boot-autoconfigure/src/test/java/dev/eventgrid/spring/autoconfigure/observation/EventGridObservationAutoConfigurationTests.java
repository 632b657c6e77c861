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

package dev.eventgrid.spring.autoconfigure.observation;

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.spring.autoconfigure.EventGridAutoConfiguration;
import dev.eventgrid.spring.core.EventGridTemplate;
import dev.eventgrid.spring.core.ReactiveEventGridTemplate;
import dev.eventgrid.spring.event.CloudEvent;
import dev.eventgrid.spring.observation.DefaultEventGridTemplateObservationConvention;
import dev.eventgrid.spring.observation.EventGridSendMetricsHandler;
import dev.eventgrid.spring.observation.EventGridTemplateObservationConvention;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link EventGridObservationAutoConfiguration}.
 *
 * @author Event Grid for Spring Boot team
 */
class EventGridObservationAutoConfigurationTests {

	private static EventGridEmulator emulator;

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(EventGridAutoConfiguration.class, EventGridObservationAutoConfiguration.class))
		.withPropertyValues("eventgrid.endpoint=" + emulator.httpEndpoint("orders"),
				"eventgrid.key=" + emulator.key("orders"));

	@BeforeAll
	static void startEmulator() {
		emulator = EventGridEmulator.builder()
			.topic("orders", dev.eventgrid.emulator.model.InputSchema.CLOUD_EVENT_V1_0)
			.start();
	}

	@AfterAll
	static void stopEmulator() {
		emulator.close();
	}

	@Test
	void observesSendsAndCountsThemWithBootsRegistries() {
		this.contextRunner
			.withConfiguration(
					AutoConfigurations.of(ObservationAutoConfiguration.class, MetricsAutoConfiguration.class))
			.withBean(SimpleMeterRegistry.class)
			.run((context) -> {
				assertThat(context).hasSingleBean(EventGridSendMetricsHandler.class);
				context.getBean(EventGridTemplate.class).send(CloudEvent.builder().source("/s").type("t").build());
				MeterRegistry meters = context.getBean(MeterRegistry.class);
				assertThat(meters.get("eventgrid.template")
					.tag("eventgrid.template.name", "reactiveEventGridTemplate")
					.timer()
					.count()).isOne();
				assertThat(meters.get("eventgrid.events.sent").counter().count()).isOne();
			});
	}

	@Test
	void setsTheRegistryAndAUserConventionOnTheTemplate() {
		EventGridTemplateObservationConvention convention = new DefaultEventGridTemplateObservationConvention();
		this.contextRunner.withBean(ObservationRegistry.class, ObservationRegistry::create)
			.withBean(EventGridTemplateObservationConvention.class, () -> convention)
			.run((context) -> {
				ReactiveEventGridTemplate template = context.getBean(ReactiveEventGridTemplate.class);
				assertThat(template).extracting("observationRegistry")
					.isSameAs(context.getBean(ObservationRegistry.class));
				assertThat(template).extracting("observationConvention").isSameAs(convention);
				assertThat(context).doesNotHaveBean(EventGridSendMetricsHandler.class);
			});
	}

	@Test
	void canBeTurnedOff() {
		this.contextRunner.withBean(ObservationRegistry.class, ObservationRegistry::create)
			.withPropertyValues("eventgrid.template.observation-enabled=false")
			.run((context) -> assertThat(context.getBean(ReactiveEventGridTemplate.class))
				.extracting("observationRegistry")
				.isSameAs(ObservationRegistry.NOOP));
	}

	@Test
	void backsOffWithoutARegistry() {
		this.contextRunner.run((context) -> assertThat(context.getBean(ReactiveEventGridTemplate.class))
			.extracting("observationRegistry")
			.isSameAs(ObservationRegistry.NOOP));
	}

	@Test
	void backsOffWithoutMicrometer() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(ObservationRegistry.class))
			.run((context) -> assertThat(context).doesNotHaveBean(EventGridSendMetricsHandler.class)
				.doesNotHaveBean("eventGridObservationTemplateCustomizer"));
	}

}
