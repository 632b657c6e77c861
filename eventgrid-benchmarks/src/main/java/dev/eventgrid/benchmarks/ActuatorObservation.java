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

package dev.eventgrid.benchmarks;

import java.util.Collection;
import java.util.concurrent.atomic.AtomicLong;

import dev.eventgrid.spring.observation.EventGridSendMetricsHandler;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationHandler.FirstMatchingCompositeObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.SenderContext;
import io.micrometer.tracing.handler.DefaultTracingObservationHandler;
import io.micrometer.tracing.handler.PropagatingReceiverTracingObservationHandler;
import io.micrometer.tracing.handler.PropagatingSenderTracingObservationHandler;
import io.micrometer.tracing.handler.TracingAwareMeterObservationHandler;
import io.micrometer.tracing.otel.bridge.OtelCurrentTraceContext;
import io.micrometer.tracing.otel.bridge.OtelPropagator;
import io.micrometer.tracing.otel.bridge.OtelTracer;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.opentelemetry.sdk.trace.samplers.Sampler;

/**
 * The observation an application with Actuator and tracing gives the template, built by
 * hand the way Spring Boot builds it: an {@link ObservationRegistry} with the tracing
 * handlers of Micrometer Tracing's OpenTelemetry bridge over the OpenTelemetry SDK (every
 * send sampled, spans batched to an exporter that only counts them), the meter handler
 * over a {@link SimpleMeterRegistry}, and the starter's
 * {@link EventGridSendMetricsHandler}.
 *
 * @author Event Grid for Spring Boot team
 */
public final class ActuatorObservation implements AutoCloseable {

	private final SdkTracerProvider tracerProvider;

	private final CountingExporter exporter = new CountingExporter();

	private final SimpleMeterRegistry meterRegistry = new SimpleMeterRegistry();

	private final ObservationRegistry registry = ObservationRegistry.create();

	private final OpenTelemetrySdk openTelemetry;

	/**
	 * Create the registry and its tracer, sampling every send.
	 */
	public ActuatorObservation() {
		this(1.0);
	}

	/**
	 * Create the registry and its tracer.
	 * @param samplingProbability the share of sends traced: 1.0 for every one, 0.1 for
	 * Spring Boot's default ({@code management.tracing.sampling.probability})
	 */
	public ActuatorObservation(double samplingProbability) {
		this.tracerProvider = SdkTracerProvider.builder()
			.setSampler(Sampler.parentBased(Sampler.traceIdRatioBased(samplingProbability)))
			.addSpanProcessor(BatchSpanProcessor.builder(this.exporter).build())
			.build();
		ContextPropagators propagators = ContextPropagators.create(W3CTraceContextPropagator.getInstance());
		this.openTelemetry = OpenTelemetrySdk.builder()
			.setTracerProvider(this.tracerProvider)
			.setPropagators(propagators)
			.build();
		io.opentelemetry.api.trace.Tracer otelTracer = this.tracerProvider.get("eventgrid-benchmarks");
		OtelTracer tracer = new OtelTracer(otelTracer, new OtelCurrentTraceContext(), (event) -> {
		});
		OtelPropagator propagator = new OtelPropagator(propagators, otelTracer);
		this.registry.observationConfig()
			.observationHandler(new FirstMatchingCompositeObservationHandler(
					new PropagatingSenderTracingObservationHandler<>(tracer, propagator),
					new PropagatingReceiverTracingObservationHandler<>(tracer, propagator),
					new DefaultTracingObservationHandler(tracer)))
			.observationHandler(new TracingAwareMeterObservationHandler<>(
					new DefaultMeterObservationHandler(this.meterRegistry), tracer))
			.observationHandler(new EventGridSendMetricsHandler(this.meterRegistry));
	}

	/**
	 * Return the registry to give the template.
	 * @return the registry
	 */
	public ObservationRegistry registry() {
		return this.registry;
	}

	/**
	 * Return the OpenTelemetry SDK under the registry's tracer, for a client that traces
	 * with OpenTelemetry directly, such as the Azure SDK's.
	 * @return the OpenTelemetry SDK
	 */
	public OpenTelemetry openTelemetry() {
		return this.openTelemetry;
	}

	/**
	 * Return a registry whose only handler does nothing but give each send the trace
	 * context a tracer would (a fixed {@code traceparent}), so that what it costs is the
	 * template's own instrumentation: contexts, conventions and the {@code traceparent}
	 * of every CloudEvent.
	 * @return the registry
	 */
	public static ObservationRegistry noopHandlerRegistry() {
		ObservationRegistry registry = ObservationRegistry.create();
		registry.observationConfig().observationHandler(new FixedTraceContextHandler());
		return registry;
	}

	/**
	 * Return the spans exported so far.
	 * @return the span count
	 */
	public long exportedSpans() {
		return this.exporter.spans.get();
	}

	/**
	 * Return the events the starter's counter recorded.
	 * @return the count of {@code eventgrid.events.sent}
	 */
	public double countedEvents() {
		return this.meterRegistry.find("eventgrid.events.sent").counters().stream().mapToDouble((c) -> c.count()).sum();
	}

	@Override
	public void close() {
		this.tracerProvider.close();
		this.meterRegistry.close();
	}

	/**
	 * Does nothing but set a fixed trace context on the sends it sees.
	 */
	private static final class FixedTraceContextHandler implements ObservationHandler<Observation.Context> {

		private static final String TRACEPARENT = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";

		@Override
		@SuppressWarnings("unchecked")
		public void onStart(Observation.Context context) {
			if (context instanceof SenderContext<?> sender && sender.getCarrier() != null) {
				((SenderContext<Object>) sender).getSetter().set(sender.getCarrier(), "traceparent", TRACEPARENT);
			}
		}

		@Override
		public boolean supportsContext(Observation.Context context) {
			return true;
		}

	}

	/**
	 * Counts exported spans and drops them, as a network exporter would once sent.
	 */
	private static final class CountingExporter implements SpanExporter {

		private final AtomicLong spans = new AtomicLong();

		@Override
		public CompletableResultCode export(Collection<SpanData> spans) {
			this.spans.addAndGet(spans.size());
			return CompletableResultCode.ofSuccess();
		}

		@Override
		public CompletableResultCode flush() {
			return CompletableResultCode.ofSuccess();
		}

		@Override
		public CompletableResultCode shutdown() {
			return CompletableResultCode.ofSuccess();
		}

	}

}
