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

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A token request the emulator's authority answered: who asked, how they authenticated,
 * for which resource, and the outcome. Secrets and assertions are never kept.
 *
 * @param time when the request arrived
 * @param kind how the client authenticated
 * @param clientId the client id of the application or managed identity, if it gave one
 * @param tenantId the tenant of the request path, or the directory's tenant for a managed
 * identity
 * @param resource the resource the token was asked for, such as
 * {@code https://eventgrid.azure.net}, if the request named one
 * @param status the HTTP status of the answer, 200 when a token was issued
 * @param error the Entra ID error code ({@code AADSTS...}) or managed identity error, if
 * refused
 * @author Event Grid for Spring Boot team
 */
public record TokenRequest(Instant time, Kind kind, @Nullable String clientId, String tenantId,
		@Nullable String resource, int status, @Nullable String error) {

	/**
	 * Return whether a token was issued.
	 * @return {@code true} if the answer was 200
	 */
	public boolean issued() {
		return this.status == 200;
	}

	/**
	 * How a token request authenticated.
	 */
	public enum Kind {

		/**
		 * Client credentials flow with a {@code client_secret}.
		 */
		CLIENT_SECRET,

		/**
		 * Client credentials flow with a {@code client_assertion} signed with a
		 * registered certificate's key.
		 */
		CLIENT_CERTIFICATE,

		/**
		 * The App Service managed identity endpoint, with {@code X-IDENTITY-HEADER}.
		 */
		MANAGED_IDENTITY,

		/**
		 * A request that did not say how it authenticates, or was refused before.
		 */
		UNKNOWN

	}

}
