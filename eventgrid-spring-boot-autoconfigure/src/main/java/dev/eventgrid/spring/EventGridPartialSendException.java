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

package dev.eventgrid.spring;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a send that was split into several requests was only partly accepted. Event
 * Grid accepts or rejects each request whole, so every event is in one of two lists:
 * accepted, or not known to be accepted. Publishing is at least once: an event in the
 * second list may have been accepted all the same, when the service accepted its request
 * but the answer was lost (a dropped connection, an attempt that timed out) and the
 * retries ran out, so sending it again may deliver it twice. Give events stable ids for
 * consumers to drop such copies. The cause is the failure that stopped the send.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public class EventGridPartialSendException extends EventGridException {

	private final List<Integer> acceptedIndexes;

	private final List<Integer> failedIndexes;

	private final List<Object> failedEvents;

	/**
	 * Create an exception for a partly accepted send.
	 * @param message the message
	 * @param cause the failure that stopped the send
	 * @param acceptedIndexes the positions, in the sent sequence, of the accepted events
	 * @param failedIndexes the positions of the events not known to be accepted
	 * @param failedEvents the events not known to be accepted, as given
	 */
	public EventGridPartialSendException(String message, Throwable cause, List<Integer> acceptedIndexes,
			List<Integer> failedIndexes, List<Object> failedEvents) {
		super(message, cause, statusOf(cause), errorCodeOf(cause), null, requestIdOf(cause));
		this.acceptedIndexes = List.copyOf(acceptedIndexes);
		this.failedIndexes = List.copyOf(failedIndexes);
		this.failedEvents = List.copyOf(failedEvents);
	}

	/**
	 * Return the positions of the accepted events in the sequence given to the send.
	 * @return the accepted positions, ascending
	 */
	public List<Integer> getAcceptedIndexes() {
		return this.acceptedIndexes;
	}

	/**
	 * Return the positions of the events not known to be accepted; some may have been
	 * accepted if an answer was lost.
	 * @return the failed positions, ascending
	 */
	public List<Integer> getFailedIndexes() {
		return this.failedIndexes;
	}

	/**
	 * Return the events not known to be accepted, as they were given, to send again;
	 * sending them again may duplicate those whose answer was lost.
	 * @return the failed events, in order
	 */
	public List<Object> getFailedEvents() {
		return this.failedEvents;
	}

	private static int statusOf(Throwable cause) {
		return (cause instanceof EventGridException ex) ? ex.getStatusCode() : 0;
	}

	private static @Nullable String errorCodeOf(Throwable cause) {
		return (cause instanceof EventGridException ex) ? ex.getErrorCode() : null;
	}

	private static @Nullable String requestIdOf(Throwable cause) {
		return (cause instanceof EventGridException ex) ? ex.getRequestId() : null;
	}

}
