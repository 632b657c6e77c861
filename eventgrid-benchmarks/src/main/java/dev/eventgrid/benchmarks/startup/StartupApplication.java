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

package dev.eventgrid.benchmarks.startup;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A plain WebFlux application with nothing of its own: it starts, prints how long the
 * start took as Spring Boot measures it, the CPU time its main thread used and the
 * classes the JVM loaded by then, and exits. Its class path decides whether the Event
 * Grid starter is part of it; the configuration given to both is the same.
 *
 * @author Event Grid for Spring Boot team
 */
@SpringBootApplication(proxyBeanMethods = false)
public class StartupApplication {

	/**
	 * The prefix of the line that carries the measurement.
	 */
	public static final String RESULT_PREFIX = "eventgrid-startup-result ";

	/**
	 * Start the application, print the measurement and exit.
	 * @param args the application's arguments
	 */
	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(StartupApplication.class);
		@Nullable Duration[] taken = new Duration[2];
		application.addListeners((event) -> {
			if (event instanceof ApplicationStartedEvent started) {
				taken[0] = started.getTimeTaken();
			}
			else if (event instanceof ApplicationReadyEvent ready) {
				taken[1] = ready.getTimeTaken();
			}
		});
		ConfigurableApplicationContext context = application.run(args);
		long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
		// The CPU time of the thread that started the application: unlike the time taken,
		// it does not grow while the thread waits for a core.
		long mainThreadCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
		// Counted work: unlike the times, the classes loaded do not vary with the
		// machine's speed or load.
		long loadedClasses = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
		long eventGridBeans = Arrays.stream(context.getBeanDefinitionNames())
			.map(context::getType)
			.filter((type) -> type != null && type.getName().startsWith("dev.eventgrid.spring."))
			.count();
		System.out.println(RESULT_PREFIX + millis(taken[0]) + " " + millis(taken[1]) + " " + uptime + " "
				+ context.getBeanDefinitionCount() + " " + eventGridBeans + " "
				+ millis(Duration.ofNanos(mainThreadCpu)) + " " + loadedClasses);
		System.exit(SpringApplication.exit(context));
	}

	private static String millis(@Nullable Duration duration) {
		return (duration != null) ? String.format(Locale.ROOT, "%.3f", duration.toNanos() / 1e6) : "-1";
	}

}
