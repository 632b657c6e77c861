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

package dev.eventgrid.spring.event;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a payload cannot be read as Event Grid events. Tells what was wrong as a
 * {@link Problem}, and, for a field of one event, the field and the event's index.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public class InvalidPayloadException extends InvalidEventException {

	private final Problem problem;

	/**
	 * Create an exception.
	 * @param problem what was wrong
	 * @param field the JSON name of the offending field, or {@code null}
	 * @param index the index of the offending event in its array, or {@code -1}
	 * @param message what was wrong and how to fix it
	 * @param cause the underlying failure, if any
	 */
	public InvalidPayloadException(Problem problem, @Nullable String field, int index, String message,
			@Nullable Throwable cause) {
		super(field, index, message, cause);
		this.problem = problem;
	}

	/**
	 * Return what was wrong with the payload.
	 * @return the problem
	 */
	public Problem getProblem() {
		return this.problem;
	}

	/**
	 * What can be wrong with a payload.
	 */
	public enum Problem {

		/**
		 * The payload is empty or holds only whitespace.
		 */
		EMPTY,

		/**
		 * The payload is larger than the reader's limit.
		 */
		TOO_LARGE,

		/**
		 * The JSON is nested deeper than the reader's limit.
		 */
		TOO_DEEPLY_NESTED,

		/**
		 * A number or a member name in the JSON is longer than the reader's limit for it,
		 * whatever the size of the payload.
		 */
		VALUE_TOO_LONG,

		/**
		 * The payload bytes are not UTF-8 text.
		 */
		NOT_TEXT,

		/**
		 * The payload is neither JSON nor base64 of JSON.
		 */
		NOT_JSON,

		/**
		 * The payload looks like base64 but cannot be decoded.
		 */
		MALFORMED_BASE64,

		/**
		 * The payload starts as JSON but is not well-formed.
		 */
		MALFORMED_JSON,

		/**
		 * The JSON is not an event object or an array of them, such as a number, a
		 * string, an empty array or an array holding something other than objects.
		 */
		NOT_AN_EVENT,

		/**
		 * An object is neither an EventGridEvent nor a CloudEvent.
		 */
		UNKNOWN_SCHEMA,

		/**
		 * An event is of the other schema than the one asked for.
		 */
		WRONG_SCHEMA,

		/**
		 * An array holds events of both schemas.
		 */
		MIXED_SCHEMAS,

		/**
		 * An event of the right schema lacks a required field or has an invalid one.
		 */
		INVALID_EVENT

	}

}
