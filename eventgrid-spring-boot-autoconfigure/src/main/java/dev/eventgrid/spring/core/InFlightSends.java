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

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.eventgrid.spring.EventGridShutdownException;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * The sends of one publisher that have not ended, so that a publisher that stops can
 * refuse new sends, tell the running ones to start no new request, wait for their
 * requests in flight and, at the deadline, cancel what is left.
 *
 * @author Event Grid for Spring Boot team
 */
final class InFlightSends {

	private final String publisher;

	private final Set<InFlightSend> sends = new HashSet<>();

	// Set while the publisher is stopping, created then rather than with the publisher:
	// Reactor's sinks are loaded on first use, and publishers are built while the
	// application starts.
	private Sinks.@Nullable Empty<Void> drained;

	InFlightSends(String publisher) {
		this.publisher = publisher;
	}

	/**
	 * Count a send that begins.
	 * @return the send, to {@link #unregister} when it ends
	 * @throws EventGridShutdownException if the publisher is stopping
	 */
	synchronized InFlightSend register() {
		if (this.drained != null) {
			throw new EventGridShutdownException("Publisher '" + this.publisher + "' is shutting down and takes no "
					+ "new send: the application context is closing (or stopped). Send before it closes, or from a "
					+ "component that stops before the publishers (SmartLifecycle phase above "
					+ "EventGridPublisher.SHUTDOWN_PHASE)", 0);
		}
		InFlightSend send = new InFlightSend();
		this.sends.add(send);
		return send;
	}

	synchronized void unregister(InFlightSend send) {
		Sinks.Empty<Void> drained = this.drained;
		if (this.sends.remove(send) && drained != null && this.sends.isEmpty()) {
			drained.tryEmitEmpty();
		}
	}

	/**
	 * Refuse new sends, tell the running ones to start no new request, and complete once
	 * they have all ended; those still running at the deadline are cancelled then.
	 * @param timeout how long the requests in flight may take to end
	 * @return completes when no send is running
	 */
	Mono<Void> stop(Duration timeout) {
		List<InFlightSend> running;
		Mono<Void> drained;
		synchronized (this) {
			Sinks.Empty<Void> sink = this.drained;
			if (sink == null) {
				sink = Sinks.empty();
				this.drained = sink;
				if (this.sends.isEmpty()) {
					sink.tryEmitEmpty();
				}
			}
			running = List.copyOf(this.sends);
			drained = sink.asMono();
		}
		running.forEach(InFlightSend::stop);
		return drained.timeout(timeout, Mono.defer(() -> {
			abortAll();
			return drained;
		}));
	}

	synchronized void start() {
		this.drained = null;
	}

	private void abortAll() {
		List<InFlightSend> running;
		synchronized (this) {
			running = List.copyOf(this.sends);
		}
		running.forEach(InFlightSend::abort);
	}

	/**
	 * One running send: the signals that stop it from starting requests and that cancel
	 * its requests in flight.
	 */
	static final class InFlightSend {

		private final Sinks.One<Boolean> stopped = Sinks.one();

		private final Sinks.One<Boolean> aborted = Sinks.one();

		private @Nullable SendTracker tracker;

		private boolean stopping;

		/**
		 * Let the tracker of the send know when the send is stopped.
		 * @param tracker the tracker
		 */
		synchronized void track(SendTracker tracker) {
			this.tracker = tracker;
			if (this.stopping) {
				tracker.stop();
			}
		}

		/**
		 * Return what emits when the send is to start no new request.
		 * @return the signal
		 */
		Mono<Boolean> stopped() {
			return this.stopped.asMono();
		}

		/**
		 * Return what emits when the send's requests in flight are to be cancelled.
		 * @return the signal
		 */
		Mono<Boolean> aborted() {
			return this.aborted.asMono();
		}

		void stop() {
			markStopping();
			this.stopped.tryEmitValue(Boolean.TRUE);
		}

		void abort() {
			markStopping();
			this.stopped.tryEmitValue(Boolean.TRUE);
			this.aborted.tryEmitValue(Boolean.TRUE);
		}

		private synchronized void markStopping() {
			this.stopping = true;
			if (this.tracker != null) {
				this.tracker.stop();
			}
		}

	}

}
