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
import org.springframework.messaging.converter.MessageConversionException;
import org.springframework.messaging.handler.invocation.MethodArgumentResolutionException;

/**
 * The error handler of listeners that name none: what no retry can fix is rejected, a
 * request to retry later is honoured, and anything else is retried.
 *
 * @author Event Grid for Spring Boot team
 */
final class DefaultListenerErrorHandler implements EventGridListenerErrorHandler {

	static final DefaultListenerErrorHandler INSTANCE = new DefaultListenerErrorHandler();

	private DefaultListenerErrorHandler() {
	}

	@Override
	public EventGridDeliveryOutcome handleError(Message<?> message, Throwable exception) {
		if (exception instanceof EventGridRetryLaterException retryLater) {
			return EventGridDeliveryOutcome.retryLater(retryLater.getRetryAfter());
		}
		if (exception instanceof EventGridRejectedException || exception instanceof MessageConversionException
				|| exception instanceof MethodArgumentResolutionException) {
			return EventGridDeliveryOutcome.reject(String.valueOf(exception.getMessage()));
		}
		return EventGridDeliveryOutcome.retry();
	}

}
