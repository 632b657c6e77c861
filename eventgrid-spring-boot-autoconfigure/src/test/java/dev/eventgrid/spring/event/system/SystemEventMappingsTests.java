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

import java.nio.charset.StandardCharsets;
import java.util.Map;

import dev.eventgrid.spring.event.CloudEvent;
import dev.eventgrid.spring.event.EventGridEvent;
import dev.eventgrid.spring.event.InvalidEventException;
import dev.eventgrid.spring.event.JsonData;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link SystemEventMappings} and the {@code systemEventData()} of the events.
 *
 * @author Event Grid for Spring Boot team
 */
class SystemEventMappingsTests {

	@Test
	void mapsOnlyKnownSystemEventNames() {
		assertThat(SystemEventMappings.all()).hasSize(47);
		assertThat(SystemEventNames.all()).containsAll(SystemEventMappings.all().keySet());
	}

	@Test
	void mapsEveryTypeTheAzureSdkAlsoHasADataClassFor() {
		Map<String, Class<?>> sdk = com.azure.messaging.eventgrid.SystemEventNames.getSystemEventMappings();

		assertThat(sdk.keySet()).containsAll(SystemEventMappings.all().keySet());
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
		EventGridEvent event = eventGridEvent(SystemEventNames.WEB_APP_UPDATED, "{\"appEventTypeDetail\":{}}");

		assertThat(event.isSystemEvent()).isTrue();
		assertThat(event.systemEventData()).isEmpty();
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
		assertThat(fromFloat.expires()).isNull();
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
