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

import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH: the time and allocation of one send, serialization and batching included, for our
 * template and for the Azure SDK's client, each over an in-memory transport. Run with
 * {@code -prof gc} to see bytes allocated per send.
 *
 * @author Event Grid for Spring Boot team
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PublishPathBenchmark {

	/**
	 * The schema of the events.
	 */
	@Param({ "cloud-event", "event-grid-event" })
	public String schema = "cloud-event";

	/**
	 * The size of each event's data, in bytes.
	 */
	@Param({ "100", "1024", "65536" })
	public int dataSize;

	/**
	 * The number of events per send.
	 */
	@Param({ "1", "10", "100", "1000" })
	public int batchSize;

	private @Nullable PublishPath path;

	/**
	 * Build the events and both clients.
	 */
	@Setup
	public void setUp() {
		this.path = PublishPath.of(this.schema, this.dataSize, this.batchSize);
	}

	/**
	 * Send the batch through our template.
	 * @return the result, consumed by JMH
	 */
	@Benchmark
	public Object ours() {
		return path().sendOurs();
	}

	/**
	 * Send the batch through the Azure SDK's client.
	 * @return nothing useful, consumed by JMH
	 */
	@Benchmark
	public @Nullable Object azureSdk() {
		return path().sendAzureSdk();
	}

	private PublishPath path() {
		PublishPath path = this.path;
		if (path == null) {
			throw new IllegalStateException("Not set up");
		}
		return path;
	}

}
