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

package dev.eventgrid.spring.transport;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SequenceWriter;

/**
 * Writes the events of one send, in order, straight into request bodies of at most the
 * publisher's request size: each event is serialized once, into the body of the request
 * that carries it, and an event that does not fit moves to the next request. One writer
 * serves one send and is used by one thread at a time.
 *
 * @author Event Grid for Spring Boot team
 */
public final class RequestWriter {

	private final Checks checks;

	private final ObjectWriter writer;

	private final BodyBuffers buffers;

	private final long maxRequestSize;

	private final int expectedEvents;

	private final int maxEventsPerRequest;

	private final boolean singleEventAlone;

	private int requests;

	private int lastSize;

	private @Nullable OpenRequest open;

	/**
	 * Create a writer for one send.
	 * @param checks the checks of each written event
	 * @param writer the writer of the send's events, which must not flush after each
	 * value
	 * @param maxRequestSize the largest request body
	 * @param expectedEvents how many events the send has, or -1 if unknown
	 * @param buffers the pool of the request bodies' chunks
	 */
	public RequestWriter(Checks checks, ObjectWriter writer, long maxRequestSize, int expectedEvents,
			BodyBuffers buffers) {
		this(checks, writer, maxRequestSize, Integer.MAX_VALUE, expectedEvents, buffers);
	}

	/**
	 * Create a writer for one send to a destination that also limits the events of a
	 * request, such as a namespace topic (1,000).
	 * @param checks the checks of each written event
	 * @param writer the writer of the send's events, which must not flush after each
	 * value
	 * @param maxRequestSize the largest request body
	 * @param maxEventsPerRequest the most events in one request
	 * @param expectedEvents how many events the send has, or -1 if unknown
	 * @param buffers the pool of the request bodies' chunks
	 */
	public RequestWriter(Checks checks, ObjectWriter writer, long maxRequestSize, int maxEventsPerRequest,
			int expectedEvents, BodyBuffers buffers) {
		this(checks, writer, maxRequestSize, maxEventsPerRequest, expectedEvents, buffers, false);
	}

	/**
	 * Create a writer for one send to a destination that limits the events of a request
	 * and takes a request of one event as that event alone, without the array, such as a
	 * namespace topic (as the Azure SDKs publish one event there).
	 * @param checks the checks of each written event
	 * @param writer the writer of the send's events, which must not flush after each
	 * value
	 * @param maxRequestSize the largest request body
	 * @param maxEventsPerRequest the most events in one request
	 * @param expectedEvents how many events the send has, or -1 if unknown
	 * @param buffers the pool of the request bodies' chunks
	 * @param singleEventAlone whether a request of one event holds it without the array
	 */
	public RequestWriter(Checks checks, ObjectWriter writer, long maxRequestSize, int maxEventsPerRequest,
			int expectedEvents, BodyBuffers buffers, boolean singleEventAlone) {
		if (maxEventsPerRequest < 2) {
			throw new IllegalArgumentException(
					"A request must be allowed at least 2 events but was allowed " + maxEventsPerRequest);
		}
		this.checks = checks;
		this.writer = writer;
		this.buffers = buffers;
		this.maxRequestSize = maxRequestSize;
		this.maxEventsPerRequest = maxEventsPerRequest;
		this.expectedEvents = expectedEvents;
		this.singleEventAlone = singleEventAlone;
	}

	/**
	 * Write an event, already adapted to the publisher's schema.
	 * @param original the event as given, kept to report it if it is not accepted
	 * @param event the event to write
	 * @param index its position in the send
	 * @return the request the event did not fit in, or the request the event made reach
	 * the most events of a request, now complete, or {@code null}
	 */
	public @Nullable RequestBatch write(Object original, Object event, int index) {
		OpenRequest request = this.open;
		if (request == null) {
			request = new OpenRequest(index, this.lastSize);
			this.open = request;
		}
		int start = request.position();
		try {
			request.values.write(event);
		}
		catch (JacksonException ex) {
			throw this.checks.notWritable(ex, index);
		}
		int separator = request.events.isEmpty() ? 0 : 1;
		int length = request.position() - start - separator;
		this.checks.checkSize(length, index);
		if (this.checks.needsObject()) {
			this.checks.checkObject(request.firstByte(start + separator), original, index);
		}
		if (request.events.isEmpty() || request.position() + 1 <= this.maxRequestSize) {
			request.added(original, length);
			return (request.events.size() < this.maxEventsPerRequest) ? null : completeOpen(request);
		}
		byte[] json = request.removeFrom(start, separator);
		RequestBatch full = request.complete(++this.requests);
		this.lastSize = full.body().size();
		this.open = new OpenRequest(index, this.lastSize);
		this.open.writeRaw(json);
		this.open.added(original, length);
		return full;
	}

