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

package dev.eventgrid.spring.autoconfigure.namespace;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.namespace.EmulatedNamespace;
import dev.eventgrid.emulator.namespace.NamespaceDefinition;
import dev.eventgrid.emulator.namespace.NamespaceSubscription;
import dev.eventgrid.spring.EventGridHeaders;
import dev.eventgrid.spring.autoconfigure.EventGridAutoConfiguration;
import dev.eventgrid.spring.core.EventGridTemplate;
import dev.eventgrid.spring.event.CloudEvent;
import dev.eventgrid.spring.listener.EventGridRejectedException;
import dev.eventgrid.spring.namespace.EventGridPullListener;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.handler.DefaultTracingObservationHandler;
import io.micrometer.tracing.handler.PropagatingReceiverTracingObservationHandler;
import io.micrometer.tracing.handler.PropagatingSenderTracingObservationHandler;
import io.micrometer.tracing.otel.bridge.OtelBaggageManager;
import io.micrometer.tracing.otel.bridge.OtelCurrentTraceContext;
import io.micrometer.tracing.otel.bridge.OtelPropagator;
import io.micrometer.tracing.otel.bridge.OtelTracer;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.messaging.handler.annotation.Header;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests that pull listener calls are observed against the emulator's namespace: the
 * consumer span continues the trace of the CloudEvent's {@code traceparent}, and the
 * {@code eventgrid.listener} timer counts the calls by how their events were settled.
 *
 * @author Event Grid for Spring Boot team
 */
class PullListenerObservationTests {

	private static final String TRACE_ID = "0af7651916cd43dd8448eb211c80319c";

	private static final String PARENT_SPAN_ID = "b7ad6b7169203331";

	private static EventGridEmulator emulator;

	private final InMemorySpanExporter spans = InMemorySpanExporter.create();

	private final MeterRegistry meters = new SimpleMeterRegistry();

	@BeforeAll
	static void startEmulator() {
		emulator = EventGridEmulator.builder()
			.namespace(NamespaceDefinition.named("contoso").topic("orders", NamespaceSubscription.named("workers")))
			.namespaceTimeScale(10)
			.start();
	}

	@AfterAll
	static void stopEmulator() {
		emulator.close();
	}

	@Test
	void theConsumerSpanContinuesTheTraceparentAndTheTimerCountsEachOutcome() {
		EmulatedNamespace contoso = emulator.namespace("contoso");
		new ApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(EventGridAutoConfiguration.class, EventGridNamespaceAutoConfiguration.class))
			.withPropertyValues("eventgrid.publishers.orders.endpoint=" + contoso.httpEndpoint(),
					"eventgrid.publishers.orders.namespace-topic=orders",
					"eventgrid.publishers.orders.key=" + contoso.key(),
					"eventgrid.receivers.workers.endpoint=" + contoso.httpEndpoint(),
					"eventgrid.receivers.workers.topic=orders", "eventgrid.receivers.workers.subscription=workers",
					"eventgrid.receivers.workers.key=" + contoso.key())
			.withBean(ObservationRegistry.class, this::observationRegistry)
			.withBean(OutcomeListener.class)
			.run((context) -> {
				context.getBean(EventGridTemplate.class)
					.send("orders", List.of(event("ok"), event("retry-once"), event("reject")));
				await().atMost(Duration.ofSeconds(15)).until(() -> OutcomeListener.CALLS.size() == 4);
				await().atMost(Duration.ofSeconds(5))
					.until(() -> count("acknowledged") == 2 && count("released") == 1 && count("rejected") == 1);
				System.out.printf("eventgrid.listener timer of subscription workers: acknowledged %d, released %d, "
						+ "rejected %d%n", count("acknowledged"), count("released"), count("rejected"));

				SpanData consumer = consumerSpan("ok");
				System.out.printf("consumer span of event ok: trace %s, parent %s%n", consumer.getTraceId(),
						consumer.getParentSpanId());
				assertThat(consumer.getKind()).isEqualTo(SpanKind.CONSUMER);
				assertThat(consumer.getName()).isEqualTo("process outcomes");
				assertThat(consumer.getTraceId()).isEqualTo(TRACE_ID);
				assertThat(consumer.getParentSpanId()).isEqualTo(PARENT_SPAN_ID);
				assertThat(consumer.getAttributes().asMap().toString())
					.contains("eventgrid.delivery.outcome=acknowledged");
				assertThat(consumerSpan("reject").getAttributes().asMap().toString())
					.contains("eventgrid.delivery.outcome=rejected", "error.type=EventGridRejectedException");
			});
	}

	private long count(String outcome) {
		var timer = this.meters.find("eventgrid.listener")
			.tag("messaging.destination.subscription.name", "workers")
			.tag("eventgrid.delivery.outcome", outcome)
			.timer();
		return (timer != null) ? timer.count() : 0;
	}

	private SpanData consumerSpan(String eventId) {
		return this.spans.getFinishedSpanItems()
			.stream()
			.filter((span) -> span.getKind() == SpanKind.CONSUMER)
			.filter((span) -> eventId.equals(span.getAttributes()
				.asMap()
				.entrySet()
				.stream()
				.filter((entry) -> entry.getKey().getKey().equals("messaging.message.id"))
				.map((entry) -> String.valueOf(entry.getValue()))
				.findFirst()
				.orElse(null)))
			.findFirst()
			.orElseThrow();
	}

	private ObservationRegistry observationRegistry() {
		OpenTelemetrySdk otel = OpenTelemetrySdk.builder()
			.setTracerProvider(
					SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(this.spans)).build())
			.setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
			.build();
		OtelCurrentTraceContext current = new OtelCurrentTraceContext();
		io.opentelemetry.api.trace.Tracer otelTracer = otel.getTracer("test");
		OtelTracer tracer = new OtelTracer(otelTracer, current, (event) -> {
		}, new OtelBaggageManager(current, List.of(), List.of()));
		OtelPropagator propagator = new OtelPropagator(otel.getPropagators(), otelTracer);
		ObservationRegistry registry = ObservationRegistry.create();
		registry.observationConfig()
			.observationHandler(new DefaultMeterObservationHandler(this.meters))
			.observationHandler(new ObservationHandler.FirstMatchingCompositeObservationHandler(
					new PropagatingSenderTracingObservationHandler<>(tracer, propagator),
					new PropagatingReceiverTracingObservationHandler<>(tracer, propagator),
					new DefaultTracingObservationHandler(tracer)));
		return registry;
	}

	private static CloudEvent event(String id) {
		return CloudEvent.builder()
			.id(id)
			.source("/orders")
			.type("Order.Placed")
			.data(Map.of("id", id))
			.extension("traceparent", "00-" + TRACE_ID + "-" + PARENT_SPAN_ID + "-01")
			.build();
	}

	static class OutcomeListener {

		static final Map<String, Integer> CALLS = new ConcurrentHashMap<>();

		@EventGridPullListener(id = "outcomes", receiver = "workers")
		void onEvent(CloudEvent event, @Header(EventGridHeaders.DELIVERY_COUNT) int deliveryCount) {
			CALLS.put(event.getId() + "#" + deliveryCount, deliveryCount);
			if (event.getId().equals("reject")) {
				throw new EventGridRejectedException("not an order");
			}
			if (event.getId().equals("retry-once") && deliveryCount == 1) {
				throw new IllegalStateException("try again");
			}
		}

	}

}
