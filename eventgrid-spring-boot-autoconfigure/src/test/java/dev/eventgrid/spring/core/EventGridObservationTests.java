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

package dev.eventgrid.spring.core;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import dev.eventgrid.emulator.model.ReceivedEvent;
import dev.eventgrid.spring.EventGridException;
import dev.eventgrid.spring.event.CloudEvent;
import dev.eventgrid.spring.event.EventGridEvent;
import dev.eventgrid.spring.observation.EventGridSendMetricsHandler;
import io.micrometer.common.KeyValue;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import io.micrometer.tracing.handler.DefaultTracingObservationHandler;
import io.micrometer.tracing.handler.PropagatingReceiverTracingObservationHandler;
import io.micrometer.tracing.handler.PropagatingSenderTracingObservationHandler;
import io.micrometer.tracing.otel.bridge.OtelBaggageManager;
import io.micrometer.tracing.otel.bridge.OtelCurrentTraceContext;
import io.micrometer.tracing.otel.bridge.OtelPropagator;
import io.micrometer.tracing.otel.bridge.OtelTracer;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.util.unit.DataSize;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests of the observation of sends: spans through the OpenTelemetry bridge in memory,
 * their parent/child structure across requests and retries, tags, errors, metrics, and
 * the trace context on the wire.
 *
 * @author Event Grid for Spring Boot team
 */
class EventGridObservationTests {

	@RegisterExtension
	static final EmulatorFixture fixture = new EmulatorFixture();

	private final InMemorySpanExporter spans = InMemorySpanExporter.create();

	private ObservationRegistry registry;

	private OtelTracer tracer;

