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

package dev.eventgrid.benchmarks.coldstart;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;

import reactor.core.publisher.Mono;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs one application of the cold start benchmark: starts it, sends one CloudEvent when
 * it is ready (after the delay of {@code coldstart.send-delay}, none by default), prints
 * how long the start and the send took, the CPU time of the whole process during the send
 * and before it, and exits.
 *
 * @author Event Grid for Spring Boot team
 */
public final class ColdStart {

	/**
	 * The prefix of the line that carries the measurement.
	 */
	public static final String RESULT_PREFIX = "eventgrid-coldstart-result ";

	private ColdStart() {
	}

	/**
	 * Start an application and send one event when it is ready.
	 * @param application the application class
	 * @param args the application's arguments
	 * @param send sends one event through the application's client and waits for the
	 * answer
	 */
	public static void run(Class<?> application, String[] args, Consumer<ConfigurableApplicationContext> send) {
		SpringApplication spring = new SpringApplication(application);
		spring.addListeners((event) -> {
			if (event instanceof ApplicationReadyEvent ready) {
				ConfigurableApplicationContext context = ready.getApplicationContext();
				Duration delay = context.getEnvironment()
					.getProperty("coldstart.send-delay", Duration.class, Duration.ZERO);
				if (!delay.isZero()) {
					Mono.delay(delay).block();
				}
				com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory
					.getOperatingSystemMXBean();
				long cpu = os.getProcessCpuTime();
				long start = System.nanoTime();
				send.accept(context);
				long sent = System.nanoTime() - start;
				long sendCpu = os.getProcessCpuTime() - cpu;
				Duration taken = ready.getTimeTaken();
				System.out.println(RESULT_PREFIX + String.format(Locale.ROOT, "%.3f %.3f %.3f %.3f",
						(taken != null) ? taken.toNanos() / 1e6 : -1.0, sent / 1e6, sendCpu / 1e6, cpu / 1e6));
			}
		});
		ConfigurableApplicationContext context = spring.run(args);
		System.exit(SpringApplication.exit(context));
	}

}
