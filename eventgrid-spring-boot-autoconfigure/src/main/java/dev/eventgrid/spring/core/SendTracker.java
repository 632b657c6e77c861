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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.eventgrid.spring.EventGridPartialSendException;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Keeps the account of one send: which events are waiting, which Event Grid accepted, and
 * what stopped the send, so that a failure can say exactly which events were not
 * accepted. Accepted events are kept only as a bit per position, so that a long stream
 * does not hold them in memory.
 *
 * @author Event Grid for Spring Boot team
 */
final class SendTracker {

	private final String publisher;

	private final Map<Integer, Object> pending = new TreeMap<>();

	private final BitSet accepted = new BitSet();

	private int acceptedCount;

	private int requests;

	private int attempts;

	private long bytes;

	private @Nullable Throwable failure;

	SendTracker(String publisher) {
		this.publisher = publisher;
	}

	synchronized void prepared(PreparedEvent event) {
		this.pending.put(event.index(), event.original());
	}

	synchronized void accepted(RequestBatch batch, int attempts) {
		for (PreparedEvent event : batch.events()) {
			this.pending.remove(event.index());
			this.accepted.set(event.index());
		}
		this.acceptedCount += batch.events().size();
		this.requests++;
		this.attempts += attempts;
		this.bytes += batch.body().length;
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
		return this.failure != null;
	}

	synchronized Mono<SendResult> outcome() {
		if (this.failure == null) {
			return Mono
				.just(new SendResult(this.publisher, this.acceptedCount, this.requests, this.bytes, this.attempts));
		}
		if (this.acceptedCount == 0) {
			return Mono.error(this.failure);
		}
		List<Integer> acceptedIndexes = new ArrayList<>(this.acceptedCount);
		this.accepted.stream().forEach(acceptedIndexes::add);
		List<Integer> failedIndexes = new ArrayList<>(this.pending.keySet());
		List<Object> failedEvents = new ArrayList<>(this.pending.values());
		return Mono.error(new EventGridPartialSendException("Publisher '" + this.publisher + "' sent only part of the "
				+ "events: " + this.acceptedCount + " accepted in " + this.requests + " request(s), "
				+ failedIndexes.size() + " not accepted (first at index "
				+ (failedIndexes.isEmpty() ? "none" : failedIndexes.get(0)) + "); getFailedEvents() returns them, "
				+ "safe to send again. Cause: " + this.failure.getMessage(), this.failure, acceptedIndexes,
				failedIndexes, failedEvents));
	}

}
