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
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Data of a {@code Microsoft.Devices.DeviceCreated} or {@code DeviceDeleted} event: a
 * device was registered with or removed from an IoT hub.
 *
 * @param deviceId the id of the device
 * @param hubName the name of the IoT hub
 * @param twin the device twin
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IotHubDeviceLifeCycleEventData(@Nullable String deviceId, @Nullable String hubName,
		@Nullable DeviceTwin twin) implements SystemEventData {

	/**
	 * A device twin, the cloud's view of a device's metadata.
	 *
	 * @param authenticationType {@code sas}, {@code selfSigned} or
	 * {@code certificateAuthority}
	 * @param cloudToDeviceMessageCount how many cloud-to-device messages were sent
	 * @param connectionState {@code Connected} or {@code Disconnected}
	 * @param deviceId the id of the device
	 * @param etag the etag of the twin
	 * @param lastActivityTime the ISO 8601 time of the last activity, as the service
	 * writes it
	 * @param properties the desired and reported properties
	 * @param status {@code enabled} or {@code disabled}
	 * @param statusUpdateTime the ISO 8601 time of the last status update, as the service
	 * writes it
	 * @param version the twin version
	 * @param x509Thumbprint the thumbprints of the device's certificates
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record DeviceTwin(@Nullable String authenticationType,
			@JsonDeserialize(using = LenientLongDeserializer.class) @Nullable Long cloudToDeviceMessageCount,
			@Nullable String connectionState, @Nullable String deviceId, @Nullable String etag,
			@Nullable String lastActivityTime, @Nullable TwinProperties properties, @Nullable String status,
			@Nullable String statusUpdateTime,
			@JsonDeserialize(using = LenientLongDeserializer.class) @Nullable Long version,
			@Nullable X509Thumbprint x509Thumbprint) {

	}

	/**
	 * The desired and reported properties of a device twin.
	 *
	 * @param desired the properties the back end sets
	 * @param reported the properties the device reports
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record TwinProperties(@Nullable PropertiesVersion desired, @Nullable PropertiesVersion reported) {

	}

	/**
	 * Version and metadata of one set of twin properties, written {@code $version} and
	 * {@code $metadata} by the service.
	 *
	 * @param metadata when the properties were last updated
	 * @param version the version of the properties
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record PropertiesVersion(@JsonProperty("$metadata") @JsonAlias("metadata") @Nullable Metadata metadata,
			@JsonProperty("$version") @JsonAlias("version") @JsonDeserialize(
					using = LenientLongDeserializer.class) @Nullable Long version) {

	}

	/**
	 * Metadata of a set of twin properties.
	 *
	 * @param lastUpdated the ISO 8601 time of the last update, written
	 * {@code $lastUpdated} by the service
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Metadata(@JsonProperty("$lastUpdated") @JsonAlias("lastUpdated") @Nullable String lastUpdated) {

	}

	/**
	 * The thumbprints of a device's X.509 certificates.
	 *
	 * @param primaryThumbprint the primary thumbprint
	 * @param secondaryThumbprint the secondary thumbprint
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record X509Thumbprint(@Nullable String primaryThumbprint, @Nullable String secondaryThumbprint) {

	}

}
