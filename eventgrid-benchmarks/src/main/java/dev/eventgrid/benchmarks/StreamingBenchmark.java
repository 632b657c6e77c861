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

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import dev.eventgrid.spring.core.EventGridPublisher;
import dev.eventgrid.spring.core.ReactiveEventGridTemplate;
import dev.eventgrid.spring.core.SendResult;
import dev.eventgrid.spring.credential.EventGridCredential;
import dev.eventgrid.spring.event.EventSchema;
import reactor.core.publisher.Flux;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Streams a large number of events through one reactive send of our template to the
 * {@link HttpSink}, in a JVM with a small heap, and reports the peak heap it used: the
 * publisher must pack and send as the events arrive, never holding the stream.
 *
 * @author Event Grid for Spring Boot team
 */
public final class StreamingBenchmark {

	private StreamingBenchmark() {
	}

	/**
	 * Run the benchmark.
	 * @param args {@code output-file events data-size publisher-concurrency}
	 * @throws Exception if the send or writing the results fails
	 */
	public static void main(String[] args) throws Exception {
		Path output = Path.of(args[0]);
		int events = Integer.parseInt(args[1]);
		int dataSize = Integer.parseInt(args[2]);
		int concurrency = Integer.parseInt(args[3]);
		Result result = run(events, dataSize, concurrency);
		System.out.printf("  streamed %,d events in %,d requests, %.1f s, peak heap %.1f MB of %.0f MB%n",
				result.events(), result.requests(), result.nanos() / 1e9, result.peakHeapBytes() / 1e6,
				result.maxHeapBytes() / 1e6);
		Files.writeString(output, EndToEndBenchmark.JSON.writeValueAsString(result));
	}

	/**
	 * Stream events through one send and measure it.
	 * @param events how many events
	 * @param dataSize the size of each event's data
	 * @param concurrency the publisher's request concurrency
	 * @return the measurement
	 * @throws IOException never
	 */
	public static Result run(int events, int dataSize, int concurrency) throws IOException {
		BenchmarkEvents.Inputs inputs = BenchmarkEvents.inputs(100, dataSize);
		ConnectionProvider pool = ConnectionProvider.create("streaming", concurrency * 2);
		try (HttpSink sink = HttpSink.start(1)) {
			EventGridPublisher publisher = EventGridPublisher.builder(sink.endpoint())
				.credential(EventGridCredential.sasToken(BenchmarkClients.sasToken(sink.endpoint())))
				.schema(EventSchema.CLOUD_EVENT)
				.concurrency(concurrency)
				.webClient(WebClient.builder()
					.clientConnector(new ReactorClientHttpConnector(HttpClient.create(pool)))
					.build())
				.build();
			ReactiveEventGridTemplate template = new ReactiveEventGridTemplate(publisher);
			// Warm the path so that the peak is the stream's, not class loading's.
			template.send(BenchmarkEvents.cloudEvents(inputs)).block();
			System.gc();
			HeapSampler sampler = new HeapSampler();
			List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
			long gcCount = collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
			long gcMillis = collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
			long sinkBytes = sink.bytes();
			sampler.start();
			long start = System.nanoTime();
			SendResult result = template
				.send(Flux.range(0, events).map((index) -> BenchmarkEvents.cloudEvent(inputs, index % inputs.size())))
				.block(Duration.ofMinutes(5));
			long nanos = System.nanoTime() - start;
			sampler.stop();
			if (result == null || result.eventCount() != events) {
				throw new IllegalStateException("Streaming send did not deliver every event: " + result);
			}
			return new Result(events, dataSize, concurrency, result.requestCount(), sink.bytes() - sinkBytes, nanos,
					sampler.peak(), Runtime.getRuntime().maxMemory(),
					collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum() - gcCount,
					collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum() - gcMillis);
		}
		finally {
			pool.dispose();
		}
	}

	/**
	 * What the streaming send measured.
	 *
	 * @param events the events sent
	 * @param dataSize the size of each event's data
	 * @param concurrency the publisher's request concurrency
	 * @param requests the requests that carried them
	 * @param bytes the body bytes the sink received
	 * @param nanos the time the send took
	 * @param peakHeapBytes the most heap in use at any sample
	 * @param maxHeapBytes the heap limit of the JVM
	 * @param gcCount the collections during the send
	 * @param gcMillis the time spent in them
	 */
	public record Result(int events, int dataSize, int concurrency, int requests, long bytes, long nanos,
			long peakHeapBytes, long maxHeapBytes, long gcCount, long gcMillis) {

		/**
		 * Return the events sent per second.
		 * @return the rate
		 */
		public double eventsPerSecond() {
			return this.events * 1e9 / this.nanos;
		}

	}

	/**
	 * Samples heap use every millisecond and keeps the highest value, together with the
	 * peaks the heap pools recorded themselves.
	 */
	private static final class HeapSampler {

		private final AtomicLong peak = new AtomicLong();

		private final Thread thread = new Thread(this::sample, "heap-sampler");

		private volatile boolean running = true;

		void start() {
			ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
			this.thread.setDaemon(true);
			this.thread.start();
		}

		void stop() throws IOException {
			this.running = false;
			try {
				this.thread.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IOException(ex);
			}
		}

		long peak() {
			return this.peak.get();
		}

		private void sample() {
			while (this.running) {
				long used = 0;
				for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
					if (pool.getType() == MemoryType.HEAP) {
						used += pool.getUsage().getUsed();
					}
				}
				this.peak.accumulateAndGet(used, Math::max);
				try {
					Thread.sleep(1);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}

	}

}
