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

package dev.eventgrid.spring.webhook;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.eventgrid.spring.event.EventGridEvent;
import dev.eventgrid.spring.listener.EventGridListener;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that a webhook answers {@code 503} with {@code Retry-After} once the application
 * context begins to close, so that Event Grid delivers again later, while a delivery
 * being handled when the close begins finishes with {@code 200}. A lifecycle bean that
 * stops just after the routers holds the close there, while the web server still runs.
 *
 * @author Event Grid for Spring Boot team
 */
class WebhookShutdownTests {

	private static final long TIMEOUT_SECONDS = 10;

	@ParameterizedTest
	@ValueSource(strings = { "reactive", "servlet" })
	void deliveriesAfterShutdownBeganAreAnswered503WhileOneInFlightFinishes(String stack) throws Exception {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(ShutdownApplication.class)
			.properties("server.port=0", "spring.main.web-application-type=" + stack)
			.run();
		WebhookClient client = new WebhookClient(
				context.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
		SlowListener listener = context.getBean(SlowListener.class);
		CloseGate gate = context.getBean(CloseGate.class);
		CompletableFuture<HttpResponse<String>> inFlight = CompletableFuture
			.supplyAsync(() -> client.post("/events/slow", WebhookClient.orderPlaced("in-flight", "o-1")));
		assertThat(listener.entered.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<Void> closing = CompletableFuture.runAsync(context::close);
		try {
			assertThat(gate.closing.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
			HttpResponse<String> refused = client.post("/events/slow", WebhookClient.orderPlaced("late", "o-2"));
			listener.release.countDown();
			HttpResponse<String> finished = inFlight.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
			System.out.println(stack + ": in flight when close began " + finished.statusCode()
					+ ", delivered after shutdown began " + refused.statusCode() + " (Retry-After "
					+ refused.headers().firstValue("Retry-After").orElse("none") + ")");
			assertThat(refused.statusCode()).isEqualTo(503);
			assertThat(refused.headers().firstValue("Retry-After")).hasValue("30");
			assertThat(finished.statusCode()).isEqualTo(200);
			assertThat(listener.handled).containsExactly("in-flight");
		}
		finally {
			listener.release.countDown();
			gate.resume.countDown();
			closing.get(TIMEOUT_SECONDS * 2, TimeUnit.SECONDS);
		}
	}

	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class ShutdownApplication {

		@Bean
		SlowListener slowListener() {
			return new SlowListener();
		}

		@Bean
		CloseGate closeGate() {
			return new CloseGate();
		}

	}

	/**
	 * A listener that holds the delivery named {@code in-flight} until released.
	 */
	static class SlowListener {

		final CountDownLatch entered = new CountDownLatch(1);

		final CountDownLatch release = new CountDownLatch(1);

		final List<String> handled = new CopyOnWriteArrayList<>();

		@EventGridListener(path = "/events/slow")
		void onEvent(EventGridEvent event) throws InterruptedException {
			if ("in-flight".equals(event.getId())) {
				this.entered.countDown();
				this.release.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
			}
			this.handled.add(event.getId());
		}

	}

	/**
	 * Holds the close of the context just after the webhook routers have stopped and
	 * before the web server's graceful shutdown, until resumed.
	 */
	static class CloseGate implements SmartLifecycle {

		final CountDownLatch closing = new CountDownLatch(1);

		final CountDownLatch resume = new CountDownLatch(1);

		private volatile boolean running;

		@Override
		public void start() {
			this.running = true;
		}

		@Override
		public void stop() {
			this.running = false;
			this.closing.countDown();
			try {
				this.resume.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

		@Override
		public boolean isRunning() {
			return this.running;
		}

		@Override
		public int getPhase() {
			return DEFAULT_PHASE - 1;
		}

	}

}
