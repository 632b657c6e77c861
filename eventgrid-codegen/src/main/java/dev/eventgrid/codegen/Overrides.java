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

package dev.eventgrid.codegen;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The choices of this project that the definitions do not make: which event data
 * definitions share one record (the names of the first, hand-written release are kept),
 * the names of some records, and which services are retired.
 *
 * @author Event Grid for Spring Boot team
 */
final class Overrides {

	private static final Map<String, List<String>> FAMILIES = families();

	private static final Map<String, String> NESTED_NAMES = Map.ofEntries(
			Map.entry("ContainerRegistryEventTarget", "Target"),
			Map.entry("ContainerRegistryArtifactEventTarget", "Target"),
			Map.entry("ContainerRegistryEventRequest", "Request"), Map.entry("ContainerRegistryEventActor", "Actor"),
			Map.entry("ContainerRegistryEventSource", "Source"), Map.entry("DeviceTwinInfo", "DeviceTwin"),
			Map.entry("DeviceTwinInfoProperties", "TwinProperties"),
			Map.entry("DeviceTwinProperties", "PropertiesVersion"), Map.entry("DeviceTwinMetadata", "Metadata"),
			Map.entry("DeviceTwinInfoX509Thumbprint", "X509Thumbprint"),
			Map.entry("DeviceConnectionStateEventInfo", "ConnectionStateInfo"),
			Map.entry("ResourceAuthorization", "Authorization"), Map.entry("ResourceHttpRequest", "HttpRequest"),
			Map.entry("AcsEmailDeliveryReportStatusDetails", "StatusDetails"),
			Map.entry("AcsSmsDeliveryAttemptProperties", "DeliveryAttempt"),
			Map.entry("StorageLifecyclePolicyActionSummaryDetail", "ActionSummary"),
			Map.entry("StorageLifecyclePolicyRunSummary", "RunSummary"),
			Map.entry("AcsCallEndedByProperties", "EndedBy"));

	private static final Map<String, String> CLASS_NAMES = Map.of("ContainerRegistryEventConnectedRegistry",
			"ContainerRegistryConnectedRegistry");

	private static final Map<String, Set<String>> WHOLE_NUMBERS = Map.of("KeyVault", Set.of("NBF", "EXP"),
			"DeviceTwinInfo", Set.of("cloudToDeviceMessageCount", "version"), "DeviceTwinProperties",
			Set.of("version"));

	private static final Map<String, String> DOCUMENTED_EVENT_TYPES = Map.of(
			"Microsoft.StorageActions.StorageTaskQueued", "StorageTaskQueuedEventData",
			"Microsoft.StorageActions.StorageTaskCompleted", "StorageTaskCompletedEventData");

	private static final Set<String> ANY_JSON = Set.of("DeviceTelemetryEventProperties#body");

	private static final Map<String, String> RETIRED = Map.of("Microsoft.Media.",
			"Azure Media Services was retired on 30 June 2024 and publishes no events any more");

	private Overrides() {
	}

	/**
	 * Return the record of an event data definition that shares its record with others.
	 * @param definition the definition name
	 * @return the record name, or {@code null} if the definition has a record of its own
	 */
	static @Nullable String family(String definition) {
		for (Map.Entry<String, List<String>> family : FAMILIES.entrySet()) {
			if (family.getValue().contains(definition)) {
				return family.getKey();
			}
		}
		return null;
	}