	private RequestBatch completeOpen(OpenRequest request) {
		RequestBatch full = request.complete(++this.requests);
		this.lastSize = full.body().size();
		this.open = null;
		return full;
	}

	/**
	 * Complete the last request.
	 * @return the request, or {@code null} if no event was written since the last one
	 */
	public @Nullable RequestBatch finish() {
		OpenRequest request = this.open;
		this.open = null;
		return (request != null && !request.events.isEmpty()) ? request.complete(++this.requests) : null;
	}

	/**
	 * Return the events written to the request that is not complete yet.
	 * @return the events, in order
	 */
	public List<Object> unsent() {
		OpenRequest request = this.open;
		return (request != null) ? Collections.unmodifiableList(request.events) : Collections.emptyList();
	}

	/**
	 * Return the position in the send of the first event of {@link #unsent()}.
	 * @return the index
	 */
	public int unsentFrom() {
		OpenRequest request = this.open;
		return (request != null) ? request.firstIndex : 0;
	}

	/**
	 * The checks a publisher applies to each event as it is written.
	 */
	public interface Checks {

		/**
		 * Return the exception that reports an event the writer could not serialize.
		 * @param ex the serializer's failure
		 * @param index the position of the event in the send
		 * @return the exception to throw
		 */
		RuntimeException notWritable(JacksonException ex, int index);

		/**
		 * Check the size of a serialized event.
		 * @param length its length in bytes
		 * @param index the position of the event in the send
		 */
		void checkSize(int length, int index);

		/**
		 * Return whether every event must serialize to a JSON object, which
		 * {@link #checkObject(byte, Object, int)} then checks.
		 * @return whether to check
		 */
		boolean needsObject();

		/**
		 * Check that a serialized event is a JSON object.
		 * @param first the first byte of its JSON
		 * @param input the event as given
		 * @param index the position of the event in the send
		 */
		void checkObject(byte first, Object input, int index);

	}

	/**
	 * A request being written: its body, the generator writing the JSON array into it,
	 * and its events so far.
	 */
	private final class OpenRequest {

		private final RequestBody body = new RequestBody(RequestWriter.this.buffers);

		private final JsonGenerator generator;

		private final SequenceWriter values;

		private final int firstIndex;

		private final List<Object> events = new ArrayList<>();

		OpenRequest(int firstIndex, int previousSize) {
			this.firstIndex = firstIndex;
			if (previousSize > 0) {
				this.body.expect(previousSize + previousSize / 8);
			}
			this.generator = RequestWriter.this.writer.createGenerator(this.body);
			this.generator.writeStartArray();
			// One serialization context and serializer lookup for all the events of the
			// request.
			this.values = RequestWriter.this.writer.writeValues(this.generator);
		}

		int position() {
			return this.body.size() + this.generator.streamWriteOutputBuffered();
		}

		byte firstByte(int position) {
			this.generator.flush();
			return this.body.byteAt(position);
		}

		void added(Object original, int length) {
			this.events.add(original);
			if (this.events.size() == 1 && RequestWriter.this.expectedEvents > 0) {
				long remaining = RequestWriter.this.expectedEvents - (long) this.firstIndex;
				long expected = Math.min(RequestWriter.this.maxRequestSize, remaining * (length + 1) + 1);
				// Room for the event that does not fit, which is written before it moves.
				this.body.expect((int) (expected + expected / 32 + length + 64));
			}
		}

		void writeRaw(byte[] json) {
			// once per request: the event that did not fit in the previous one
			this.generator.writeRawValue(new SerializedString(new String(json, StandardCharsets.UTF_8)));
		}

		byte[] removeFrom(int start, int separator) {
			this.generator.flush();
			byte[] json = this.body.copyFrom(start + separator);
			this.body.truncate(start);
			return json;
		}

		RequestBatch complete(int number) {
			this.generator.writeEndArray();
			this.generator.close();
			boolean single = RequestWriter.this.singleEventAlone && this.events.size() == 1;
			if (single) {
				// The event without the brackets around it: one copy of one event.
				byte[] array = this.body.copyFrom(0);
				this.body.truncate(0);
				this.body.write(array, 1, array.length - 2);
			}
			return new RequestBatch(number, this.firstIndex, Collections.unmodifiableList(this.events), this.body,
					single);
		}

	}

}
