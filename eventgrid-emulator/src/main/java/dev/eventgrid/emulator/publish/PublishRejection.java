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

package dev.eventgrid.emulator.publish;

/**
 * Thrown while handling a publish request to reject the whole request with a status and
 * an error body.
 *
 * @author Event Grid for Spring Boot team
 */
final class PublishRejection extends RuntimeException {

	private final int status;

	private final String message;

	PublishRejection(int status, String message) {
		super(message, null, false, false);
		this.status = status;
		this.message = message;
	}

	@Override
	public String getMessage() {
		return this.message;
	}

	static PublishRejection badRequest(String message) {
		return new PublishRejection(400, message);
	}

	static PublishRejection badRequest(int index, String message) {
		return new PublishRejection(400, "Event at index " + index + ": " + message);
	}

	static PublishRejection notFound(String path) {
		return new PublishRejection(404, "The requested resource '" + path
				+ "' was not found. Publish to /topics/{topic}/api/events or /domains/{domain}/api/events.");
	}

	static PublishRejection methodNotAllowed(String method) {
		return new PublishRejection(405,
				"The HTTP method '" + method + "' is not supported. Publish events with POST.");
	}

	int status() {
		return this.status;
	}

	String code() {
		return ErrorResponse.codeFor(this.status);
	}

}
