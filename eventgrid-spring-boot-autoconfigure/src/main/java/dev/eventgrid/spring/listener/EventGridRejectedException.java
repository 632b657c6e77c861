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

/**
 * Thrown by a listener that will never be able to process an event, such as one whose
 * data fails the application's validation. The delivery is answered 400, which Event Grid
 * does not retry: the event goes to the subscription's dead-letter destination, or is
 * dropped if it has none.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public class EventGridRejectedException extends EventGridDeliveryException {

	/**
	 * Create an exception.
	 * @param message why the event is rejected; it is sent back in the response body
	 */
	public EventGridRejectedException(String message) {
		super(message, null);
	}

	/**
	 * Create an exception with a cause.
	 * @param message why the event is rejected; it is sent back in the response body
	 * @param cause the cause
	 */
	public EventGridRejectedException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}
