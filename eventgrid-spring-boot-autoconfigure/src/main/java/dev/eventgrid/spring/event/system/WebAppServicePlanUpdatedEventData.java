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

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Data of the {@code Microsoft.Web.AppServicePlanUpdated} event.
 *
 * @param appServicePlanEventTypeDetail the app service plan event type detail
 * @param sku the sku
 * @param name the name
 * @param clientRequestId the client request id
 * @param correlationRequestId the correlation request id
 * @param requestId the request id
 * @param address the address
 * @param verb the verb
 * @param serverFarmEventTypeDetail the server farm event type detail
 * @param serverFarmId the server farm id
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
public record WebAppServicePlanUpdatedEventData(@Nullable AppServicePlanEventTypeDetail appServicePlanEventTypeDetail,
		@Nullable Sku sku, @Nullable String name, @Nullable String clientRequestId,
		@Nullable String correlationRequestId, @Nullable String requestId, @Nullable String address,
		@Nullable String verb, @Nullable AppServicePlanEventTypeDetail serverFarmEventTypeDetail,
		@Nullable String serverFarmId) implements SystemEventData {

	/**
	 * An app service plan event type detail in a
	 * {@link WebAppServicePlanUpdatedEventData}.
	 *
	 * @param stampKind the stamp kind, such as {@code Public}, {@code AseV1} or
	 * {@code AseV2}
	 * @param action the action, such as {@code Updated}
	 * @param status the status, such as {@code Started}, {@code Completed} or
	 * {@code Failed}
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
	public record AppServicePlanEventTypeDetail(@Nullable String stampKind, @Nullable String action,
			@Nullable String status) {

	}

	/**
	 * A sku in a {@link WebAppServicePlanUpdatedEventData}.
	 *
	 * @param name the name
	 * @param tier the tier
	 * @param size the size
	 * @param family the family
	 * @param capacity the capacity
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
	public record Sku(@Nullable String name, @JsonProperty("Tier") @Nullable String tier,
			@JsonProperty("Size") @Nullable String size, @JsonProperty("Family") @Nullable String family,
			@JsonProperty("Capacity") @Nullable String capacity) {

	}

}
