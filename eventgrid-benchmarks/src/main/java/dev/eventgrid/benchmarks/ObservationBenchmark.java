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

import java.util.concurrent.TimeUnit;

import dev.eventgrid.spring.core.ReactiveEventGridTemplate;
import dev.eventgrid.spring.core.SendResult;
import dev.eventgrid.spring.event.EventSchema;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import org.springframework.web.reactive.function.client.WebClient;

/**
 * JMH: one send of a batch of CloudEvents through our template over an in-memory
 * transport, with observation off and on ({@link ActuatorObservation}): the time and
 * allocation that observing a send adds. Each send builds its events anew.
 *
 * @author Event Grid for Spring Boot team
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ObservationBenchmark {

	private static final String ENDPOINT = "https://benchmark.westus2-1.eventgrid.azure.net/api/events";

	/**
	 * The schema of the events: CloudEvents, which carry the trace context.
	 */
	@Param({ "cloud-event" })
	public String schema = "cloud-event";

	/**
	 * The size of each event's data, in bytes.
	 */
	@Param({ "1024" })
	public int dataSize;

	/**
	 * The number of events per send.
	 */
	@Param({ "100", "1000" })
	public int batchSize;

	/**
	 * What observes the sends: {@code actuator}, what an application with Actuator and
	 * tracing has ({@link ActuatorObservation}); {@code no-op}, a registry whose only
	 * handler hands each send a fixed trace context, so that what is measured is the
	 * template's own instrumentation.
	 */
	@Param({ "actuator", "no-op" })
	public String registry = "actuator";

	/**
	 * The share of sends traced, with {@code actuator}.
	 */
	@Param({ "1.0", "0.1" })
	public double samplingProbability;

	private @Nullable ActuatorObservation observation;

	private @Nullable ReactiveEventGridTemplate off;

	private @Nullable ReactiveEventGridTemplate on;

	private BenchmarkEvents.Inputs inputs = BenchmarkEvents.inputs(0, 100);

	/**
	 * Build the events and both templates.
	 */
	@Setup
	public void setUp() {
		this.inputs = BenchmarkEvents.inputs(this.batchSize, this.dataSize);
		this.off = template();
		ReactiveEventGridTemplate on = template();
		if (this.registry.equals("no-op")) {
			on.setObservationRegistry(ActuatorObservation.noopHandlerRegistry());
		}
		else {
			this.observation = new ActuatorObservation(this.samplingProbability);
			on.setObservationRegistry(this.observation.registry());
		}
		this.on = on;
	}

	/**
	 * Close the tracer.
	 */
	@TearDown
	public void tearDown() {
		if (this.observation != null) {
			this.observation.close();
		}
	}

	/**
	 * Send the batch without observation.
	 * @return the result, consumed by JMH
	 */
	@Benchmark
	public @Nullable SendResult off() {
		return send(this.off);
	}

	/**
	 * Send the batch with observation.
	 * @return the result, consumed by JMH
	 */
	@Benchmark
	public @Nullable SendResult on() {
		return send(this.on);
	}

	private @Nullable SendResult send(@Nullable ReactiveEventGridTemplate template) {
		if (template == null) {
			throw new IllegalStateException("Not set up");
		}
		return template.send(BenchmarkEvents.cloudEvents(this.inputs)).block();
	}

	private static ReactiveEventGridTemplate template() {
		return BenchmarkClients.ours(ENDPOINT, EventSchema.CLOUD_EVENT,
				WebClient.builder().clientConnector(new InMemoryConnector()).build());
	}

}
