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

package dev.eventgrid.samples.tracing;

import java.net.URI;
import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.delivery.EmulatedSubscription;
import dev.eventgrid.emulator.delivery.EventSubscription;
import dev.eventgrid.emulator.delivery.SubscriptionState;
import dev.eventgrid.samples.Sample;
import dev.eventgrid.samples.SampleOutput;
import dev.eventgrid.samples.SampleSkippedException;
import dev.eventgrid.samples.emulator.EmulatorConfiguration;
import dev.eventgrid.samples.tracing.PickingListener.Picked;
import dev.eventgrid.samples.webhook.WebhookAddress;
import dev.eventgrid.spring.core.EventGridOperations;
import dev.eventgrid.spring.core.SendResult;
import dev.eventgrid.spring.event.CloudEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Follows one CloudEvent from the application that publishes it to the listener that
 * receives it, in a single trace. Each send of the template is an observation, so a span
 * ({@code publish <topic>}) and the {@code eventgrid.template} timer; the CloudEvents of
 * a send carry its trace context as the {@code traceparent} extension attribute, through
 * Event Grid, to the webhook, whose listener call is a consumer span
 * ({@code process <listener>}) of the same trace. With Spring Boot Actuator and
 * {@code spring-boot-micrometer-tracing-opentelemetry}, that takes only
 * {@code management.tracing.sampling.probability}. Mirrors the distributed tracing
 * example of the Python library's README, which prints OpenTelemetry spans with a console
 * exporter.
 * <p>
 * Against Azure, the round trip needs a webhook subscription, as in the webhook sample;
 * the sample is skipped; every send is still traced. While the sample runs, each span is
 * written to the log as it ends ({@link FinishedSpans}).
 *
 * @author Event Grid for Spring Boot team
 */
@Component
@Order(210)
class PublishWithTracingSample implements Sample {

	static final String SUBSCRIPTION = "samples-tracing";

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final EventGridOperations eventGrid;

	private final ObservationRegistry observations;

	private final PickingListener listener;

	private final FinishedSpans spans;

	private final MeterRegistry meters;

	private final WebhookAddress webhook;

	private final ObjectProvider<EventGridEmulator> emulator;

	private final SampleOutput output;

	PublishWithTracingSample(EventGridOperations eventGrid, ObservationRegistry observations, PickingListener listener,
			FinishedSpans spans, MeterRegistry meters, WebhookAddress webhook,
			ObjectProvider<EventGridEmulator> emulator, SampleOutput output) {
		this.eventGrid = eventGrid;
		this.observations = observations;
		this.listener = listener;
		this.spans = spans;
		this.meters = meters;
		this.webhook = webhook;
		this.emulator = emulator;
		this.output = output;
	}

	@Override
	public String name() {
		return "tracing";
	}

	@Override
	public String description() {
		return "Follow a CloudEvent from the template to a listener in one trace, and read the metrics";
	}

	@Override
	public void run() {
		this.spans.setWriting(true);
		try {
			publishAndReceive();
		}
		finally {
			this.spans.setWriting(false);
		}
	}