	@BeforeEach
	void setUpTracing() {
		OpenTelemetrySdk otel = OpenTelemetrySdk.builder()
			.setTracerProvider(
					SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(this.spans)).build())
			.setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
			.build();
		OtelCurrentTraceContext current = new OtelCurrentTraceContext();
		io.opentelemetry.api.trace.Tracer otelTracer = otel.getTracer("test");
		this.tracer = new OtelTracer(otelTracer, current, (event) -> {
		}, new OtelBaggageManager(current, List.of(), List.of()));
		OtelPropagator propagator = new OtelPropagator(otel.getPropagators(), otelTracer);
		this.registry = ObservationRegistry.create();
		this.registry.observationConfig()
			.observationHandler(new ObservationHandler.FirstMatchingCompositeObservationHandler(
					new PropagatingSenderTracingObservationHandler<>(this.tracer, propagator),
					new PropagatingReceiverTracingObservationHandler<>(this.tracer, propagator),
					new DefaultTracingObservationHandler(this.tracer)));
	}

	@Test
	void oneProducerSpanIsTheParentOfEveryHttpAttemptOfAMultiRequestSendWithRetries() {
		fixture.emulator.faults().failNext(1, 503);
		ReactiveEventGridTemplate template = template(instrumentedWebClient(), DataSize.ofBytes(1500));

		SendResult result = template.send(events(30)).block();

		assertThat(result).isNotNull();
		assertThat(result.requestCount()).isGreaterThan(2);
		SpanData publish = single("publish ce-topic");
		assertThat(publish.getKind()).isEqualTo(SpanKind.PRODUCER);
		List<SpanData> http = this.spans.getFinishedSpanItems()
			.stream()
			.filter((span) -> span.getKind() == SpanKind.CLIENT)
			.toList();
		assertThat(http).hasSize(result.requestCount() + 1)
			.allSatisfy((span) -> assertThat(span.getParentSpanId()).isEqualTo(publish.getSpanId()));
		assertThat(publish.getAttributes().asMap())
			.satisfies((attributes) -> assertThat(attributes.toString()).contains("messaging.system=eventgrid",
					"messaging.operation=publish", "messaging.destination.name=ce-topic",
					"az.namespace=Microsoft.EventGrid", "messaging.batch.message_count=30", "eventgrid.retry.count=1",
					"outcome=SUCCESS"));
	}

	@Test
	void cloudEventsCarryTheProducerSpanAndRequestsTheirHttpSpan() {
		ReactiveEventGridTemplate template = template(instrumentedWebClient(), DataSize.ofMegabytes(1));
		CloudEvent traced = CloudEvent.builder()
			.source("/s")
			.type("t")
			.extension("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01")
			.build();

		template.send(List.of(events(1).get(0), traced)).block();

		SpanData publish = single("publish ce-topic");
		SpanData http = this.spans.getFinishedSpanItems()
			.stream()
			.filter((span) -> span.getKind() == SpanKind.CLIENT)
			.findFirst()
			.orElseThrow();
		List<ReceivedEvent> received = fixture.emulator.receivedEvents(EmulatorFixture.CE);
		assertThat(received.get(0).text("traceparent"))
			.isEqualTo("00-" + publish.getTraceId() + "-" + publish.getSpanId() + "-01");
		assertThat(received.get(1).text("traceparent"))
			.isEqualTo("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
		assertThat(received.get(0).headers().all("traceparent"))
			.containsExactly("00-" + http.getTraceId() + "-" + http.getSpanId() + "-01");
	}

	@Test
	void requestsCarryTheProducerSpanWhenTheWebClientIsNotObserved() {
		ReactiveEventGridTemplate template = template(fixture.webClient, DataSize.ofMegabytes(1));

		template.send(events(1)).block();

		SpanData publish = single("publish ce-topic");
		ReceivedEvent received = fixture.emulator.receivedEvents(EmulatorFixture.CE).get(0);
		String expected = "00-" + publish.getTraceId() + "-" + publish.getSpanId() + "-01";
		assertThat(received.headers().first("traceparent")).isEqualTo(expected);
		assertThat(received.text("traceparent")).isEqualTo(expected);
	}

	@Test
	void eventGridEventsKeepTheirJsonAndRequestsCarryTheTrace() {
		ReactiveEventGridTemplate template = new ReactiveEventGridTemplate(
				fixture.publisher(EmulatorFixture.EG).webClient(instrumentedWebClient()).build());
		template.setObservationRegistry(this.registry);
		EventGridEvent event = EventGridTemplateTests.eventGridEvent("e1");

		template.send(event).block();

		ReceivedEvent received = fixture.emulator.receivedEvents(EmulatorFixture.EG).get(0);
		assertThat(received.json()).isEqualTo(event.toJson());
		assertThat(received.headers().first("traceparent")).startsWith("00-" + single("publish eg-topic").getTraceId());
	}

	@Test
	void blockingSendsJoinTheCurrentObservation() {
		EventGridTemplate template = new EventGridTemplate(template(instrumentedWebClient(), DataSize.ofMegabytes(1)));

		Observation.createNotStarted("checkout", this.registry).observe(() -> template.send(events(1)));

		assertThat(single("publish ce-topic").getParentSpanId()).isEqualTo(single("checkout").getSpanId());
	}

	@Test
	void recordsTheErrorThatEndedTheSend() {
		fixture.emulator.faults().failNext(1, 400);
		ReactiveEventGridTemplate template = template(instrumentedWebClient(), DataSize.ofMegabytes(1));

		assertThatExceptionOfType(EventGridException.class).isThrownBy(() -> template.send(events(2)).block());

		SpanData publish = single("publish ce-topic");
		assertThat(publish.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
		assertThat(publish.getAttributes().asMap().toString()).contains("error.type=EventGridException",
				"outcome=FAILURE");
	}

	@Test
	void tagsEverySendWithLowAndHighCardinalityKeys() {
		TestObservationRegistry observations = TestObservationRegistry.create();
		ReactiveEventGridTemplate template = new ReactiveEventGridTemplate(
				fixture.publisher(EmulatorFixture.CE).build());
		template.setBeanName("ordersTemplate");
		template.setObservationRegistry(observations);

		template.send(events(3)).block();

		TestObservationRegistryAssert.assertThat(observations)
			.hasObservationWithNameEqualTo("eventgrid.template")
			.that()
			.hasContextualNameEqualTo("publish ce-topic")
			.hasLowCardinalityKeyValue("eventgrid.template.name", "ordersTemplate")
			.hasLowCardinalityKeyValue("eventgrid.publisher", "ce-topic")
			.hasLowCardinalityKeyValue("eventgrid.schema", "cloud-event")
			.hasLowCardinalityKeyValue("messaging.system", "eventgrid")
			.hasLowCardinalityKeyValue("messaging.operation", "publish")
			.hasLowCardinalityKeyValue("messaging.destination.name", "ce-topic")
			.hasLowCardinalityKeyValue("az.namespace", "Microsoft.EventGrid")
			.hasLowCardinalityKeyValue("outcome", "SUCCESS")
			.hasLowCardinalityKeyValue("error.type", "none")
			.hasHighCardinalityKeyValue("messaging.batch.message_count", "3")
			.hasHighCardinalityKeyValue("eventgrid.request.count", "1")
			.hasHighCardinalityKeyValue("eventgrid.retry.count", "0")
			.hasBeenStarted()
			.hasBeenStopped();
	}

	@Test
	void countsEventsBytesRequestsRetriesAndFailuresByErrorType() {
		MeterRegistry meters = new SimpleMeterRegistry();
		ObservationRegistry observations = ObservationRegistry.create();
		observations.observationConfig()
			.observationHandler(new DefaultMeterObservationHandler(meters))
			.observationHandler(new EventGridSendMetricsHandler(meters));
		ReactiveEventGridTemplate template = new ReactiveEventGridTemplate(
				fixture.publisher(EmulatorFixture.CE).build());
		template.setObservationRegistry(observations);
		fixture.emulator.faults().failNext(1, 503);

		SendResult result = template.send(events(4)).block();
		fixture.emulator.faults().failNext(1, 401);
		assertThatExceptionOfType(EventGridException.class).isThrownBy(() -> template.send(events(2)).block());

		assertThat(result).isNotNull();
		assertThat(meters.get("eventgrid.template").tag("outcome", "SUCCESS").timer().count()).isOne();
		assertThat(meters.get("eventgrid.template")
			.tag("outcome", "FAILURE")
			.tag("error.type", "EventGridAuthenticationException")
			.timer()
			.count()).isOne();
		assertThat(meters.get("eventgrid.events.sent").tag("outcome", "SUCCESS").counter().count()).isEqualTo(4);
		assertThat(meters.get("eventgrid.events.failed").tag("outcome", "FAILURE").counter().count()).isEqualTo(2);
		assertThat(meters.get("eventgrid.bytes.sent").tag("outcome", "SUCCESS").counter().count())
			.isEqualTo(result.bytes());
		assertThat(meters.get("eventgrid.retries").tag("outcome", "SUCCESS").counter().count()).isOne();
		assertThat(meters.getMeters()).allSatisfy((meter) -> assertThat(meter.getId().getTags()).noneMatch(
				(tag) -> tag.getKey().startsWith("messaging.batch") || tag.getKey().equals("eventgrid.request.count")));
	}

	@Test
	void keyValuesThatAFilterAddsReachTheMetersOfEverySend() {
		MeterRegistry meters = new SimpleMeterRegistry();
		ObservationRegistry observations = ObservationRegistry.create();
		observations.observationConfig()
			.observationFilter((context) -> context.addLowCardinalityKeyValue(KeyValue.of("region", "west")))
			.observationHandler(new DefaultMeterObservationHandler(meters))
			.observationHandler(new EventGridSendMetricsHandler(meters));
		ReactiveEventGridTemplate template = new ReactiveEventGridTemplate(
				fixture.publisher(EmulatorFixture.CE).build());
		template.setObservationRegistry(observations);

		template.send(events(2)).block();
		template.send(events(3)).block();

		assertThat(meters.get("eventgrid.template").tag("region", "west").tag("outcome", "SUCCESS").timer().count())
			.isEqualTo(2);
		assertThat(meters.get("eventgrid.events.sent").tag("region", "west").counter().count()).isEqualTo(5);
	}

	@Test
	void doesNotObserveWithoutARegistry() {
		ReactiveEventGridTemplate template = new ReactiveEventGridTemplate(
				fixture.publisher(EmulatorFixture.CE).build());

		template.send(events(1)).block();

		assertThat(fixture.emulator.receivedEvents(EmulatorFixture.CE).get(0).node().has("traceparent")).isFalse();
		assertThat(this.spans.getFinishedSpanItems()).isEmpty();
	}

	private ReactiveEventGridTemplate template(WebClient webClient, DataSize maxRequestSize) {
		ReactiveEventGridTemplate template = new ReactiveEventGridTemplate(
				fixture.publisher(EmulatorFixture.CE).webClient(webClient).maxRequestSize(maxRequestSize).build());
		template.setObservationRegistry(this.registry);
		return template;
	}

	private WebClient instrumentedWebClient() {
		return WebClient.builder()
			.clientConnector(new ReactorClientHttpConnector(fixture.trustingClient()))
			.observationRegistry(this.registry)
			.build();
	}

	private SpanData single(String name) {
		List<SpanData> named = this.spans.getFinishedSpanItems()
			.stream()
			.filter((span) -> span.getName().equals(name))
			.toList();
		assertThat(named).as("spans named %s among %s", name, this.spans.getFinishedSpanItems()).hasSize(1);
		return named.get(0);
	}

	private static List<CloudEvent> events(int count) {
		return IntStream.range(0, count)
			.mapToObj((i) -> CloudEvent.builder().id("o" + i).source("/s").type("t").data(Map.of("n", i)).build())
			.toList();
	}

}
