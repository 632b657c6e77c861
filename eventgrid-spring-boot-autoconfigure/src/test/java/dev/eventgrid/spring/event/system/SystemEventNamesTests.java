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

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link SystemEventNames}.
 *
 * @author Event Grid for Spring Boot team
 */
class SystemEventNamesTests {

	/**
	 * Names that the Azure Java SDK knows but that are deliberately not system event
	 * types here, each with the reason. Empty: the names the SDK has beyond the service
	 * definitions (retired Azure Media Services events, preview-era chat names) are kept
	 * as deprecated constants instead.
	 */
	private static final Map<String, String> RETIRED = Map.of();

	/**
	 * Names that an Azure SDK lists but that are misspellings no service sends.
	 */
	private static final Set<String> SDK_MISSPELLINGS = Set.of("Microsoft.Communication.RouterJobWorkerSelectorsExpire",
			"Microsoft.HealthcareApis.FhirDeletedCreated", "Microsoft.HealthcareApis.FhirUpdatedCreated",
			"Microsoft.PolicyInsights.PolicyStateChanged ",
			"Microsoft.ServiceBus.DeadletterMessagesAvailableWithNoListener");

	/**
	 * Names that only superseded preview definitions or examples carry, or that the
	 * documentation spells differently from the names kept.
	 */
	private static final Set<String> NOT_KEPT = Set.of("Microsoft.AVS.SddcUpdating", "Microsoft.AVS.DatastoreCreated",
			"Microsoft.Communication.ChatAzureBotCommand", "Microsoft.AgFoodPlatform.FarmerChanged",
			"Microsoft.AgFoodPlatform.FarmChanged.V2");

	private static final Pattern WELL_FORMED = Pattern.compile("^Microsoft\\.[A-Za-z]+(\\.[A-Za-z0-9]+)+$");

	/**
	 * Names that are system event types but do not match {@link #WELL_FORMED}, each with
	 * the reason. Empty: every name matches.
	 */
	private static final Map<String, String> MALFORMED_EXCEPTIONS = Map.of();

	@Test
	void knowsEveryNameOfTheAzureSdkIncludingDeprecatedOnes() throws Exception {
		Map<String, String> sdk = constants(com.azure.messaging.eventgrid.SystemEventNames.class);
		assertThat(sdk).isNotEmpty();
		List<String> unknown = new ArrayList<>();
		sdk.forEach((field, value) -> {
			if (!SystemEventNames.all().contains(value) && !RETIRED.containsKey(value)) {
				unknown.add(field + " = " + value);
			}
		});
		assertThat(unknown).as("Azure SDK names neither known here nor listed as retired").isEmpty();
		assertThat(RETIRED.keySet()).as("retired names must not also be system event types")
			.noneMatch(SystemEventNames::isSystemEventType);
		assertThat(RETIRED.values()).as("every retired name needs a reason").allMatch((reason) -> !reason.isBlank());
	}

	@Test
	void hasAtLeastAsManyNamesAsTheAzureSdkAndAllOfThemInAll() throws Exception {
		Map<String, String> sdk = constants(com.azure.messaging.eventgrid.SystemEventNames.class);
		Map<String, String> ours = constants(SystemEventNames.class);
		assertThat(ours).hasSizeGreaterThanOrEqualTo(sdk.size());
		assertThat(Set.copyOf(ours.values())).hasSizeGreaterThanOrEqualTo(Set.copyOf(sdk.values()).size());
		assertThat(SystemEventNames.all()).hasSize(ours.size());
	}

	@Test
	void hasNoDuplicateNamesNorNamesDifferingOnlyInCase() throws Exception {
		Map<String, String> ours = constants(SystemEventNames.class);
		Map<String, String> fieldByLowerCaseValue = new HashMap<>();
		List<String> clashes = new ArrayList<>();
		ours.forEach((field, value) -> {
			String previous = fieldByLowerCaseValue.put(value.toLowerCase(Locale.ROOT), field);
			if (previous != null) {
				clashes.add(previous + " and " + field + " (" + value + ")");
			}
		});
		assertThat(clashes).isEmpty();
	}

	@Test
	void namesAreWellFormed() {
		assertThat(SystemEventNames.all())
			.allMatch((name) -> WELL_FORMED.matcher(name).matches() || MALFORMED_EXCEPTIONS.containsKey(name));
		assertThat(MALFORMED_EXCEPTIONS.keySet()).isSubsetOf(SystemEventNames.all());
	}

