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

package dev.eventgrid.spring.autoconfigure.aot;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.delivery.EmulatedSubscription;
import dev.eventgrid.emulator.delivery.EventSubscription;
import dev.eventgrid.emulator.delivery.SubscriptionState;
import dev.eventgrid.emulator.model.InputSchema;
import dev.eventgrid.spring.autoconfigure.EventGridAutoConfiguration;
import dev.eventgrid.spring.autoconfigure.EventGridProperties;
import dev.eventgrid.spring.autoconfigure.converter.EventGridMessagingAutoConfiguration;
import dev.eventgrid.spring.autoconfigure.webhook.EventGridWebhookReactiveAutoConfiguration;
import dev.eventgrid.spring.converter.EventGridMessageConverter;
import dev.eventgrid.spring.core.EventGridTemplate;
import dev.eventgrid.spring.core.ReactiveEventGridTemplate;
import dev.eventgrid.spring.event.CloudEvent;
import dev.eventgrid.spring.event.EventSchema;
import dev.eventgrid.spring.event.system.StorageBlobCreatedEventData;
import dev.eventgrid.spring.listener.EventGridListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.predicate.ReflectionHintsPredicates;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.aot.test.generate.TestGenerationContext;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.reactor.netty.autoconfigure.NettyReactiveWebServerAutoConfiguration;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.web.server.reactive.context.AnnotationConfigReactiveWebServerApplicationContext;
import org.springframework.boot.web.server.reactive.context.ReactiveWebServerApplicationContext;
import org.springframework.boot.webflux.autoconfigure.HttpHandlerAutoConfiguration;
import org.springframework.boot.webflux.autoconfigure.WebFluxAutoConfiguration;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.aot.ApplicationContextAotGenerator;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.test.tools.CompileWithForkedClassLoader;
import org.springframework.core.test.tools.TestCompiler;
import org.springframework.javapoet.ClassName;
import org.springframework.messaging.support.MessageBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs Spring's AOT engine over a WebFlux application with publishers, a webhook listener
 * and the message converter, as {@code spring-boot-maven-plugin}'s {@code process-aot}
 * does, compiles what it generates, starts the processed context and uses every part of
 * it against the emulator; and checks the hints the processing collected.
 *
 * @author Event Grid for Spring Boot team
 */
