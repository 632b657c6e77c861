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

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Data of the {@code Microsoft.Devices.DeviceCreated} and
 * {@code Microsoft.Devices.DeviceDeleted} events, which all carry these fields.
 *
 * @param deviceId the device id
 * @param hubName the hub name
 * @param twin the twin
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
public record IotHubDeviceLifeCycleEventData(@Nullable String deviceId, @Nullable String hubName,
		@Nullable DeviceTwin twin) implements SystemEventData {

	/**
	 * A device twin in a {@link IotHubDeviceLifeCycleEventData}.
	 *
	 * @param authenticationType the authentication type
	 * @param cloudToDeviceMessageCount the cloud to device message count
	 * @param connectionState the connection state
	 * @param deviceId the device id
	 * @param etag the etag
	 * @param lastActivityTime the last activity time
	 * @param properties the properties
	 * @param status the status
	 * @param statusUpdateTime the status update time
	 * @param version the version
	 * @param x509Thumbprint the x509 thumbprint
	 * @param deviceEtag the device etag
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
	public record DeviceTwin(@Nullable String authenticationType,
			@JsonDeserialize(using = LenientLongDeserializer.class) @Nullable Long cloudToDeviceMessageCount,
			@Nullable String connectionState, @Nullable String deviceId, @Nullable String etag,
			@Nullable String lastActivityTime, @Nullable TwinProperties properties, @Nullable String status,
			@Nullable String statusUpdateTime,
			@JsonDeserialize(using = LenientLongDeserializer.class) @Nullable Long version,
			@Nullable X509Thumbprint x509Thumbprint, @Nullable String deviceEtag) {

	}

	/**
	 * A twin properties in a {@link IotHubDeviceLifeCycleEventData}.
	 *
	 * @param desired the desired
	 * @param reported the reported
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
	public record TwinProperties(@Nullable PropertiesVersion desired, @Nullable PropertiesVersion reported) {

	}

	/**
	 * A properties version in a {@link IotHubDeviceLifeCycleEventData}.
	 *
	 * @param metadata the metadata
	 * @param version the version
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
	public record PropertiesVersion(@JsonProperty("$metadata") @JsonAlias("metadata") @Nullable Metadata metadata,
			@JsonProperty("$version") @JsonAlias("version") @JsonDeserialize(
					using = LenientLongDeserializer.class) @Nullable Long version) {

	}

	/**
	 * A metadata in a {@link IotHubDeviceLifeCycleEventData}.
	 *
	 * @param lastUpdated the last updated
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
	public record Metadata(@JsonProperty("$lastUpdated") @JsonAlias("lastUpdated") @Nullable String lastUpdated) {

	}

	/**
	 * A X509 thumbprint in a {@link IotHubDeviceLifeCycleEventData}.
	 *
	 * @param primaryThumbprint the primary thumbprint
	 * @param secondaryThumbprint the secondary thumbprint
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
	public record X509Thumbprint(@Nullable String primaryThumbprint, @Nullable String secondaryThumbprint) {

	}

}
