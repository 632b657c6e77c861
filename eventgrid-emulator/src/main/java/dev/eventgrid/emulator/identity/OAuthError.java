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

package dev.eventgrid.emulator.identity;

/**
 * A token request the authority refuses, with the OAuth 2.0 error, the Entra ID error
 * code and the HTTP status the service answers with.
 *
 * @author Event Grid for Spring Boot team
 */
final class OAuthError extends RuntimeException {

	private final int status;

	private final String error;

	private final int code;

	OAuthError(int status, String error, int code, String description) {
		super("AADSTS" + code + ": " + description, null, false, false);
		this.status = status;
		this.error = error;
		this.code = code;
	}

	static OAuthError invalidRequest(int code, String description) {
		return new OAuthError(400, "invalid_request", code, description);
	}

	static OAuthError invalidClient(int code, String description) {
		return new OAuthError(401, "invalid_client", code, description);
	}

	static OAuthError unauthorizedClient(int code, String description) {
		return new OAuthError(400, "unauthorized_client", code, description);
	}

	int status() {
		return this.status;
	}

	String error() {
		return this.error;
	}

	int code() {
		return this.code;
	}

	String errorCode() {
		return "AADSTS" + this.code;
	}

}