	@Test
	void allIsUnmodifiable() {
		Set<String> all = SystemEventNames.all();
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> all.add("Microsoft.Example.Added"));
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> all.remove(SystemEventNames.STORAGE_BLOB_CREATED));
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(all::clear);
	}

	@Test
	void everyPublicStaticFinalStringIsInAll() throws Exception {
		Map<String, String> ours = constants(SystemEventNames.class);
		assertThat(ours).isNotEmpty();
		assertThat(SystemEventNames.all()).containsExactlyInAnyOrderElementsOf(ours.values());
	}

	@Test
	void recognisesSystemEventTypesIgnoringCase() {
		assertThat(SystemEventNames.isSystemEventType("Microsoft.Storage.BlobCreated")).isTrue();
		assertThat(SystemEventNames.isSystemEventType("microsoft.storage.blobcreated")).isTrue();
		assertThat(SystemEventNames.isSystemEventType("MICROSOFT.EVENTGRID.SUBSCRIPTIONVALIDATIONEVENT")).isTrue();
		assertThat(SystemEventNames.isSystemEventType("Microsoft.ResourceNotifications.AksResources.FleetGateCreated"))
			.isTrue();
	}

	@Test
	void rejectsOtherTypes() {
		assertThat(SystemEventNames.isSystemEventType(null)).isFalse();
		assertThat(SystemEventNames.isSystemEventType("")).isFalse();
		assertThat(SystemEventNames.isSystemEventType("Contoso.Items.ItemReceived")).isFalse();
		assertThat(SystemEventNames.isSystemEventType("Microsoft.Storage.BlobCreated ")).isFalse();
		assertThat(SystemEventNames.isSystemEventType("Microsoft.Storage")).isFalse();
	}

	@Test
	void leavesOutMisspellingsFoundInGeneratedSdks() {
		assertThat(SDK_MISSPELLINGS).noneMatch(SystemEventNames::isSystemEventType);
	}

	@Test
	void leavesOutSupersededPreviewNames() {
		assertThat(NOT_KEPT).noneMatch(SystemEventNames::isSystemEventType);
	}

	@Test
	void hasTheNumberOfNamesTheClassDocumentationGives() throws Exception {
		assertThat(SystemEventNames.all()).hasSize(276);
		assertThat(constants(SystemEventNames.class)).hasSize(276);
	}

	@Test
	void deprecatesOnlyRetiredServicesAndPreviewChatNames() throws Exception {
		List<String> deprecated = new ArrayList<>();
		for (Field field : SystemEventNames.class.getDeclaredFields()) {
			if (isConstant(field) && field.isAnnotationPresent(Deprecated.class)) {
				deprecated.add((String) field.get(null));
			}
		}
		assertThat(deprecated).hasSize(64)
			.allMatch((name) -> name.startsWith("Microsoft.Media.") || name.startsWith("Microsoft.AgFoodPlatform.")
					|| name.startsWith("Microsoft.Communication.ChatMember")
					|| name.equals("Microsoft.Communication.ChatParticipantAddedToThread")
					|| name.equals("Microsoft.Communication.ChatParticipantRemovedFromThread"));
		assertThat(deprecated).filteredOn((name) -> name.startsWith("Microsoft.Media.")).hasSize(25);
		assertThat(deprecated).filteredOn((name) -> name.startsWith("Microsoft.AgFoodPlatform.")).hasSize(35);
	}

	@Test
	void knowsNamesFromOtherSdksAndTheDocumentation() {
		// preview-era chat names of the .NET SDK
		assertThat(SystemEventNames.COMMUNICATION_CHAT_PARTICIPANT_ADDED_TO_THREAD)
			.isEqualTo("Microsoft.Communication.ChatParticipantAddedToThread");
		assertThat(SystemEventNames.COMMUNICATION_CHAT_PARTICIPANT_REMOVED_FROM_THREAD)
			.isEqualTo("Microsoft.Communication.ChatParticipantRemovedFromThread");
		// Azure Data Manager for Agriculture, as its sample payloads spell them
		assertThat(SystemEventNames.AGRICULTURE_PARTY_CHANGED).isEqualTo("Microsoft.AgFoodPlatform.PartyChanged");
		assertThat(SystemEventNames.AGRICULTURE_FARM_CHANGED_V2).isEqualTo("Microsoft.AgFoodPlatform.FarmChangedV2");
		assertThat(SystemEventNames.AGRICULTURE_SATELLITE_DATA_INGESTION_JOB_STATUS_CHANGED_V2)
			.isEqualTo("Microsoft.AgFoodPlatform.SatelliteDataIngestionJobStatusChangedV2");
		assertThat(SystemEventNames.AGRICULTURE_SENSOR_PLACEMENT_MODEL_JOB_STATUS_CHANGED_V2)
			.isEqualTo("Microsoft.AgFoodPlatform.SensorPlacementModelJobStatusChangedV2");
		assertThat(SystemEventNames.AGRICULTURE_DEVICE_DATA_MODEL_CHANGED)
			.isEqualTo("Microsoft.AgFoodPlatform.DeviceDataModelChanged");
		assertThat(SystemEventNames.isSystemEventType("Microsoft.AgFoodPlatform.PartyChanged")).isTrue();
		assertThat(SystemEventNames.isSystemEventType("microsoft.agfoodplatform.fieldchangedv2")).isTrue();
		assertThat(SystemEventNames.isSystemEventType("Microsoft.Communication.ChatParticipantRemovedFromThread"))
			.isTrue();
		// documentation-only names kept from the first pass
		assertThat(SystemEventNames.isSystemEventType("Microsoft.Communication.AdvancedMessageAnalysisCompleted"))
			.isTrue();
		assertThat(SystemEventNames.isSystemEventType("Microsoft.StorageActions.StorageTaskCompleted")).isTrue();
	}

	@Test
	void cannotBeInstantiated() throws Exception {
		assertThat(Modifier.isFinal(SystemEventNames.class.getModifiers())).isTrue();
		Constructor<?>[] constructors = SystemEventNames.class.getDeclaredConstructors();
		assertThat(constructors).hasSize(1);
		assertThat(Modifier.isPrivate(constructors[0].getModifiers())).isTrue();
	}

	private static Map<String, String> constants(Class<?> type) throws IllegalAccessException {
		Map<String, String> constants = new LinkedHashMap<>();
		for (Field field : type.getDeclaredFields()) {
			if (isConstant(field)) {
				constants.put(field.getName(), (String) field.get(null));
			}
		}
		return constants;
	}

	private static boolean isConstant(Field field) {
		int modifiers = field.getModifiers();
		return Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers)
				&& field.getType() == String.class;
	}

}
