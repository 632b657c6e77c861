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
import java.util.ArrayList;
import java.util.List;

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.model.InputSchema;
import dev.eventgrid.spring.EventGridShutdownException;
import dev.eventgrid.spring.core.EventGridOperations;
import dev.eventgrid.spring.core.EventGridPublisher;
import dev.eventgrid.spring.event.CloudEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.SmartLifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Tests of the lifecycle that shuts the publishers down with the application context.
 *
 * @author Event Grid for Spring Boot team
 */
class EventGridPublishersLifecycleTests {

	/**
	 * The phase in which Spring Boot stops the web server.
	 */
	private static final int WEB_SERVER_PHASE = SmartLifecycle.DEFAULT_PHASE - 2048;

	private static EventGridEmulator emulator;

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(EventGridAutoConfiguration.class));

	@BeforeAll
	static void startEmulator() {
		emulator = EventGridEmulator.builder().topic("orders", InputSchema.CLOUD_EVENT_V1_0).start();
	}

	@AfterAll
	static void stopEmulator() {
		emulator.close();
	}

	@Test
	void stopsThePublishersAfterTheWebServerAndBeforeReactorNettyWithinThePhaseTimeout() {
		this.contextRunner.withPropertyValues(orders("spring.lifecycle.timeout-per-shutdown-phase=5s"))
			.run((context) -> {
				EventGridPublishersLifecycle lifecycle = context.getBean(EventGridPublishersLifecycle.class);
				assertThat(lifecycle.getPhase()).isEqualTo(EventGridPublisher.SHUTDOWN_PHASE)
					.isLessThan(WEB_SERVER_PHASE)
					.isPositive();
				assertThat(lifecycle.getTimeout()).isEqualTo(Duration.ofMillis(4_500));
				assertThat(lifecycle.isRunning()).isTrue();
			});
	}

	@Test
	void keepsAtMostOneSecondOfTheDefaultPhaseTimeoutToReport() {
		this.contextRunner.withPropertyValues(orders())
			.run((context) -> assertThat(context.getBean(EventGridPublishersLifecycle.class).getTimeout())
				.isEqualTo(Duration.ofSeconds(29)));
	}

	@Test
	void aStoppedContextRefusesSendsUntilItStartsAgain() {
		this.contextRunner.withPropertyValues(orders()).run((context) -> {
			EventGridOperations operations = context.getBean(EventGridOperations.class);
			context.stop();
			Throwable refused = catchThrowable(() -> operations.send(List.of(event("refused"))));
			assertThat(refused).isInstanceOf(EventGridShutdownException.class)
				.hasMessageStartingWith("Publisher 'default' is shutting down and takes no new send");
			context.start();
			assertThat(operations.send(List.of(event("accepted"))).eventCount()).isEqualTo(1);
		});
	}

	private static String[] orders(String... more) {
		List<String> properties = new ArrayList<>(List.of("eventgrid.endpoint=" + emulator.httpEndpoint("orders"),
				"eventgrid.key=" + emulator.key("orders"), "eventgrid.warm-up.enabled=false"));
		properties.addAll(List.of(more));
		return properties.toArray(String[]::new);
	}

	private static CloudEvent event(String id) {
		return CloudEvent.builder().id(id).source("/lifecycle").type("t").build();
	}

}
