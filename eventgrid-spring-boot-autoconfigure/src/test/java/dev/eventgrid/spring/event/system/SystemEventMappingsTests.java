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

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.eventgrid.spring.event.CloudEvent;
import dev.eventgrid.spring.event.EventGridEvent;
import dev.eventgrid.spring.event.InvalidEventException;
import dev.eventgrid.spring.event.JsonData;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link SystemEventMappings} and the {@code systemEventData()} of the events.
 *
 * @author Event Grid for Spring Boot team
 */
class SystemEventMappingsTests {

	/**
	 * Names that the service publishes, or published recently, and that no definition
	 * describes, so that there is nothing to generate a record from; every other name of
	 * {@link SystemEventNames} that is not deprecated must have a record.
	 */
	private static final Map<String, String> UNMAPPED_WITHOUT_DEFINITION = Map.of(
			SystemEventNames.COMMUNICATION_ADVANCED_MESSAGE_ANALYSIS_COMPLETED,
			"a preview event that only the documentation describes");

	/**
	 * Names that the Azure SDK for Java maps to a class of its own while no current
	 * definition describes them: deprecated preview chat events.
	 */
	private static final Set<String> SDK_ONLY = Set.of(
			SystemEventNames.COMMUNICATION_CHAT_MEMBER_ADDED_TO_THREAD_WITH_USER,
			SystemEventNames.COMMUNICATION_CHAT_MEMBER_REMOVED_FROM_THREAD_WITH_USER);

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	@Test
	void mapsOnlyKnownSystemEventNames() {
		assertThat(SystemEventMappings.all().keySet()).allSatisfy(
				(name) -> assertThat(SystemEventNames.isSystemEventType(name)).as("known name %s", name).isTrue());
	}

	@Test
	void mapsEveryNameTheServicePublishes() throws Exception {
		List<String> unmapped = new ArrayList<>();
		for (Field field : SystemEventNames.class.getFields()) {
			String name = (String) field.get(null);
			if (!field.isAnnotationPresent(Deprecated.class) && !UNMAPPED_WITHOUT_DEFINITION.containsKey(name)
					&& SystemEventMappings.dataType(name).isEmpty()) {
				unmapped.add(field.getName() + " (" + name + ")");
			}
		}

		assertThat(unmapped).as("names without a data record").isEmpty();
		assertThat(UNMAPPED_WITHOUT_DEFINITION.keySet())
			.allSatisfy((name) -> assertThat(SystemEventMappings.dataType(name)).as(name).isEmpty());
	}

	@Test
	void mapsEveryTypeTheAzureSdkMapsExceptRetiredPreviewChatEvents() {
		Set<String> sdk = com.azure.messaging.eventgrid.SystemEventNames.getSystemEventMappings().keySet();

		assertThat(sdk).filteredOn((name) -> SystemEventMappings.dataType(name).isEmpty())
			.as("types the Azure SDK maps and we do not")
			.containsExactlyInAnyOrderElementsOf(SDK_ONLY);
	}

	@Test
	void everyDataTypeIsASystemEventDataRecordThatJacksonReads() {
		Set<Class<?>> types = new LinkedHashSet<>(SystemEventMappings.all().values());

		assertThat(types).hasSizeGreaterThan(150).allSatisfy((type) -> {
			assertThat(type.isRecord()).as("%s is a record", type).isTrue();
			assertThat(SystemEventData.class).isAssignableFrom(type);
			assertThat(MAPPER.readValue("{}", type)).as(type.getName()).isNotNull();
			for (Class<?> nested : type.getDeclaredClasses()) {
				assertThat(nested.isRecord()).as("%s is a record", nested).isTrue();
				assertThat(MAPPER.readValue("{}", nested)).as(nested.getName()).isNotNull();
			}
		});
	}

	@Test
	void looksTypesUpIgnoringCase() {
		assertThat(SystemEventMappings.dataType("microsoft.storage.BLOBCREATED"))
			.contains(StorageBlobCreatedEventData.class);
		assertThat(SystemEventMappings.dataType("Contoso.OrderPlaced")).isEmpty();
		assertThat(SystemEventMappings.dataType(null)).isEmpty();
	}

	@Test
	void givesTypedDataOfAnEventGridEvent() {
		EventGridEvent event = eventGridEvent(SystemEventNames.STORAGE_BLOB_DELETED,
				"{\"api\":\"DeleteBlob\",\"url\":\"https://a.blob.core.windows.net/c/b\",\"unknown\":{\"x\":1}}");

		assertThat(event.isSystemEvent()).isTrue();
		assertThat(event.systemEventData()).containsInstanceOf(StorageBlobDeletedEventData.class)
			.get()
			.extracting("api", "url")
			.containsExactly("DeleteBlob", "https://a.blob.core.windows.net/c/b");
	}

