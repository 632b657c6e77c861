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

/**
 * Thrown when a publisher refuses or stops a send because it is shutting down, as it does
 * once the application context begins to close. A refused send took no event. A send that
 * was running took {@link #getTakenEventCount()} events of what it was given before it
 * stopped and sent none after them; when some of those were accepted, this is the cause
 * of an {@link EventGridPartialSendException} that lists the others.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public class EventGridShutdownException extends EventGridException {

	private final int takenEventCount;

	/**
	 * Create an exception for a send a publisher refused or stopped.
	 * @param message the message
	 * @param takenEventCount how many events the send took before it stopped
	 */
	public EventGridShutdownException(String message, int takenEventCount) {
		super(message);
		this.takenEventCount = takenEventCount;
	}

	/**
	 * Return how many events, from the first, the send took from what it was given before
	 * it stopped: those not accepted are reported, and the events after them were never
	 * taken, so never sent.
	 * @return the number of events taken, {@code 0} for a refused send
	 */
	public int getTakenEventCount() {
		return this.takenEventCount;
	}

}
