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

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.model.InputSchema;
import dev.eventgrid.spring.core.EventGridTemplate;
import dev.eventgrid.spring.event.CloudEvent;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * Run in a JVM of its own by {@link ThreadsAfterCloseTests}: starts the emulator and an
 * application that publishes through it, closes both, and prints the threads of ours
 * (named {@code eventgrid-*}) that are still alive. Its {@code main} method is public for
 * the {@code java} launcher to run it; the class is public to match.
 *
 * @author Event Grid for Spring Boot team
 */
public final class ThreadsAfterCloseProbe {

	static final String PREFIX = "threads left:";

	private ThreadsAfterCloseProbe() {
	}

	public static void main(String[] args) throws InterruptedException {
		try (EventGridEmulator emulator = EventGridEmulator.builder()
			.topic("orders", InputSchema.CLOUD_EVENT_V1_0)
			.start()) {
			try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
				.web(WebApplicationType.NONE)
				.properties("eventgrid.endpoint=" + emulator.httpEndpoint("orders"),
						"eventgrid.key=" + emulator.key("orders"))
				.run()) {
				context.getBean(EventGridTemplate.class)
					.send(List.of(CloudEvent.builder().source("/orders").type("Placed").build()));
				System.out.println("threads while running: " + ours());
			}
		}
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (!ours().isEmpty() && System.nanoTime() < deadline) {
			Thread.onSpinWait();
		}
		System.out.println(PREFIX + " " + ours());
	}

	private static List<String> ours() {
		return Thread.getAllStackTraces()
			.keySet()
			.stream()
			.filter(Thread::isAlive)
			.map(Thread::getName)
			.filter((name) -> name.startsWith("eventgrid-"))
			.sorted()
			.toList();
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration(EventGridAutoConfiguration.class)
	static class Application {

	}

}
