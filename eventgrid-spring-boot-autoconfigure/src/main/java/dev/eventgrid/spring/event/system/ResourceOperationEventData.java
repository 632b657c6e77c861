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

package dev.eventgrid.spring.event.system;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * Data of the {@code Microsoft.Resources} events: a write, delete or action operation on
 * a resource succeeded, failed or was canceled. All nine event types carry this shape.
 *
 * @param tenantId the tenant of the resource
 * @param subscriptionId the subscription of the resource
 * @param resourceGroup the resource group of the resource
 * @param resourceProvider the resource provider performing the operation
 * @param resourceUri the URI of the resource
 * @param operationName the operation, such as
 * {@code Microsoft.Storage/storageAccounts/write}
 * @param status the status of the operation
 * @param authorization the authorization requested for the operation
 * @param claims the claims of the caller's token
 * @param correlationId an operation id for troubleshooting
 * @param httpRequest the HTTP request of the operation
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ResourceOperationEventData(@Nullable String tenantId, @Nullable String subscriptionId,
		@Nullable String resourceGroup, @Nullable String resourceProvider, @Nullable String resourceUri,
		@Nullable String operationName, @Nullable String status, @Nullable Authorization authorization,
		@Nullable Map<String, String> claims, @Nullable String correlationId,
		@Nullable HttpRequest httpRequest) implements SystemEventData {

	/**
	 * The authorization requested for a resource operation.
	 *
	 * @param scope the scope of the authorization
	 * @param action the action requested
	 * @param evidence the evidence for the authorization, such as the role
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Authorization(@Nullable String scope, @Nullable String action,
			@Nullable Map<String, String> evidence) {

	}

	/**
	 * The HTTP request of a resource operation.
	 *
	 * @param clientRequestId the client request id
	 * @param clientIpAddress the client IP address
	 * @param method the HTTP method
	 * @param url the request URL
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record HttpRequest(@Nullable String clientRequestId, @Nullable String clientIpAddress,
			@Nullable String method, @Nullable String url) {

	}

}
