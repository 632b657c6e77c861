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
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.azure.core.util.serializer.JacksonAdapter;
import com.azure.core.util.serializer.SerializerAdapter;
import com.azure.core.util.serializer.SerializerEncoding;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.json.JsonMapper;

/**
 * JMH: building one event and serializing it to its JSON bytes, with the serializer each
 * library uses on its publish path: the application's {@link JsonMapper} with our event
 * serializers, and the SDK's default {@link SerializerAdapter}, which its generated
 * client calls. The event is built anew each time from the same inputs, so that each
 * library encodes its data every time.
 *
 * @author Event Grid for Spring Boot team
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class EventSerializationBenchmark {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final SerializerAdapter SDK_SERIALIZER = JacksonAdapter.createDefaultSerializerAdapter();

	/**
	 * The schema of the event.
	 */
	@Param({ "cloud-event", "event-grid-event" })
	public String schema = "cloud-event";

	/**
	 * The size of the event's data, in bytes.
	 */
	@Param({ "100", "1024", "65536" })
	public int dataSize;

	private Supplier<Object> ourEvent = Object::new;

	private Supplier<Object> sdkEvent = Object::new;

	/**
	 * Build the event in both models.
	 */
	@Setup
	public void setUp() {
		BenchmarkEvents.Inputs inputs = BenchmarkEvents.inputs(1, this.dataSize);
		if ("cloud-event".equals(this.schema)) {
			this.ourEvent = () -> BenchmarkEvents.cloudEvents(inputs).get(0);
			this.sdkEvent = () -> BenchmarkEvents.azureCloudEvents(inputs).get(0);
		}
		else {
			this.ourEvent = () -> BenchmarkEvents.eventGridEvents(inputs).get(0);
			this.sdkEvent = () -> BenchmarkEvents.azureEventGridEvents(inputs).get(0);
		}
	}

	/**
	 * Serialize our event as the publisher does.
	 * @return the JSON bytes
	 */
	@Benchmark
	public byte[] ours() {
		return MAPPER.writeValueAsBytes(this.ourEvent.get());
	}

	/**
	 * Serialize the SDK's event as its client does.
	 * @return the JSON bytes
	 * @throws IOException never, for these events
	 */
	@Benchmark
	public byte[] azureSdk() throws IOException {
		return SDK_SERIALIZER.serializeToBytes(this.sdkEvent.get(), SerializerEncoding.JSON);
	}

	/**
	 * Return the number of bytes one serialization writes, for the report.
	 * @param schema the schema id
	 * @param dataSize the size of the data
	 * @param sdk whether to ask about the SDK's serializer rather than ours
	 * @return the byte count
	 * @throws IOException never, for these events
	 */
	public static int bytesWritten(String schema, int dataSize, boolean sdk) throws IOException {
		EventSerializationBenchmark benchmark = new EventSerializationBenchmark();
		benchmark.schema = schema;
		benchmark.dataSize = dataSize;
		benchmark.setUp();
		return sdk ? benchmark.azureSdk().length : benchmark.ours().length;
	}

}
