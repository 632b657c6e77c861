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

import org.springframework.messaging.Message;

/**
 * Decides what becomes of the events of a listener call that failed: its arguments could
 * not be resolved, or the method threw. Declare one as a bean to apply it to every
 * listener, or name one with {@link EventGridListener#errorHandler()}. The
 * {@linkplain #defaultHandler() default} rejects {@link EventGridRejectedException}s and
 * argument problems, asks for a later retry on {@link EventGridRetryLaterException}, and
 * retries anything else.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@FunctionalInterface
public interface EventGridListenerErrorHandler {

	/**
	 * Decide the outcome of a failed call.
	 * @param message the message of the call: its payload is the event, or the list of
	 * events of a batch listener, and its headers the delivery headers and event
	 * attributes
	 * @param exception what the listener threw, or why its arguments could not be
	 * resolved ({@link ListenerArgumentException})
	 * @return the outcome
	 */
	EventGridDeliveryOutcome handleError(Message<?> message, Throwable exception);

	/**
	 * Return the handler that applies when none is configured.
	 * @return the default handler
	 */
	static EventGridListenerErrorHandler defaultHandler() {
		return DefaultListenerErrorHandler.INSTANCE;
	}

}
