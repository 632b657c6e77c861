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

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import dev.eventgrid.spring.EventGridPartialSendException;
import dev.eventgrid.spring.EventGridShutdownException;
import dev.eventgrid.spring.transport.RequestBatch;
import dev.eventgrid.spring.transport.RequestWriter;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Keeps the account of one send: which requests are waiting, which Event Grid accepted,
 * and what stopped the send, so that a failure can say exactly which events were not
 * accepted. Accepted events are kept only as a bit per position, so that a long stream
 * does not hold them in memory. A send stopped by a publisher that shuts down reports the
 * events it took and did not get accepted, and how many it took.
 *
 * @author Event Grid for Spring Boot team
 */
final class SendTracker {

	private final String publisher;

	private final @Nullable RequestWriter writer;

	private final Map<Integer, RequestBatch> pending = new LinkedHashMap<>();

	private final BitSet accepted = new BitSet();

	private int acceptedCount;

	private int requests;

	private int attempts;

	private long bytes;

	private @Nullable Throwable failure;

	private int preparedEvents;

	private int taken;

	private boolean finished;

	private boolean stopped;

	private boolean settled;

	/**
	 * Create a tracker.
	 * @param publisher the publisher's name
	 * @param writer the writer of a streamed send, whose request being written holds
	 * events not sent yet, or {@code null}
	 */
	SendTracker(String publisher, @Nullable RequestWriter writer) {
		this.publisher = publisher;
		this.writer = writer;
	}

	synchronized void prepared(RequestBatch batch) {
		this.pending.put(batch.number(), batch);
		this.preparedEvents += batch.events().size();
	}

	/**
	 * Write to the request writer of a streamed send, and count what it prepared, under
	 * the tracker's lock: the outcome cannot then miss an event being written, and once
	 * the outcome is known, no further event is taken.
	 * @param write writes one event, or completes the last request
	 * @param last whether {@code write} completes the last request
	 * @return the request that {@code write} completed, or {@code null}
	 */
	synchronized @Nullable RequestBatch write(Supplier<@Nullable RequestBatch> write, boolean last) {
		if (this.settled) {
			return null;
		}
		RequestBatch full = write.get();
		if (last) {
			this.finished = true;
		}
		else {
			this.taken++;
		}
		if (full != null) {
			this.pending.put(full.number(), full);
		}
		return full;
	}

	/**
	 * Note that the publisher is shutting down: the send starts no new request.
	 */
	synchronized void stop() {
		this.stopped = true;
	}

	synchronized void accepted(RequestBatch batch, int attempts) {
		this.pending.remove(batch.number());
		this.accepted.set(batch.firstIndex(), batch.firstIndex() + batch.events().size());
		this.acceptedCount += batch.events().size();
		this.requests++;
		this.attempts += attempts;
		this.bytes += batch.body().size();
	}

	synchronized void failed(Throwable failure) {
		if (this.failure == null) {
			this.failure = failure;
		}
		else if (this.failure != failure) {
			this.failure.addSuppressed(failure);
		}
	}

	synchronized boolean hasFailed() {
		return this.failure != null || this.stopped;
	}

	synchronized Mono<SendResult> outcome() {
		this.settled = true;
		if (this.stopped && wasCut()) {
			EventGridShutdownException shutdown = shutdown();
			if (this.failure == null) {
				this.failure = shutdown;
			}
			else {
				this.failure.addSuppressed(shutdown);
			}
		}
		if (this.failure == null) {
			return Mono
				.just(new SendResult(this.publisher, this.acceptedCount, this.requests, this.bytes, this.attempts));
		}
		if (this.acceptedCount == 0) {
			return Mono.error(this.failure);
		}
		List<Integer> acceptedIndexes = new ArrayList<>(this.acceptedCount);
		this.accepted.stream().forEach(acceptedIndexes::add);
		List<Integer> failedIndexes = new ArrayList<>();
		List<Object> failedEvents = new ArrayList<>();
		for (RequestBatch batch : this.pending.values()) {
			addFailed(batch.firstIndex(), batch.events(), failedIndexes, failedEvents);
		}
		if (this.writer != null) {
			addFailed(this.writer.unsentFrom(), this.writer.unsent(), failedIndexes, failedEvents);
		}
		return Mono.error(new EventGridPartialSendException("Publisher '" + this.publisher + "' sent only part of the "
				+ "events: " + this.acceptedCount + " accepted in " + this.requests + " request(s), "
				+ failedIndexes.size() + " not known to be accepted (first at index "
				+ (failedIndexes.isEmpty() ? "none" : failedIndexes.get(0)) + "); getFailedEvents() returns them to "
				+ "send again, which may duplicate any whose answer was lost. Cause: " + this.failure.getMessage(),
				this.failure, acceptedIndexes, failedIndexes, failedEvents));
	}

	/**
	 * Return whether stopping the send left events unsent: requests not accepted, or, for
	 * a stream, events not taken or not written in a request yet.
	 * @return whether the send was cut short
	 */
	private boolean wasCut() {
		return !this.pending.isEmpty() || (this.writer != null && (!this.finished || !this.writer.unsent().isEmpty()));
	}

	private EventGridShutdownException shutdown() {
		int takenCount = (this.writer != null) ? this.taken : this.preparedEvents;
		return new EventGridShutdownException("Publisher '" + this.publisher + "' is shutting down and stopped the "
				+ "send after taking " + takenCount + " event(s)" + ((this.writer != null) ? " from the stream" : "")
				+ ": it started no request after shutdown began and cancelled those still in flight at the "
				+ "deadline (spring.lifecycle.timeout-per-shutdown-phase); send the events not accepted again once "
				+ "the application runs", takenCount);
	}

	private static void addFailed(int firstIndex, List<Object> events, List<Integer> failedIndexes,
			List<Object> failedEvents) {
		for (int i = 0; i < events.size(); i++) {
			failedIndexes.add(firstIndex + i);
			failedEvents.add(events.get(i));
		}
	}

}
