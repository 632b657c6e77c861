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

package dev.eventgrid.emulator.model;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;

/**
 * How the emulator's answer to a request ended: written and flushed to the connection,
 * lost because the connection closed first, or never sent because a fault dropped the
 * connection. A test reads it to tell a client that retried after an answer it could not
 * have received from one that retried after an answer it did receive.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public final class ResponseWrite {

	private final CompletableFuture<Outcome> outcome = new CompletableFuture<>();

	/**
	 * Return how the answer ended.
	 * @return the outcome, or {@code null} while the answer is still being written
	 */
	public @Nullable Outcome outcome() {
		return this.outcome.getNow(null);
	}

	/**
	 * Wait until the answer has ended; it may end a moment after the client read it.
	 * @param timeout how long to wait
	 * @return the outcome
	 * @throws IllegalStateException if the answer did not end in time
	 */
	public Outcome await(Duration timeout) {
		try {
			return this.outcome.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for the answer to be written", ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("The answer was not written or lost within " + timeout, ex);
		}
	}

	/**
	 * Record how the answer ended; the server calls it once, and later calls are ignored.
	 * @param outcome the outcome
	 */
	public void end(Outcome outcome) {
		this.outcome.complete(outcome);
	}

	@Override
	public String toString() {
		Outcome current = outcome();
		return (current != null) ? current.name() : "WRITING";
	}

	/**
	 * How an answer ended.
	 */
	public enum Outcome {

		/**
		 * The whole response was written and flushed to the connection: unless the
		 * network lost it afterwards, the client received it.
		 */
		FLUSHED,

		/**
		 * The connection closed or failed before the response was flushed, such as a
		 * client that gave up waiting for a delayed answer.
		 */
		NOT_FLUSHED,

		/**
		 * No response was sent: a fault closed the connection instead.
		 */
		DROPPED

	}

}
