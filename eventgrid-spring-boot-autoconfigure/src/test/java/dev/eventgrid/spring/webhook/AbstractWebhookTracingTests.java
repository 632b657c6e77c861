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

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.delivery.EventSubscription;
import dev.eventgrid.spring.core.EventGridPublisher;
import dev.eventgrid.spring.core.ReactiveEventGridTemplate;
import dev.eventgrid.spring.credential.EventGridCredential;
import dev.eventgrid.spring.event.CloudEvent;
import dev.eventgrid.spring.event.EventSchema;
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

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests, on one web stack, that the listener's consumer span continues the trace of the
 * producer span that sent the event, across the emulator.
 *
 * @author Event Grid for Spring Boot team
 */
abstract class AbstractWebhookTracingTests {

	private static final InMemorySpanExporter spans = InMemorySpanExporter.create();

	private static EventGridEmulator emulator;

	@LocalServerPort
	int port;

	@Autowired
	ObservationRegistry observationRegistry;

	@Autowired
	RecordingListeners listeners;

	@BeforeAll
	static void startEmulator() {
		emulator = EventGridEmulator.builder()
			.topic("cloud", dev.eventgrid.emulator.model.InputSchema.CLOUD_EVENT_V1_0)
			.start();
	}

	@AfterAll
	static void stopEmulator() {
		emulator.close();
	}

	@Test
	void theConsumerSpanIsAChildOfTheProducerSpan() throws Exception {
		emulator.subscribe("cloud",
				EventSubscription.webhook("traced-hook", new WebhookClient(this.port).url("/events/cloud")));
		ReactiveEventGridTemplate template = new ReactiveEventGridTemplate(
				EventGridPublisher.builder(emulator.httpEndpoint("cloud"))
					.name("cloud")
					.schema(EventSchema.CLOUD_EVENT)
					.credential(EventGridCredential.accessKey(emulator.key("cloud")))
					.build());
		template.setObservationRegistry(this.observationRegistry);

		template
			.send(CloudEvent.builder().source("/shop").type("Shop.OrderPlaced").data(Map.of("orderId", "o-1")).build())
			.block(Duration.ofSeconds(10));

		emulator.awaitDeliveries("traced-hook", 1, Duration.ofSeconds(10));
		SpanData consumer = await().atMost(Duration.ofSeconds(5))
			.until(() -> span("process RecordingListeners#onCloudEvent"), (span) -> span != null);
		SpanData producer = span("publish cloud");
		assertThat(producer).isNotNull();
		assertThat(consumer.getKind()).isEqualTo(SpanKind.CONSUMER);
		assertThat(consumer.getTraceId()).isEqualTo(producer.getTraceId());
		assertThat(consumer.getParentSpanId()).isEqualTo(producer.getSpanId());
		assertThat(consumer.getAttributes().asMap().toString()).contains("messaging.system=eventgrid",
				"messaging.operation=process", "eventgrid.event.type=Shop.OrderPlaced",
				"eventgrid.listener.id=RecordingListeners#onCloudEvent",
				"messaging.destination.subscription.name=TRACED-HOOK", "error.type=none");
		assertThat(this.listeners.cloudEvents).hasSize(1);
	}

	private static SpanData span(String name) {
		List<SpanData> found = spans.getFinishedSpanItems()
			.stream()
			.filter((span) -> span.getName().equals(name))
			.toList();
		return found.isEmpty() ? null : found.get(0);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Tracing {

		@Bean
		ObservationRegistry observationRegistry() {
			OpenTelemetrySdk otel = OpenTelemetrySdk.builder()
				.setTracerProvider(
						SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
				.setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
				.build();
			OtelCurrentTraceContext current = new OtelCurrentTraceContext();
			io.opentelemetry.api.trace.Tracer otelTracer = otel.getTracer("test");
			OtelTracer tracer = new OtelTracer(otelTracer, current, (event) -> {
			}, new OtelBaggageManager(current, List.of(), List.of()));
			OtelPropagator propagator = new OtelPropagator(otel.getPropagators(), otelTracer);
			ObservationRegistry registry = ObservationRegistry.create();
			registry.observationConfig()
				.observationHandler(new ObservationHandler.FirstMatchingCompositeObservationHandler(
						new PropagatingSenderTracingObservationHandler<>(tracer, propagator),
						new PropagatingReceiverTracingObservationHandler<>(tracer, propagator),
						new DefaultTracingObservationHandler(tracer)));
			return registry;
		}

	}

}