	@Test
	void givesTypedDataOfACloudEventCarryingItAsBase64() {
		CloudEvent event = CloudEvent.builder()
			.source("/subscriptions/s/resourceGroups/rg/providers/Microsoft.EventGrid/topics/t")
			.type(SystemEventNames.EVENT_GRID_SUBSCRIPTION_DELETED)
			.dataBase64("{\"eventSubscriptionId\":\"/s/e\"}".getBytes(StandardCharsets.UTF_8))
			.build();

		assertThat(event.systemEventData()).contains(new SubscriptionDeletedEventData("/s/e"));
	}

	@Test
	void givesNothingForCustomEvents() {
		EventGridEvent event = eventGridEvent("Contoso.OrderPlaced", "{\"orderId\":42}");

		assertThat(event.isSystemEvent()).isFalse();
		assertThat(event.systemEventData()).isEmpty();
	}

	@Test
	void givesNothingForSystemEventsWithoutADataClass() {
		EventGridEvent event = eventGridEvent(SystemEventNames.COMMUNICATION_ADVANCED_MESSAGE_ANALYSIS_COMPLETED,
				"{\"intentAnalysis\":\"t\"}");

		assertThat(event.isSystemEvent()).isTrue();
		assertThat(event.systemEventData()).isEmpty();
	}

	@Test
	void readsStorageActionsEventsAsTheStorageTaskEventsTheyMirror() {
		EventGridEvent event = eventGridEvent(SystemEventNames.STORAGE_ACTIONS_STORAGE_TASK_COMPLETED,
				"{\"status\":\"Succeeded\",\"completedDateTime\":\"2023-08-07T21:35:34Z\",\"taskName\":\"t\"}");

		assertThat(event.systemEventData()).containsInstanceOf(StorageTaskCompletedEventData.class)
			.get()
			.extracting("status", "taskName")
			.containsExactly("Succeeded", "t");
	}

	@Test
	void givesNothingForNullData() {
		assertThat(eventGridEvent(SystemEventNames.STORAGE_BLOB_CREATED, "null").systemEventData()).isEmpty();
	}

	@Test
	void saysWhichClassTheDataDoesNotFit() {
		EventGridEvent event = eventGridEvent(SystemEventNames.EVENT_HUB_CAPTURE_FILE_CREATED,
				"{\"eventCount\":\"many\"}");

		assertThatExceptionOfType(InvalidEventException.class).isThrownBy(event::systemEventData)
			.withMessageStartingWith("The data of the Microsoft.EventHub.CaptureFileCreated event cannot be read as "
					+ "EventHubCaptureFileCreatedEventData: ")
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("data"));
	}

	@Test
	void readsKeyVaultNumbersFromNumbersStringsAndFloats() {
		String data = "{\"Id\":\"i\",\"NBF\":1559081980,\"EXP\":\"1559082102\"}";
		KeyVaultObjectEventData fromMixed = (KeyVaultObjectEventData) eventGridEvent(
				SystemEventNames.KEY_VAULT_KEY_EXPIRED, data)
			.systemEventData()
			.orElseThrow();
		KeyVaultObjectEventData fromFloat = (KeyVaultObjectEventData) eventGridEvent(
				SystemEventNames.KEY_VAULT_KEY_EXPIRED, "{\"nbf\":1.55908198E9,\"EXP\":\"\"}")
			.systemEventData()
			.orElseThrow();

		assertThat(fromMixed.nbf()).isEqualTo(1559081980L);
		assertThat(fromMixed.exp()).isEqualTo(1559082102L);
		assertThat(fromFloat.nbf()).isEqualTo(1559081980L);
		assertThat(fromFloat.exp()).isNull();
	}

	@Test
	void refusesKeyVaultNumbersThatAreNotNumbers() {
		EventGridEvent event = eventGridEvent(SystemEventNames.KEY_VAULT_KEY_EXPIRED, "{\"NBF\":\"soon\"}");

		assertThatExceptionOfType(InvalidEventException.class).isThrownBy(event::systemEventData)
			.withMessageContaining("'soon' is not a number");
	}

	private static EventGridEvent eventGridEvent(String type, String data) {
		return EventGridEvent.builder().subject("s").eventType(type).dataVersion("1").data(JsonData.of(data)).build();
	}

}
