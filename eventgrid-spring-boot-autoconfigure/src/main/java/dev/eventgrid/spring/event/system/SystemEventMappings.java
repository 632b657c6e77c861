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

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Which data class each system event type carries, keyed by the names of
 * {@link SystemEventNames} and looked up ignoring case. Event types without an entry have
 * no typed data class yet; their data is still available as JSON.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public final class SystemEventMappings {

	private static final Map<String, Class<? extends SystemEventData>> MAPPINGS = mappings();

	private static final Map<String, Class<? extends SystemEventData>> BY_LOWER_CASE = lowerCase(MAPPINGS);

	private SystemEventMappings() {
	}

	/**
	 * Return every mapping, from event type name to data class, grouped by service.
	 * @return an unmodifiable map
	 */
	public static Map<String, Class<? extends SystemEventData>> all() {
		return MAPPINGS;
	}

	/**
	 * Return the data class of an event type, ignoring case.
	 * @param eventType the CloudEvent {@code type} or EventGridEvent {@code eventType}
	 * @return the data class, or empty for custom events and unmapped system events
	 */
	public static Optional<Class<? extends SystemEventData>> dataType(@Nullable String eventType) {
		return (eventType != null) ? Optional.ofNullable(BY_LOWER_CASE.get(eventType.toLowerCase(Locale.ROOT)))
				: Optional.empty();
	}

	private static Map<String, Class<? extends SystemEventData>> mappings() {
		Map<String, Class<? extends SystemEventData>> map = new LinkedHashMap<>();
		map.put(SystemEventNames.APP_CONFIGURATION_KEY_VALUE_MODIFIED, AppConfigurationKeyValueEventData.class);
		map.put(SystemEventNames.APP_CONFIGURATION_KEY_VALUE_DELETED, AppConfigurationKeyValueEventData.class);
		map.put(SystemEventNames.COMMUNICATION_SMS_RECEIVED, AcsSmsReceivedEventData.class);
		map.put(SystemEventNames.COMMUNICATION_SMS_DELIVERY_REPORT_RECEIVED,
				AcsSmsDeliveryReportReceivedEventData.class);
		map.put(SystemEventNames.COMMUNICATION_EMAIL_DELIVERY_REPORT_RECEIVED,
				AcsEmailDeliveryReportReceivedEventData.class);
		putAll(map, ContainerRegistryImageEventData.class, SystemEventNames.CONTAINER_REGISTRY_IMAGE_PUSHED,
				SystemEventNames.CONTAINER_REGISTRY_IMAGE_DELETED);
		putAll(map, ContainerRegistryChartEventData.class, SystemEventNames.CONTAINER_REGISTRY_CHART_PUSHED,
				SystemEventNames.CONTAINER_REGISTRY_CHART_DELETED);
		putAll(map, IotHubDeviceLifeCycleEventData.class, SystemEventNames.IOT_HUB_DEVICE_CREATED,
				SystemEventNames.IOT_HUB_DEVICE_DELETED);
		putAll(map, IotHubDeviceConnectionStateEventData.class, SystemEventNames.IOT_HUB_DEVICE_CONNECTED,
				SystemEventNames.IOT_HUB_DEVICE_DISCONNECTED);
		map.put(SystemEventNames.IOT_HUB_DEVICE_TELEMETRY, IotHubDeviceTelemetryEventData.class);
		map.put(SystemEventNames.EVENT_GRID_SUBSCRIPTION_VALIDATION, SubscriptionValidationEventData.class);
		map.put(SystemEventNames.EVENT_GRID_SUBSCRIPTION_DELETED, SubscriptionDeletedEventData.class);
		map.put(SystemEventNames.EVENT_HUB_CAPTURE_FILE_CREATED, EventHubCaptureFileCreatedEventData.class);
		putAll(map, KeyVaultObjectEventData.class, SystemEventNames.KEY_VAULT_CERTIFICATE_NEW_VERSION_CREATED,
				SystemEventNames.KEY_VAULT_CERTIFICATE_NEAR_EXPIRY, SystemEventNames.KEY_VAULT_CERTIFICATE_EXPIRED,
				SystemEventNames.KEY_VAULT_KEY_NEW_VERSION_CREATED, SystemEventNames.KEY_VAULT_KEY_NEAR_EXPIRY,
				SystemEventNames.KEY_VAULT_KEY_EXPIRED, SystemEventNames.KEY_VAULT_SECRET_NEW_VERSION_CREATED,
				SystemEventNames.KEY_VAULT_SECRET_NEAR_EXPIRY, SystemEventNames.KEY_VAULT_SECRET_EXPIRED,
				SystemEventNames.KEY_VAULT_VAULT_ACCESS_POLICY_CHANGED);
		putAll(map, ResourceOperationEventData.class, SystemEventNames.RESOURCE_WRITE_SUCCESS,
				SystemEventNames.RESOURCE_WRITE_FAILURE, SystemEventNames.RESOURCE_WRITE_CANCEL,
				SystemEventNames.RESOURCE_DELETE_SUCCESS, SystemEventNames.RESOURCE_DELETE_FAILURE,
				SystemEventNames.RESOURCE_DELETE_CANCEL, SystemEventNames.RESOURCE_ACTION_SUCCESS,
				SystemEventNames.RESOURCE_ACTION_FAILURE, SystemEventNames.RESOURCE_ACTION_CANCEL);
		putAll(map, ServiceBusMessagesAvailableEventData.class,
				SystemEventNames.SERVICE_BUS_ACTIVE_MESSAGES_AVAILABLE_WITH_NO_LISTENERS,
				SystemEventNames.SERVICE_BUS_DEADLETTER_MESSAGES_AVAILABLE_WITH_NO_LISTENERS,
				SystemEventNames.SERVICE_BUS_ACTIVE_MESSAGES_AVAILABLE_PERIODIC_NOTIFICATIONS,
				SystemEventNames.SERVICE_BUS_DEADLETTER_MESSAGES_AVAILABLE_PERIODIC_NOTIFICATIONS);
		map.put(SystemEventNames.STORAGE_BLOB_CREATED, StorageBlobCreatedEventData.class);
		map.put(SystemEventNames.STORAGE_BLOB_DELETED, StorageBlobDeletedEventData.class);
		map.put(SystemEventNames.STORAGE_BLOB_RENAMED, StorageBlobRenamedEventData.class);
		map.put(SystemEventNames.STORAGE_BLOB_TIER_CHANGED, StorageBlobTierChangedEventData.class);
		map.put(SystemEventNames.STORAGE_ASYNC_OPERATION_INITIATED, StorageAsyncOperationInitiatedEventData.class);
		map.put(SystemEventNames.STORAGE_BLOB_INVENTORY_POLICY_COMPLETED,
				StorageBlobInventoryPolicyCompletedEventData.class);
		map.put(SystemEventNames.STORAGE_LIFECYCLE_POLICY_COMPLETED, StorageLifecyclePolicyCompletedEventData.class);
		return Collections.unmodifiableMap(map);
	}

	private static void putAll(Map<String, Class<? extends SystemEventData>> map, Class<? extends SystemEventData> type,
			String... eventTypes) {
		for (String eventType : List.of(eventTypes)) {
			map.put(eventType, type);
		}
	}

	private static Map<String, Class<? extends SystemEventData>> lowerCase(
			Map<String, Class<? extends SystemEventData>> mappings) {
		Map<String, Class<? extends SystemEventData>> map = new HashMap<>();
		mappings.forEach((name, type) -> map.put(name.toLowerCase(Locale.ROOT), type));
		return Map.copyOf(map);
	}

}