@CompileWithForkedClassLoader
class EventGridAotProcessingTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final ReflectionHintsPredicates reflection = RuntimeHintsPredicates.reflection();

	private static EventGridEmulator emulator;

	@BeforeAll
	static void startEmulator() {
		emulator = EventGridEmulator.builder()
			.topic("orders", InputSchema.CLOUD_EVENT_V1_0)
			.topic("audit", InputSchema.EVENT_GRID_EVENT)
			.deliveryTimeScale(1000)
			.start();
	}

	@AfterAll
	static void stopEmulator() {
		emulator.close();
	}

	@Test
	void processedContextPublishesReceivesAndConverts() {
		String[] properties = { "server.port=0", "eventgrid.endpoint=" + emulator.httpEndpoint("orders"),
				"eventgrid.key=" + emulator.key("orders"), "eventgrid.schema=cloud-event-v1-0",
				"eventgrid.publishers.audit.endpoint=" + emulator.httpEndpoint("audit"),
				"eventgrid.publishers.audit.key=" + emulator.key("audit"),
				"eventgrid.publishers.audit.schema=EventGridSchema" };
		new ReactiveWebApplicationContextRunner(AnnotationConfigReactiveWebServerApplicationContext::new)
			.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class,
					NettyReactiveWebServerAutoConfiguration.class, HttpHandlerAutoConfiguration.class,
					WebFluxAutoConfiguration.class, EventGridAutoConfiguration.class,
					EventGridMessagingAutoConfiguration.class, EventGridWebhookReactiveAutoConfiguration.class))
			.withBean(OrderListeners.class)
			.withPropertyValues(properties)
			.prepare((prepared) -> {
				GenericApplicationContext source = (GenericApplicationContext) prepared.getSourceApplicationContext();
				TestGenerationContext generationContext = new TestGenerationContext();
				ClassName initializer = new ApplicationContextAotGenerator().processAheadOfTime(source,
						generationContext);
				generationContext.writeGeneratedContent();
				assertHints(generationContext.getRuntimeHints());
				TestCompiler.forSystem()
					.with(generationContext)
					.compile((compiled) -> run(
							compiled.getInstance(ApplicationContextInitializer.class, initializer.toString()),
							properties));
			});
	}

	@SuppressWarnings("unchecked")
	private void run(ApplicationContextInitializer<?> initializer, String[] properties) {
		try (ReactiveWebServerApplicationContext context = new ReactiveWebServerApplicationContext()) {
			TestPropertyValues.of(properties).applyTo(context);
			((ApplicationContextInitializer<GenericApplicationContext>) initializer).initialize(context);
			context.refresh();
			publishes(context);
			receives(context);
			converts(context);
		}
	}

	private void publishes(ReactiveWebServerApplicationContext context) {
		ReactiveEventGridTemplate reactive = context.getBean(ReactiveEventGridTemplate.class);
		assertThat(reactive.getPublisher("default").getSchema()).isEqualTo(EventSchema.CLOUD_EVENT);
		assertThat(reactive.getPublisher("audit").getSchema()).isEqualTo(EventSchema.EVENT_GRID_EVENT);
		assertThat(context.getBean(EventGridProperties.class).getPublishers()).containsOnlyKeys("audit");

		context.getBean(EventGridTemplate.class).convertAndSend("audit", new OrderPlaced("o-1", 2));

		assertThat(emulator.receivedEvents("audit")).singleElement()
			.satisfies((event) -> assertThat(event.text("eventType")).endsWith("OrderPlaced"));
	}

	private void receives(ReactiveWebServerApplicationContext context) {
		String webhook = "http://127.0.0.1:" + context.getWebServer().getPort() + "/api/events";
		EmulatedSubscription subscription = emulator.subscribe("orders",
				EventSubscription.webhook("aot-hook", webhook).includedEventTypes("Contoso.OrderPlaced"));
		assertThat(subscription.state()).isEqualTo(SubscriptionState.SUCCEEDED);

		context.getBean(EventGridTemplate.class)
			.send(CloudEvent.builder()
				.source("/orders")
				.type("Contoso.OrderPlaced")
				.data(new OrderPlaced("o-2", 3))
				.build());

		assertThat(poll(context.getBean(OrderListeners.class).orders)).isEqualTo(new OrderPlaced("o-2", 3));
	}

	private void converts(ReactiveWebServerApplicationContext context) {
		String json = "{\"specversion\":\"1.0\",\"id\":\"1\",\"source\":\"/storage\","
				+ "\"type\":\"Microsoft.Storage.BlobCreated\",\"data\":{\"url\":\"https://a/b\",\"contentLength\":\"7\"}}";

		Object event = context.getBean(EventGridMessageConverter.class)
			.fromMessage(MessageBuilder.withPayload(json).build(), CloudEvent.class);

		assertThat(event).isInstanceOfSatisfying(CloudEvent.class,
				(cloudEvent) -> assertThat(cloudEvent.systemEventData()).get()
					.isInstanceOfSatisfying(StorageBlobCreatedEventData.class,
							(blob) -> assertThat(blob.contentLength()).isEqualTo(7L)));
	}

	private static void assertHints(RuntimeHints hints) {
		assertThat(reflection.onMethodInvocation(OrderListeners.class, "placed")
			.and(reflection.onType(OrderPlaced.class))
			.and(reflection.onMethodInvocation(OrderPlaced.class, "quantity"))
			.and(reflection.onType(StorageBlobCreatedEventData.class))
			.and(reflection.onMethodInvocation(EventGridProperties.class, "setDefaultPublisher"))).accepts(hints);
	}

	private static OrderPlaced poll(BlockingQueue<OrderPlaced> orders) {
		try {
			OrderPlaced order = orders.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
			assertThat(order).as("an order delivered within %s", TIMEOUT).isNotNull();
			return order;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	record OrderPlaced(String id, int quantity) {

	}

	static class OrderListeners {

		final BlockingQueue<OrderPlaced> orders = new LinkedBlockingQueue<>();

		@EventGridListener(eventTypes = "Contoso.OrderPlaced")
		void placed(OrderPlaced order) {
			this.orders.add(order);
		}

	}

}
