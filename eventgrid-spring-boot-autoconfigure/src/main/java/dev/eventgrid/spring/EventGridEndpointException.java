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
 * Thrown when a publisher cannot reach its endpoint in a way that no retry can fix: the
 * host name is unknown, or the server's TLS certificate is not trusted or does not name
 * the host. Nothing was sent; the endpoint or the trust of its certificate must change.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public class EventGridEndpointException extends EventGridException {

	/**
	 * Create an exception.
	 * @param message the message, which says what to change
	 * @param cause the failure of the connection
	 */
	public EventGridEndpointException(String message, Throwable cause) {
		super(message, cause);
	}

}
