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

import java.time.Clock;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import dev.eventgrid.emulator.auth.AccessTokenIssuer;
import dev.eventgrid.emulator.publish.SideRoute;
import tools.jackson.databind.json.JsonMapper;

/**
 * The emulator's Microsoft Entra ID authority: where clients get the bearer tokens the
 * emulator accepts. Point azure-identity at {@link #authorityHost()} (with instance
 * discovery disabled, as for any authority that is not Microsoft's) and
 * {@link #tenantId()}, or set {@code IDENTITY_ENDPOINT} and {@code IDENTITY_HEADER} to
 * {@link #identityEndpoint()} and {@link #identityHeader()} for a managed identity. The
 * authority is served over HTTPS on the emulator's HTTPS port, the managed identity
 * endpoint over plain HTTP as on App Service.
 *
 * @author Event Grid for Spring Boot team
 */
public final class EntraAuthority {

	private final EntraDirectory directory;

	private final ConcurrentLinkedQueue<TokenRequest> requests = new ConcurrentLinkedQueue<>();

	private final AuthorityRoute route;

	private volatile String httpsBaseUrl = "https://localhost";

	private volatile String httpBaseUrl = "http://localhost";

	/**
	 * Create the authority of a directory; the emulator does this when it starts.
	 * @param directory the tenant, its applications and managed identities
	 * @param tokenIssuer signs the tokens
	 * @param clock the clock for issuing and checking
	 */
	public EntraAuthority(EntraDirectory directory, AccessTokenIssuer tokenIssuer, Clock clock) {
		this.directory = directory;
		this.route = new AuthorityRoute(directory, tokenIssuer, this.requests::add, JsonMapper.builder().build(),
				clock);
	}

	/**
	 * Return the route that serves the authority's endpoints, for the emulator's server.
	 * @return the route
	 */
	public SideRoute route() {
		return this.route;
	}

	/**
	 * Tell the authority where it is served, once the emulator's ports are bound.
	 * @param httpsBaseUrl the scheme, host and port of the HTTPS port
	 * @param httpBaseUrl the scheme, host and port of the plain HTTP port
	 */
	public void bind(String httpsBaseUrl, String httpBaseUrl) {
		this.httpsBaseUrl = httpsBaseUrl;
		this.httpBaseUrl = httpBaseUrl;
	}

	/**
	 * Return the authority host, such as {@code https://localhost:7443/}:
	 * azure-identity's {@code authorityHost} and {@code AZURE_AUTHORITY_HOST}.
	 * @return the authority host, with a trailing slash
	 */
	public String authorityHost() {
		return this.httpsBaseUrl + "/";
	}

	/**
	 * Return the tenant id clients must use.
	 * @return the tenant id
	 */
	public String tenantId() {
		return this.directory.tenantId();
	}

	/**
	 * Return the token endpoint of the tenant.
	 * @return the token endpoint URL
	 */
	public String tokenEndpoint() {
		return this.httpsBaseUrl + "/" + this.directory.tenantId() + "/oauth2/v2.0/token";
	}

	/**
	 * Return the managed identity endpoint, the value for {@code IDENTITY_ENDPOINT}.
	 * @return the plain HTTP URL of the endpoint
	 */
	public String identityEndpoint() {
		return this.httpBaseUrl + "/msi/token";
	}

	/**
	 * Return the secret the managed identity endpoint expects, the value for
	 * {@code IDENTITY_HEADER}.
	 * @return the identity header
	 */
	public String identityHeader() {
		return this.directory.identityHeader();
	}

	/**
	 * Return the directory the authority serves.
	 * @return the directory
	 */
	public EntraDirectory directory() {
		return this.directory;
	}

	/**
	 * Return every token request the authority answered, issued or refused, in arrival
	 * order.
	 * @return an immutable snapshot
	 */
	public List<TokenRequest> tokenRequests() {
		return List.copyOf(this.requests);
	}

	/**
	 * Forget the recorded token requests.
	 */
	public void clear() {
		this.requests.clear();
	}

	@Override
	public String toString() {
		return "EntraAuthority[authorityHost=" + authorityHost() + ", tenantId=" + tenantId() + "]";
	}

}
