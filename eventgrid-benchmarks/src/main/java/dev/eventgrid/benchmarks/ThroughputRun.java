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

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Drives one {@link LoadClient} against the {@link HttpSink} for a fixed time: a fixed
 * number of workers, each sending its next request as soon as the previous one is
 * answered, so that every client runs at the same concurrency.
 *
 * @author Event Grid for Spring Boot team
 */
public final class ThroughputRun {

	private static final com.sun.management.OperatingSystemMXBean OS = (com.sun.management.OperatingSystemMXBean) ManagementFactory
		.getOperatingSystemMXBean();

	private final HttpSink sink;

	private final int concurrency;

	private final int eventsPerRequest;

	/**
	 * Create a run configuration.
	 * @param sink the sink the clients post to
	 * @param concurrency the number of requests in flight at any time
	 * @param eventsPerRequest the number of events each request carries
	 */
	public ThroughputRun(HttpSink sink, int concurrency, int eventsPerRequest) {
		this.sink = sink;
		this.concurrency = concurrency;
		this.eventsPerRequest = eventsPerRequest;
	}

	/**
	 * Run a client for a fixed time and measure it.
	 * @param client the client
	 * @param duration how long to keep sending
	 * @return the measurement
	 */
	public Result run(LoadClient client, Duration duration) {
		return run(client, duration, this.concurrency);
	}

	/**
	 * Run a client for a fixed time at a given concurrency and measure it.
	 * @param client the client
	 * @param duration how long to keep sending
	 * @param concurrency the number of requests in flight
	 * @return the measurement
	 */
	public Result run(LoadClient client, Duration duration, int concurrency) {
		Latencies latencies = new Latencies(1 << 21);
		long sinkBytes = this.sink.bytes();
		long sinkCpu = this.sink.cpuNanos();
		long processCpu = OS.getProcessCpuTime();
		long start = System.nanoTime();
		long deadline = start + duration.toNanos();
		Flux.range(0, concurrency).flatMap((worker) -> Mono.defer(() -> {
			long sent = System.nanoTime();
			return client.send().then(Mono.fromRunnable(() -> latencies.record(System.nanoTime() - sent)));
		}).repeat(() -> System.nanoTime() < deadline), concurrency).blockLast(duration.plusSeconds(60));
		long elapsed = System.nanoTime() - start;
		long sinkCpuUsed = this.sink.cpuNanos() - sinkCpu;
		long clientCpuUsed = OS.getProcessCpuTime() - processCpu - sinkCpuUsed;
		long requests = latencies.count();
		return new Result(client.name(), concurrency, elapsed, requests, requests * this.eventsPerRequest,
				this.sink.bytes() - sinkBytes, latencies.percentile(0.50), latencies.percentile(0.99),
				latencies.percentile(0.999), sinkCpuUsed, clientCpuUsed);
	}

	/**
	 * What one run measured.
	 *
	 * @param client the client's name
	 * @param concurrency the requests in flight
	 * @param nanos the elapsed time
	 * @param requests the requests answered
	 * @param events the events they carried
	 * @param bytes the body bytes the sink received
	 * @param p50Nanos the median request latency
	 * @param p99Nanos the 99th percentile request latency
	 * @param p999Nanos the 99.9th percentile request latency
	 * @param sinkCpuNanos the CPU time the sink used
	 * @param clientCpuNanos the CPU time the rest of the process used
	 */
	public record Result(String client, int concurrency, long nanos, long requests, long events, long bytes,
			long p50Nanos, long p99Nanos, long p999Nanos, long sinkCpuNanos, long clientCpuNanos) {

		/**
		 * Return the events sent per second.
		 * @return the rate
		 */
		public double eventsPerSecond() {
			return this.events * 1e9 / this.nanos;
		}

		/**
		 * Return the requests answered per second.
		 * @return the rate
		 */
		public double requestsPerSecond() {
			return this.requests * 1e9 / this.nanos;
		}

		/**
		 * Return the body megabytes (10^6 bytes) received per second.
		 * @return the rate
		 */
		public double megabytesPerSecond() {
			return this.bytes * 1e3 / this.nanos;
		}

		/**
		 * Return the share of one core the sink used.
		 * @return the share, 1.0 for a whole core
		 */
		public double sinkCpuShare() {
			return (double) this.sinkCpuNanos / this.nanos;
		}

		/**
		 * Return the client-side CPU time per event: everything but the sink.
		 * @return the CPU time in microseconds
		 */
		public double clientCpuMicrosPerEvent() {
			return (this.events > 0) ? this.clientCpuNanos / 1e3 / this.events : Double.NaN;
		}

		/**
		 * Return the body bytes per request.
		 * @return the average request size
		 */
		public long bytesPerRequest() {
			return (this.requests > 0) ? this.bytes / this.requests : 0;
		}

	}

	/**
	 * Request latencies, recorded without locks into a fixed array.
	 */
	private static final class Latencies {

		private final long[] values;

		private final AtomicInteger next = new AtomicInteger();

		Latencies(int capacity) {
			this.values = new long[capacity];
		}

		void record(long nanos) {
			int index = this.next.getAndIncrement();
			if (index < this.values.length) {
				this.values[index] = nanos;
			}
		}

		long count() {
			return this.next.get();
		}

		long percentile(double quantile) {
			int count = Math.min(this.next.get(), this.values.length);
			if (count == 0) {
				return 0;
			}
			long[] sorted = Arrays.copyOf(this.values, count);
			Arrays.sort(sorted);
			return sorted[Math.min(count - 1, (int) Math.ceil(quantile * count) - 1)];
		}

	}

}
