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

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the JMH benchmarks of the suite with the GC profiler and turns their results into
 * rows for the report: time and bytes allocated per operation, and the bytes each
 * operation writes, measured once outside JMH with the same fixtures.
 *
 * @author Event Grid for Spring Boot team
 */
public final class JmhSuite {

	private final int warmupIterations;

	private final int iterations;

	private final TimeValue warmupTime;

	private final TimeValue iterationTime;

	/**
	 * Create a suite.
	 * @param warmupIterations the warm-up iterations of each run
	 * @param iterations the measurement iterations of each run
	 * @param warmupTime the length of each warm-up iteration
	 * @param iterationTime the length of each measurement iteration
	 */
	public JmhSuite(int warmupIterations, int iterations, TimeValue warmupTime, TimeValue iterationTime) {
		this.warmupIterations = warmupIterations;
		this.iterations = iterations;
		this.warmupTime = warmupTime;
		this.iterationTime = iterationTime;
	}

	/**
	 * Measure serializing one event, for both schemas and every data size.
	 * @param dataSizes the data sizes
	 * @return one row per benchmark method and parameter set
	 * @throws RunnerException if JMH fails
	 */
	public List<Row> eventSerialization(String... dataSizes) throws RunnerException {
		return run(options(EventSerializationBenchmark.class).param("dataSize", dataSizes),
				(row) -> row.withBytesWritten(
						EventSerializationBenchmark.bytesWritten(row.schema(), row.dataSize(), row.isAzureSdk())));
	}

	/**
	 * Measure one send over an in-memory transport.
	 * @param schema the schema id
	 * @param dataSizes the data sizes
	 * @param batchSizes the events per send
	 * @return one row per benchmark method and parameter set
	 * @throws RunnerException if JMH fails
	 */
	public List<Row> publishPath(String schema, String[] dataSizes, String[] batchSizes) throws RunnerException {
		return run(options(PublishPathBenchmark.class).param("schema", schema)
			.param("dataSize", dataSizes)
			.param("batchSize", batchSizes), JmhSuite::publishPathBytes);
	}

	/**
	 * Measure one in-memory send with observation off and on, every send traced. The
	 * rows' methods carry the registry: {@code off@no-op}, {@code on@no-op}.
	 * @param registry what observes the sends: {@code actuator} or {@code no-op} (see
	 * {@link ObservationBenchmark#registry})
	 * @param batchSizes the events per send
	 * @return one row per benchmark method and batch size
	 * @throws RunnerException if JMH fails
	 */
	public List<Row> observation(String registry, String... batchSizes) throws RunnerException {
		// The difference sought is a few percent of a send: more and longer iterations
		// than the other benchmarks, or one GC pause decides it.
		return run(
				options(ObservationBenchmark.class).param("batchSize", batchSizes)
					.param("samplingProbability", "1.0")
					.param("registry", registry)
					.measurementIterations(this.iterations * 2 + 2)
					.measurementTime(TimeValue.milliseconds(this.iterationTime.convertTo(TimeUnit.MILLISECONDS) * 2)),
				(row) -> row);
	}

	private static Row publishPathBytes(Row row) {
		PublishPath path = PublishPath.of(row.schema(), row.dataSize(), row.batchSize());
		double building = path.buildAllocation(row.isAzureSdk());
		if (row.isAzureSdk()) {
			path.sendAzureSdk();
			return row.withBytesWritten(path.azureSdkBytes()).withBuildAllocatedBytes(building);
		}
		path.sendOurs();
		return row.withBytesWritten(path.ourBytes()).withBuildAllocatedBytes(building);
	}

	private ChainedOptionsBuilder options(Class<?> benchmark) {
		return new OptionsBuilder().include(benchmark.getName() + "\\.")
			.forks(1)
			.warmupIterations(this.warmupIterations)
			.warmupTime(this.warmupTime)
			.measurementIterations(this.iterations)
			.measurementTime(this.iterationTime)
			.jvmArgs("-Xms2g", "-Xmx4g")
			.addProfiler(GCProfiler.class)
			.shouldFailOnError(true);
	}

