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

package dev.eventgrid.spring.listener;

import org.jspecify.annotations.Nullable;

import org.springframework.core.NestedRuntimeException;

/**
 * Root of the exceptions that decide how a delivery of events to the application ends
 * when it is not processed: rejected for good ({@link EventGridRejectedException}), to be
 * tried again later ({@link EventGridRetryLaterException}), or refused before any
 * listener saw it. Listeners throw them to tell Event Grid what to do; they are never
 * thrown by a send, whose failures are {@link dev.eventgrid.spring.EventGridException}s.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public abstract class EventGridDeliveryException extends NestedRuntimeException {

	/**
	 * Create an exception.
	 * @param message what happened to the delivery and why
	 * @param cause the cause, or {@code null}
	 */
	protected EventGridDeliveryException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}