	/**
	 * Return every family, from record name to the definitions it stands for.
	 * @return the families
	 */
	static Map<String, List<String>> families() {
		Map<String, List<String>> families = new LinkedHashMap<>();
		families.put("AppConfigurationKeyValueEventData",
				List.of("AppConfigurationKeyValueDeletedEventData", "AppConfigurationKeyValueModifiedEventData"));
		families.put("ContainerRegistryChartEventData",
				List.of("ContainerRegistryChartDeletedEventData", "ContainerRegistryChartPushedEventData"));
		families.put("ContainerRegistryImageEventData",
				List.of("ContainerRegistryImageDeletedEventData", "ContainerRegistryImagePushedEventData"));
		families.put("IotHubDeviceConnectionStateEventData",
				List.of("IotHubDeviceConnectedEventData", "IotHubDeviceDisconnectedEventData"));
		families.put("IotHubDeviceLifeCycleEventData",
				List.of("IotHubDeviceCreatedEventData", "IotHubDeviceDeletedEventData"));
		families.put("KeyVaultObjectEventData",
				List.of("KeyVaultAccessPolicyChangedEventData", "KeyVaultCertificateExpiredEventData",
						"KeyVaultCertificateNearExpiryEventData", "KeyVaultCertificateNewVersionCreatedEventData",
						"KeyVaultKeyExpiredEventData", "KeyVaultKeyNearExpiryEventData",
						"KeyVaultKeyNewVersionCreatedEventData", "KeyVaultSecretExpiredEventData",
						"KeyVaultSecretNearExpiryEventData", "KeyVaultSecretNewVersionCreatedEventData"));
		families.put("ResourceOperationEventData", List.of("ResourceActionCancelEventData",
				"ResourceActionFailureEventData", "ResourceActionSuccessEventData", "ResourceDeleteCancelEventData",
				"ResourceDeleteFailureEventData", "ResourceDeleteSuccessEventData", "ResourceWriteCancelEventData",
				"ResourceWriteFailureEventData", "ResourceWriteSuccessEventData"));
		families.put("ServiceBusMessagesAvailableEventData",
				List.of("ServiceBusActiveMessagesAvailablePeriodicNotificationsEventData",
						"ServiceBusActiveMessagesAvailableWithNoListenersEventData",
						"ServiceBusDeadletterMessagesAvailablePeriodicNotificationsEventData",
						"ServiceBusDeadletterMessagesAvailableWithNoListenersEventData"));
		return families;
	}

	/**
	 * Return the simple name of a record nested in another, where this project chose one.
	 * @param definition the definition name
	 * @return the name, or {@code null}
	 */
	static @Nullable String nestedName(String definition) {
		return NESTED_NAMES.get(definition);
	}

	/**
	 * Return the name of a top-level record, where this project chose one.
	 * @param definition the definition name
	 * @return the name, or {@code null}
	 */
	static @Nullable String className(String definition) {
		return CLASS_NAMES.get(definition);
	}

	/**
	 * Return whether a property that the definitions call a floating-point number always
	 * holds a whole number: Key Vault's {@code NBF}/{@code EXP} (seconds since the epoch)
	 * and IoT Hub's twin counters and versions.
	 * @param definition the definition name
	 * @param property the property name
	 * @return whether the property is read as a {@code Long}
	 */
	static boolean wholeNumber(String definition, String property) {
		return WHOLE_NUMBERS.entrySet()
			.stream()
			.anyMatch((entry) -> definition.startsWith(entry.getKey()) && entry.getValue().contains(property));
	}

	/**
	 * Return the event types that no definition names but whose data, as the
	 * documentation shows it, is that of a definition: the Azure Storage Actions events
	 * carry the data of the {@code Microsoft.Storage} storage task events.
	 * @return the definition name of each such event type
	 */
	static Map<String, String> documentedEventTypes() {
		return DOCUMENTED_EVENT_TYPES;
	}

	/**
	 * Return whether a property that the definitions call an object can hold any JSON
	 * value: the body of IoT Hub telemetry is a string when the device does not send
	 * JSON.
	 * @param definition the definition name
	 * @param property the property name
	 * @return whether the property is read as an {@code Object}
	 */
	static boolean anyJson(String definition, String property) {
		return ANY_JSON.contains(definition + "#" + property);
	}

	/**
	 * Return why an event type is no longer published, if its service is retired.
	 * @param eventType the event type
	 * @return the reason, or {@code null}
	 */
	static @Nullable String retired(String eventType) {
		for (Map.Entry<String, String> entry : RETIRED.entrySet()) {
			if (eventType.startsWith(entry.getKey())) {
				return entry.getValue();
			}
		}
		return null;
	}

}
