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

package dev.eventgrid.emulator.auth;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of authenticating a publish request.
 *
 * @param status {@code 200} when authenticated, else the status to reject with
 * ({@code 400} for a malformed SAS token, {@code 401} otherwise)
 * @param method the credential the request used, such as {@code aeg-sas-key}, or
 * {@code none}
 * @param reason why the request was rejected, or {@code null} when authenticated
 * @author Event Grid for Spring Boot team
 */
public record AuthResult(int status, String method, @Nullable String reason) {

	static AuthResult authenticated(String method) {
		return new AuthResult(200, method, null);
	}

	static AuthResult unauthorized(String method, String reason) {
		return new AuthResult(401, method, reason);
	}

	static AuthResult malformed(String method, String reason) {
		return new AuthResult(400, method, reason);
	}

	/**
	 * Return whether the request is authenticated.
	 * @return {@code true} if authenticated
	 */
	public boolean authenticated() {
		return this.status == 200;
	}

}