	private void publishAndReceive() {
		EventGridEmulator emulator = this.emulator.getIfAvailable();
		if (emulator == null) {
			throw new SampleSkippedException("the round trip needs a webhook subscription Event Grid can reach, as "
					+ "in the webhook sample; every send is traced all the same");
		}
		subscribe(emulator, this.webhook.uri());
		this.listener.clear();

		CloudEvent event = CloudEvent.builder()
			.source("/contoso/warehouse")
			.type(ItemPicked.TYPE)
			.subject("orders/A-1001")
			.data(new ItemPicked("A-1001", "SKU-1004", 1))
			.build();
		// The application's own span, the parent of the send's: like the Python example's
		// tracer.start_as_current_span(...)
		SendResult result = Observation.createNotStarted("warehouse.pick", this.observations)
			.contextualName("pick A-1001")
			.observe(() -> this.eventGrid.send(event));
		this.output.sent(result, event);

		Picked picked = this.listener.next(TIMEOUT);
		if (picked == null) {
			throw new IllegalStateException("Nothing reached the listener within " + TIMEOUT.toSeconds() + "s");
		}
		String[] traceparent = picked.traceparent().split("-");
		if (traceparent.length != 4) {
			throw new IllegalStateException("The CloudEvent carried no traceparent; is tracing on?");
		}
		String traceId = traceparent[1];
		SpanData application = span(traceId, (span) -> span.getName().equals("pick A-1001"), "application");
		SpanData producer = span(traceId, (span) -> span.getKind() == SpanKind.PRODUCER, "producer");
		SpanData consumer = span(traceId, (span) -> span.getKind() == SpanKind.CONSUMER, "consumer");
		this.output.line("application span " + describe(application));
		this.output.line("producer span    " + describe(producer));
		this.output.line("the CloudEvent carried traceparent " + picked.traceparent());
		this.output.line("consumer span    " + describe(consumer));
		this.output.line("the listener ran in span " + picked.spanId() + " of trace " + picked.traceId());
		boolean oneTrace = traceId.equals(producer.getTraceId()) && traceId.equals(picked.traceId())
				&& consumer.getParentSpanId().equals(producer.getSpanId());
		this.output.line((oneTrace ? "one trace" : "NOT one trace") + " from the template to the listener: " + traceId);
		printMetrics();
	}

	private void subscribe(EventGridEmulator emulator, URI endpoint) {
		String topic = EmulatorConfiguration.topic("default");
		EmulatedSubscription subscription = emulator.subscribe(topic,
				EventSubscription.webhook(SUBSCRIPTION, endpoint).includedEventTypes(ItemPicked.TYPE));
		if (subscription.state() != SubscriptionState.SUCCEEDED) {
			throw new IllegalStateException("Subscription " + SUBSCRIPTION + " is " + subscription.state().serviceName()
					+ ": " + subscription.failureReason());
		}
		this.output.line("subscribed " + SUBSCRIPTION + " on " + topic + " to " + endpoint);
	}

	private SpanData span(String traceId, Predicate<SpanData> predicate, String kind) {
		SpanData span = this.spans
			.await((candidate) -> candidate.getTraceId().equals(traceId) && predicate.test(candidate), TIMEOUT);
		if (span == null) {
			throw new IllegalStateException("No " + kind + " span of trace " + traceId + " finished; is tracing on?");
		}
		return span;
	}

	private void printMetrics() {
		Collection<Timer> timers = this.meters.find("eventgrid.template").timers();
		long sends = timers.stream().mapToLong(Timer::count).sum();
		double total = timers.stream().mapToDouble((timer) -> timer.totalTime(TimeUnit.MILLISECONDS)).sum();
		double max = timers.stream().mapToDouble((timer) -> timer.max(TimeUnit.MILLISECONDS)).max().orElse(0);
		double events = this.meters.find("eventgrid.events.sent").counters().stream().mapToDouble(Counter::count).sum();
		URI actuator = this.webhook.uri("/actuator/metrics/eventgrid.template");
		this.output.line("metrics of the auto-configured template since startup (also at " + actuator + "):");
		this.output.line("  eventgrid.template (timer): " + SampleOutput.count(sends, "send") + ", " + Math.round(total)
				+ " ms in all, the longest " + Math.round(max) + " ms");
		this.output.line("  eventgrid.events.sent (counter): " + SampleOutput.count(Math.round(events), "event"));
	}

	private static String describe(SpanData span) {
		return "'" + span.getName() + "' " + span.getKind() + ": trace " + span.getTraceId() + ", span "
				+ span.getSpanId() + parent(span.getParentSpanId());
	}

	private static String parent(@Nullable String parentSpanId) {
		return (parentSpanId == null || parentSpanId.equals("0000000000000000")) ? "" : ", parent " + parentSpanId;
	}

}
