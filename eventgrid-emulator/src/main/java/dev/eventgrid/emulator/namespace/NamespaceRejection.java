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

package dev.eventgrid.emulator.namespace;

import io.netty.handler.codec.http.HttpResponseStatus;

/**
 * Thrown while handling a namespace request to answer it with an error status and the
 * service's error body. The code is the status's reason phrase without spaces, such as
 * {@code BadRequest}, as the service writes it.
 *
 * @author Event Grid for Spring Boot team
 */
final class NamespaceRejection extends RuntimeException {

	private final int status;

	NamespaceRejection(int status, String message) {
		super(message, null, false, false);
		this.status = status;
	}

	int status() {
		return this.status;
	}

	String code() {
		return codeFor(this.status);
	}

	static String codeFor(int status) {
		return HttpResponseStatus.valueOf(status).reasonPhrase().replace(" ", "").replace("-", "");
	}

	static NamespaceRejection badRequest(String message) {
		return new NamespaceRejection(400, message);
	}

	static NamespaceRejection tooLarge(String message) {
		return new NamespaceRejection(403, message);
	}

}
