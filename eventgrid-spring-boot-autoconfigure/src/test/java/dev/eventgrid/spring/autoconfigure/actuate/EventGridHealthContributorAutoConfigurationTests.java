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

import java.util.Map;

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.model.InputSchema;
import dev.eventgrid.spring.EventGridAuthenticationException;
import dev.eventgrid.spring.autoconfigure.EventGridAutoConfiguration;
import dev.eventgrid.spring.core.EventGridTemplate;
import dev.eventgrid.spring.event.CloudEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.actuate.endpoint.IndicatedHealthDescriptor;
import org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointAutoConfiguration;
import org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration;
import org.springframework.boot.health.autoconfigure.registry.HealthContributorRegistryAutoConfiguration;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link EventGridHealthContributorAutoConfiguration} against the emulator:
 * each publisher's health in Actuator's {@code health} endpoint is unknown before its
 * first send, up after an accepted one and down after a refused credential.
 *
 * @author Event Grid for Spring Boot team
 */
class EventGridHealthContributorAutoConfigurationTests {

	private static EventGridEmulator emulator;

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(EventGridAutoConfiguration.class,
				EventGridHealthContributorAutoConfiguration.class, HealthContributorAutoConfiguration.class,
				HealthContributorRegistryAutoConfiguration.class, EndpointAutoConfiguration.class,
				HealthEndpointAutoConfiguration.class))
		.withPropertyValues("management.endpoint.health.show-details=always");

	@BeforeAll
	static void startEmulator() {
		emulator = EventGridEmulator.builder()
			.topic("orders", InputSchema.CLOUD_EVENT_V1_0)
			.topic("audit", InputSchema.CLOUD_EVENT_V1_0)
			.start();
	}

	@AfterAll
	static void stopEmulator() {
		emulator.close();
	}

	@Test
	void isUnknownBeforeTheFirstSendUpAfterAnAcceptedOneAndDownAfterA401() {
		this.contextRunner.withPropertyValues(publishers()).run((context) -> {
			EventGridTemplate template = context.getBean(EventGridTemplate.class);
			assertThat(health(context, "default").getStatus()).isEqualTo(Status.UNKNOWN);
			assertThat(health(context, "default").getDetails()).containsEntry("lastRequest", "none")
				.containsEntry("destination", "orders");

			template.send(event());
			IndicatedHealthDescriptor up = health(context, "default");
			assertThat(up.getStatus()).isEqualTo(Status.UP);
			assertThat(up.getDetails()).containsEntry("lastRequest", "accepted").containsKey("since");
			assertThat(health(context, "audit").getStatus()).isEqualTo(Status.UNKNOWN);
			assertThat(context.getBean(HealthEndpoint.class).health().getStatus()).isEqualTo(Status.UP);

			emulator.faults("orders").failNext(1, 401);
			assertThatExceptionOfType(EventGridAuthenticationException.class).isThrownBy(() -> template.send(event()));
			IndicatedHealthDescriptor down = health(context, "default");
			assertThat(down.getStatus()).isEqualTo(Status.DOWN);
			assertThat(down.getDetails()).containsEntry("lastRequest", "authentication failed")
				.containsEntry("status", 401);
			assertThat(context.getBean(HealthEndpoint.class).health().getStatus()).isEqualTo(Status.DOWN);
			assertThat(JsonMapper.builder().build().writeValueAsString(down)).doesNotContain(emulator.key("orders"));

			template.send(event());
			assertThat(health(context, "default").getStatus()).isEqualTo(Status.UP);
		});
	}

	@Test
	void isDownWhileTheServiceRefusesTheKey() {
		this.contextRunner
			.withPropertyValues("eventgrid.endpoint=" + emulator.httpEndpoint("orders"),
					"eventgrid.key=" + emulator.key("audit"))
			.run((context) -> {
				assertThatExceptionOfType(EventGridAuthenticationException.class)
					.isThrownBy(() -> context.getBean(EventGridTemplate.class).send(event()));

				assertThat(health(context, "default").getStatus()).isEqualTo(Status.DOWN);
			});
	}

	@Test
	void canBeDisabled() {
		this.contextRunner.withPropertyValues(publishers())
			.withPropertyValues("management.health.eventgrid.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean("eventGridHealthContributor"));
	}

	@Test
	void backsOffWithoutPublishers() {
		this.contextRunner
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean("eventGridHealthContributor"));
	}

	@Test
	void backsOffWithoutSpringBootHealth() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(EventGridAutoConfiguration.class,
					EventGridHealthContributorAutoConfiguration.class))
			.withPropertyValues(publishers())
			.withClassLoader(new FilteredClassLoader("org.springframework.boot.health"))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean("eventGridHealthContributor"));
	}

	private static String[] publishers() {
		return new String[] { "eventgrid.endpoint=" + emulator.httpEndpoint("orders"),
				"eventgrid.key=" + emulator.key("orders"),
				"eventgrid.publishers.audit.endpoint=" + emulator.httpEndpoint("audit"),
				"eventgrid.publishers.audit.key=" + emulator.key("audit") };
	}

	private static IndicatedHealthDescriptor health(AssertableApplicationContext context, String publisher) {
		return (IndicatedHealthDescriptor) context.getBean(HealthEndpoint.class).healthForPath("eventGrid", publisher);
	}

	private static CloudEvent event() {
		return CloudEvent.builder().source("/orders").type("OrderPlaced").data(Map.of("id", 42)).build();
	}

}
