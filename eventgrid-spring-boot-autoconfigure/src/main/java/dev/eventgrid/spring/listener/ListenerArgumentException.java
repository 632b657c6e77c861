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
 * Thrown when a delivered event cannot be turned into the arguments of a listener, which
 * no retry would change: the default error handler rejects it, as a webhook answers 400.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public final class ListenerArgumentException extends EventGridRejectedException {

	/**
	 * Create an exception.
	 * @param message which argument could not be resolved, and why
	 */
	public ListenerArgumentException(String message) {
		super(message);
	}

	/**
	 * Create an exception with a cause.
	 * @param message which argument could not be resolved, and why
	 * @param cause the cause
	 */
	public ListenerArgumentException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}
