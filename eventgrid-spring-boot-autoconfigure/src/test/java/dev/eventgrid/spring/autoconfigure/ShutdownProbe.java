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
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.model.InputSchema;
import dev.eventgrid.emulator.model.ReceivedEvent;
import dev.eventgrid.spring.EventGridPartialSendException;
import dev.eventgrid.spring.EventGridShutdownException;
import dev.eventgrid.spring.core.ReactiveEventGridOperations;
import dev.eventgrid.spring.core.SendResult;
import dev.eventgrid.spring.event.CloudEvent;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Run in a JVM of its own by {@link ShutdownTests}: streams {@value #OFFERED} events
 * through the auto-configured template into the emulator, whose answers come
 * {@value #DELAY_MILLIS} ms late so that requests are in flight, closes the application
 * context while the send runs, and prints the shutdown figures. Every event is counted by
 * its id: accepted (the emulator has it), reported not accepted (listed by the exception,
 * or never taken from the stream as the exception says), or lost (neither). Its
 * {@code main} method is public for the {@code java} launcher to run it.
 *
 * @author Event Grid for Spring Boot team
 */
public final class ShutdownProbe {

	static final String FIGURES = "shutdown figures:";

	static final int OFFERED = 100_000;

	static final long PHASE_TIMEOUT_MILLIS = 5_000;

	static final long DELAY_MILLIS = 50;

	private ShutdownProbe() {
	}

	public static void main(String[] args) throws Exception {
		try (EventGridEmulator emulator = EventGridEmulator.builder()
			.topic("orders", InputSchema.CLOUD_EVENT_V1_0)
			.start()) {
			emulator.faults().delayNext(Integer.MAX_VALUE, Duration.ofMillis(DELAY_MILLIS));
			ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
				.web(WebApplicationType.NONE)
				.properties("eventgrid.endpoint=" + emulator.httpEndpoint("orders"),
						"eventgrid.key=" + emulator.key("orders"),
						"spring.lifecycle.timeout-per-shutdown-phase=" + PHASE_TIMEOUT_MILLIS + "ms")
				.run();
			CompletableFuture<Object> outcome = context.getBean(ReactiveEventGridOperations.class)
				.send(Flux.range(0, OFFERED)
					.map((i) -> CloudEvent.builder()
						.id("e" + i)
						.source("/shutdown")
						.type("t")
						.data(Map.of("n", i))
						.build()))
				.cast(Object.class)
				.onErrorResume((ex) -> Mono.just(ex))
				.toFuture();
			emulator.awaitEvents("orders", OFFERED / 10, Duration.ofSeconds(10));
			long start = System.nanoTime();
			context.close();
			long closeMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
			boolean endedByClose = outcome.isDone();
			List<String> threads = ours();
			Object result = outcome.get(30, TimeUnit.SECONDS);
			BitSet reported = reported(result);
			BitSet accepted = new BitSet(OFFERED);
			int copies = 0;
			for (ReceivedEvent event : emulator.receivedEvents("orders")) {
				int index = Integer.parseInt(event.text("id").substring(1));
				copies += accepted.get(index) ? 1 : 0;
				accepted.set(index);
			}
			BitSet both = (BitSet) accepted.clone();
			both.and(reported);
			BitSet lost = (BitSet) accepted.clone();
			lost.or(reported);
			lost.flip(0, OFFERED);
			System.out.println("outcome: " + describe(result));
			System.out.println("reported: " + listed(result) + " listed as not accepted, " + (OFFERED - taken(result))
					+ " never taken from the stream");
			System.out.println("send ended by close: " + endedByClose + ", threads after close: " + threads
					+ ", accepted twice: " + copies + ", accepted and reported: " + both.cardinality());
			System.out.println(FIGURES + " offered " + OFFERED + ", accepted " + accepted.cardinality() + ", reported "
					+ reported.cardinality() + ", lost " + lost.cardinality() + ", threads after close "
					+ threads.size() + ", close took " + closeMillis + " ms");
		}
	}

	/**
	 * Return the positions the outcome reports not accepted: those the exception lists
	 * and, for a stopped stream, those it never took.
	 * @param result the result or the exception of the send
	 * @return the positions
	 */
	private static BitSet reported(Object result) {
		BitSet reported = new BitSet(OFFERED);
		if (result instanceof EventGridPartialSendException partial) {
			partial.getFailedIndexes().forEach(reported::set);
			if (partial.getCause() instanceof EventGridShutdownException shutdown) {
				reported.set(shutdown.getTakenEventCount(), OFFERED);
			}
		}
		else if (result instanceof Throwable) {
			reported.set(0, OFFERED);
		}
		return reported;
	}

	private static int listed(Object result) {
		return (result instanceof EventGridPartialSendException partial) ? partial.getFailedIndexes().size() : 0;
	}

	private static int taken(Object result) {
		if (result instanceof EventGridPartialSendException partial
				&& partial.getCause() instanceof EventGridShutdownException shutdown) {
			return shutdown.getTakenEventCount();
		}
		return (result instanceof EventGridShutdownException shutdown) ? shutdown.getTakenEventCount() : OFFERED;
	}

	private static String describe(Object result) {
		if (result instanceof SendResult sent) {
			return sent.toString();
		}
		Throwable ex = (Throwable) result;
		return ex.getClass().getSimpleName() + ": " + ex.getMessage();
	}

	private static List<String> ours() {
		return Thread.getAllStackTraces()
			.keySet()
			.stream()
			.filter(Thread::isAlive)
			.map(Thread::getName)
			.filter((name) -> name.startsWith("eventgrid-") && !name.startsWith("eventgrid-emulator"))
			.sorted()
			.toList();
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration(EventGridAutoConfiguration.class)
	static class Application {

		@Bean
		EventGridPublisherCustomizer smallRequests() {
			return (name, builder) -> builder.maxRequestSize(DataSize.ofKilobytes(64)).concurrency(2);
		}

	}

}
