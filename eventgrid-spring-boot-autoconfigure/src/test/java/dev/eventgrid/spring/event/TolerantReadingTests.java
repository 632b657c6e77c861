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

package dev.eventgrid.spring.event;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Tests that the readers take every event that the Azure SDKs read and that nothing would
 * lose or corrupt: one test per rule relaxed, with the payload that needs it, read by the
 * Azure SDK for Java beside ours. Publishing keeps these rules (the builders' tests check
 * that).
 *
 * @author Event Grid for Spring Boot team
 */
class TolerantReadingTests {

	/**
	 * {@code CloudEventBinaryData.json} of the Azure SDK for Java's test resources: an
	 * empty {@code subject}.
	 */
	private static final String EMPTY_SUBJECT = """
			[{"id":"2d1781af-3a4c-4d7c-bd0c-e34b19da4e66","source":"contoso/items","type":"Contoso.Items.ItemReceived",
			"subject":"","data_base64":"samplebinarydata","time":"2018-01-25T22:12:19.4556811Z","specversion":"1.0",
			"foo":"bar"}]""";

	private final EventGridPayloadReader reader = new EventGridPayloadReader();

	@Test
	void readsACloudEventWithAnEmptySubject() {
		CloudEvent event = CloudEvent.fromJson(EMPTY_SUBJECT).get(0);

		assertThat(event.getSubject()).isEmpty();
		assertThat(event.getExtension("foo")).isEqualTo("bar");
		assertThat(this.reader.readCloudEvents(EMPTY_SUBJECT)).containsExactly(event);
		assertThat(com.azure.core.models.CloudEvent.fromString(EMPTY_SUBJECT).get(0).getSubject()).isEmpty();
	}

	@Test
	void readsACamelCasedSpecVersionAsOfficialSamplesSpellIt() {
		String json = """
				{"specVersion":"1.0","type":"Microsoft.Storage.BlobCreated",
				"source":"/subscriptions/{subscription-id}/resourceGroups/{resource-group}/providers/Microsoft.Storage/storageAccounts/{storage-account}",
				"id":"9aeb0fdf-c01e-0131-0922-9eb54906e209","time":"2019-11-18T15:13:39.4589254Z",
				"subject":"blobServices/default/containers/{storage-container}/blobs/{new-file}",
				"data":{"api":"PutBlockList","contentType":"image/jpeg"}}""";

		List<?> events = this.reader.read(json).events();

		assertThat(events).singleElement()
			.satisfies((event) -> assertThat(((CloudEvent) event).getExtensions()).isEmpty());
		assertThat(com.azure.core.models.CloudEvent.fromString(json)).hasSize(1);
	}

	@Test
	void readsACloudEventWithoutSpecVersionAsVersionOne() {
		String json = "{\"id\":\"1\",\"source\":\"/orders\",\"type\":\"Contoso.OrderPlaced\",\"data\":{}}";

		assertThat(CloudEvent.fromJson(json)).singleElement()
			.satisfies((event) -> assertThat(event.getSpecVersion()).isEqualTo("1.0"));
		assertThat(com.azure.core.models.CloudEvent.fromString(json)).hasSize(1);
	}

	@Test
	void readsEmptyCloudEventAttributes() {
		String json = "{\"id\":\"\",\"source\":\"\",\"type\":\"\",\"specversion\":\"1.0\"}";

		assertThat(this.reader.readCloudEvents(json)).singleElement().satisfies((event) -> {
			assertThat(event.getId()).isEmpty();
			assertThat(event.getSource()).isEmpty();
			assertThat(event.getType()).isEmpty();
		});
		assertThat(com.azure.core.models.CloudEvent.fromString(json).get(0).getType()).isEmpty();
	}

	@Test
	void readsNumbersWhereTextIsExpectedAsTheirText() {
		String cloudEvent = "{\"id\":123,\"source\":\"/orders\",\"type\":\"t\",\"specversion\":\"1.0\",\"subject\":5}";
		String eventGridEvent = "{\"id\":7,\"subject\":\"s\",\"eventType\":\"t\",\"eventTime\":\"2024-05-01T10:00:00Z\","
				+ "\"dataVersion\":2,\"data\":{}}";

		assertThat(CloudEvent.fromJson(cloudEvent)).singleElement().satisfies((event) -> {
			assertThat(event.getId()).isEqualTo("123");
			assertThat(event.getSubject()).isEqualTo("5");
		});
		assertThat(EventGridEvent.fromJson(eventGridEvent)).singleElement().satisfies((event) -> {
			assertThat(event.getId()).isEqualTo("7");
			assertThat(event.getDataVersion()).isEqualTo("2");
		});
		assertThat(com.azure.core.models.CloudEvent.fromString(cloudEvent).get(0).getId()).isEqualTo("123");
		assertThat(com.azure.messaging.eventgrid.EventGridEvent.fromString(eventGridEvent).get(0).getDataVersion())
			.isEqualTo("2");
	}

	@Test
	void readsAnEmptyTimeAsNone() {
		String json = "{\"id\":\"1\",\"source\":\"/orders\",\"type\":\"t\",\"specversion\":\"1.0\",\"time\":\"\"}";

		assertThat(CloudEvent.fromJson(json)).singleElement()
			.satisfies((event) -> assertThat(event.getTime()).isNull());
	}

	@Test
	void readsAnEventGridEventWithAnEmptyTopicTypeAndId() {
		String json = "[{\"id\":\"\",\"topic\":\"\",\"subject\":\"\",\"eventType\":\"\","
				+ "\"eventTime\":\"2024-05-01T10:00:00Z\",\"dataVersion\":\"\",\"metadataVersion\":\"1\",\"data\":null}]";

		assertThat(this.reader.readEventGridEvents(json)).singleElement().satisfies((event) -> {
			assertThat(event.getId()).isEmpty();
			assertThat(event.getTopic()).isEmpty();
			assertThat(event.getEventType()).isEmpty();
		});
		assertThat(com.azure.messaging.eventgrid.EventGridEvent.fromString(json.replace("null", "{}"))).hasSize(1);
	}

	@Test
	void readsAnyMetadataVersion() {
		String json = "{\"id\":\"1\",\"subject\":\"s\",\"eventType\":\"t\",\"eventTime\":\"2024-05-01T10:00:00Z\","
				+ "\"dataVersion\":\"1\",\"metadataVersion\":\"2\",\"data\":{}}";

		assertThat(EventGridEvent.fromJson(json)).singleElement()
			.satisfies((event) -> assertThat(event.getMetadataVersion()).isEqualTo("2"));
		assertThat(com.azure.messaging.eventgrid.EventGridEvent.fromString(json)).hasSize(1);
	}

	@Test
	void publishingStillRefusesWhatReadingTolerates() {
		CloudEvent read = CloudEvent.fromJson(EMPTY_SUBJECT).get(0);

		assertThat(catchThrowableOfType(InvalidEventException.class, () -> read.toBuilder().build()))
			.hasMessage("CloudEvent 'subject' must not be empty when present");
	}

}
