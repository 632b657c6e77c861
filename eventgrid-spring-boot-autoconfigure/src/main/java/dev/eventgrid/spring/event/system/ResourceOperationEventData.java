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

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * Data of the {@code Microsoft.Resources.ResourceActionCancel},
 * {@code Microsoft.Resources.ResourceActionFailure},
 * {@code Microsoft.Resources.ResourceActionSuccess},
 * {@code Microsoft.Resources.ResourceDeleteCancel},
 * {@code Microsoft.Resources.ResourceDeleteFailure},
 * {@code Microsoft.Resources.ResourceDeleteSuccess},
 * {@code Microsoft.Resources.ResourceWriteCancel},
 * {@code Microsoft.Resources.ResourceWriteFailure} and
 * {@code Microsoft.Resources.ResourceWriteSuccess} events, which all carry these fields.
 *
 * @param tenantId the tenant id
 * @param subscriptionId the subscription id
 * @param resourceGroup the resource group
 * @param resourceProvider the resource provider
 * @param resourceUri the resource uri
 * @param operationName the operation name
 * @param status the status
 * @param authorization the authorization
 * @param claims the claims
 * @param correlationId the correlation id
 * @param httpRequest the http request
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
public record ResourceOperationEventData(@Nullable String tenantId, @Nullable String subscriptionId,
		@Nullable String resourceGroup, @Nullable String resourceProvider, @Nullable String resourceUri,
		@Nullable String operationName, @Nullable String status, @Nullable Authorization authorization,
		@Nullable Map<String, String> claims, @Nullable String correlationId,
		@Nullable HttpRequest httpRequest) implements SystemEventData {

	/**
	 * An authorization in a {@link ResourceOperationEventData}.
	 *
	 * @param scope the scope
	 * @param action the action
	 * @param evidence the evidence
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
	public record Authorization(@Nullable String scope, @Nullable String action,
			@Nullable Map<String, String> evidence) {

	}

	/**
	 * A http request in a {@link ResourceOperationEventData}.
	 *
	 * @param clientRequestId the client request id
	 * @param clientIpAddress the client ip address
	 * @param method the method
	 * @param url the url
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
	public record HttpRequest(@Nullable String clientRequestId, @Nullable String clientIpAddress,
			@Nullable String method, @Nullable String url) {

	}

}
