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

package dev.eventgrid.emulator.delivery;

/**
 * The outcome of one delivery attempt, named as Event Grid names it in the
 * {@code lastDeliveryOutcome} of a dead-lettered event.
 *
 * @author Event Grid for Spring Boot team
 */
public enum DeliveryOutcome {

	/**
	 * The endpoint acknowledged the event with a status from 200 to 204, or the queue
	 * stored it.
	 */
	DELIVERED("Delivered"),

	/**
	 * The endpoint answered 400.
	 */
	BAD_REQUEST("BadRequest"),

	/**
	 * The endpoint answered 401.
	 */
	UNAUTHORIZED("Unauthorized"),

	/**
	 * The endpoint answered 403.
	 */
	FORBIDDEN("Forbidden"),

	/**
	 * The endpoint answered 404.
	 */
	NOT_FOUND("NotFound"),

	/**
	 * The endpoint answered 408 or did not answer within the response timeout.
	 */
	TIMED_OUT("TimedOut"),

	/**
	 * The endpoint answered 413.
	 */
	PAYLOAD_TOO_LARGE("PayloadTooLarge"),

	/**
	 * The endpoint answered 429 or 503.
	 */
	BUSY("Busy"),

	/**
	 * The in-memory queue is at its capacity.
	 */
	FULL("Full"),

	/**
	 * The endpoint's host name could not be resolved.
	 */
	RESOLUTION_ERROR("ResolutionError"),

	/**
	 * The connection failed or was closed before a response.
	 */
	SOCKET_ERROR("SocketError"),

	/**
	 * The endpoint answered another failure status; the service does not document a name
	 * for these, so this one is the emulator's.
	 */
	GENERIC_ERROR("GenericError");

	private final String serviceName;

	DeliveryOutcome(String serviceName) {
		this.serviceName = serviceName;
	}

	/**
	 * Return the name Event Grid uses for this outcome, such as {@code NotFound}.
	 * @return the service name
	 */
	public String serviceName() {
		return this.serviceName;
	}

	/**
	 * Classify an HTTP status of a webhook's answer.
	 * @param status the status code
	 * @return the outcome
	 */
	public static DeliveryOutcome forStatus(int status) {
		if (status >= 200 && status <= 204) {
			return DELIVERED;
		}
		return switch (status) {
			case 400 -> BAD_REQUEST;
			case 401 -> UNAUTHORIZED;
			case 403 -> FORBIDDEN;
			case 404 -> NOT_FOUND;
			case 408 -> TIMED_OUT;
			case 413 -> PAYLOAD_TOO_LARGE;
			case 429, 503 -> BUSY;
			default -> GENERIC_ERROR;
		};
	}

}
