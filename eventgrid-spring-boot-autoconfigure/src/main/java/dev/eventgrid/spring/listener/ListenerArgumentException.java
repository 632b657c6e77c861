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
 * no retry would change: answered 400 like a rejection.
 *
 * @author Event Grid for Spring Boot team
 */
public final class ListenerArgumentException extends EventGridRejectedException {

	public ListenerArgumentException(String message) {
		super(message);
	}

	ListenerArgumentException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

	static ListenerArgumentException wrap(RuntimeException ex, String message) {
		return (ex instanceof ListenerArgumentException argument) ? argument
				: new ListenerArgumentException(message + ": " + ex.getMessage(), ex);
	}

}
