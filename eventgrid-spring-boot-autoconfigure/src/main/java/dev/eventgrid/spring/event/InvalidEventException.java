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
 * Thrown when an event cannot be built or read because a field is missing or invalid.
 * Carries the field and, for arrays of events, the index of the offending event.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public class InvalidEventException extends IllegalArgumentException {

	private final @Nullable String field;

	private final int index;

	private final String reason;

	private final String message;

	/**
	 * Create an exception for a field of a single event.
	 * @param field the JSON name of the offending field, or {@code null} for the whole
	 * event
	 * @param message what was wrong and how to fix it
	 */
	public InvalidEventException(@Nullable String field, String message) {
		this(field, -1, message, null);
	}

	/**
	 * Create an exception for a field of the event at an index of an array.
	 * @param field the JSON name of the offending field, or {@code null} for the whole
	 * event
	 * @param index the index of the event in its array, or {@code -1} for a single event
	 * @param message what was wrong and how to fix it
	 * @param cause the underlying failure, if any
	 */
	public InvalidEventException(@Nullable String field, int index, String message, @Nullable Throwable cause) {
		super((index >= 0) ? "Event at index " + index + ": " + message : message, cause);
		this.message = (index >= 0) ? "Event at index " + index + ": " + message : message;
		this.field = field;
		this.index = index;
		this.reason = message;
	}

	@Override
	public String getMessage() {
		return this.message;
	}

	/**
	 * Return the JSON name of the offending field.
	 * @return the field, or {@code null} when the event as a whole is invalid
	 */
	public @Nullable String getField() {
		return this.field;
	}

	/**
	 * Return the index of the offending event in its array.
	 * @return the index, or {@code -1} when the event was not part of an array
	 */
	public int getIndex() {
		return this.index;
	}

	InvalidEventException atIndex(int index) {
		if (index < 0 || this.index >= 0) {
			return this;
		}
		return new InvalidEventException(this.field, index, this.reason, getCause());
	}

}