	private List<Row> run(ChainedOptionsBuilder options, BytesWritten bytesWritten) throws RunnerException {
		Collection<RunResult> results = new Runner(options.build()).run();
		List<Row> rows = new ArrayList<>();
		for (RunResult result : results) {
			Row row = Row.of(result);
			try {
				rows.add(bytesWritten.of(row));
			}
			catch (Exception ex) {
				throw new RunnerException("Cannot measure the bytes written by " + row, ex);
			}
		}
		return rows;
	}

	/**
	 * Completes a row with what is measured outside JMH: the bytes one operation of a
	 * benchmark writes, and what building its events allocates.
	 */
	@FunctionalInterface
	private interface BytesWritten {

		Row of(Row row) throws Exception;

	}

	/**
	 * One JMH result.
	 *
	 * @param benchmark the benchmark class's simple name
	 * @param method the benchmark method, {@code ours} or {@code azureSdk}
	 * @param schema the schema id
	 * @param dataSize the size of each event's data
	 * @param batchSize the events per operation
	 * @param score the mean time per operation
	 * @param error the half-width of its 99.9% confidence interval
	 * @param unit the unit of the score
	 * @param allocatedBytes the bytes allocated per operation
	 * @param bytesWritten the bytes one operation writes
	 * @param buildAllocatedBytes the bytes building the events of one operation
	 * allocates, included in {@code allocatedBytes}
	 */
	public record Row(String benchmark, String method, String schema, int dataSize, int batchSize, double score,
			double error, String unit, double allocatedBytes, long bytesWritten, double buildAllocatedBytes) {

		/**
		 * Return whether this row measures the Azure SDK rather than ours.
		 * @return whether the method is the SDK's
		 */
		public boolean isAzureSdk() {
			return "azureSdk".equals(this.method);
		}

		/**
		 * Return the bytes allocated per byte written.
		 * @return the ratio
		 */
		public double allocationRatio() {
			return this.allocatedBytes / this.bytesWritten;
		}

		/**
		 * Return the bytes allocated per byte written by serialization, batching and
		 * sending: the send's allocation less what building its events allocated.
		 * @return the ratio
		 */
		public double sendAllocationRatio() {
			return (this.allocatedBytes - this.buildAllocatedBytes) / this.bytesWritten;
		}

		Row withBytesWritten(long bytes) {
			return new Row(this.benchmark, this.method, this.schema, this.dataSize, this.batchSize, this.score,
					this.error, this.unit, this.allocatedBytes, bytes, this.buildAllocatedBytes);
		}

		Row withBuildAllocatedBytes(double bytes) {
			return new Row(this.benchmark, this.method, this.schema, this.dataSize, this.batchSize, this.score,
					this.error, this.unit, this.allocatedBytes, this.bytesWritten, bytes);
		}

		static Row of(RunResult result) {
			String name = result.getParams().getBenchmark();
			String registry = result.getParams().getParam("registry");
			String method = name.substring(name.lastIndexOf('.') + 1) + ((registry != null) ? "@" + registry : "");
			String type = name.substring(0, name.lastIndexOf('.'));
			String batch = result.getParams().getParam("batchSize");
			Result<?> allocation = result.getSecondaryResults().get("gc.alloc.rate.norm");
			return new Row(type.substring(type.lastIndexOf('.') + 1), method, result.getParams().getParam("schema"),
					Integer.parseInt(result.getParams().getParam("dataSize")),
					(batch != null) ? Integer.parseInt(batch) : 1, result.getPrimaryResult().getScore(),
					result.getPrimaryResult().getScoreError(), result.getPrimaryResult().getScoreUnit(),
					(allocation != null) ? allocation.getScore() : Double.NaN, 0, 0);
		}

	}

}
