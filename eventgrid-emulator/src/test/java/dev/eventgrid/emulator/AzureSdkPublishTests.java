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

package dev.eventgrid.emulator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.AzureKeyCredential;
import com.azure.core.credential.AzureSasCredential;
import com.azure.core.credential.TokenCredential;
import com.azure.core.exception.HttpResponseException;
import com.azure.core.models.CloudEvent;
import com.azure.core.models.CloudEventDataFormat;
import com.azure.core.util.BinaryData;
import com.azure.messaging.eventgrid.EventGridEvent;
import com.azure.messaging.eventgrid.EventGridPublisherClient;
import com.azure.messaging.eventgrid.EventGridPublisherClientBuilder;
import dev.eventgrid.emulator.fault.Fault;
import dev.eventgrid.emulator.fault.RetryAfterHeader;
import dev.eventgrid.emulator.model.InputSchema;
import dev.eventgrid.emulator.model.ReceivedEvent;
import dev.eventgrid.emulator.model.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The real Azure SDK for Java publishes to the emulator over HTTPS with each credential
 * type, and the emulator records exactly what it sent.
 *
 * @author Event Grid for Spring Boot team
 */
class AzureSdkPublishTests {

	private static EventGridEmulator emulator;

	@BeforeAll
	static void startEmulator() {
		emulator = EventGridEmulator.builder()
			.topic("grid-events", InputSchema.EVENT_GRID_EVENT)
			.topic("cloud-events", InputSchema.CLOUD_EVENT_V1_0)
			.topic("custom-events", InputSchema.CUSTOM)
			.domain("shop", InputSchema.EVENT_GRID_EVENT)
			.domain("ce-shop", InputSchema.CLOUD_EVENT_V1_0)
			.start();
	}

	@AfterAll
	static void stopEmulator() {
		emulator.close();
	}

	@BeforeEach
	void reset() {
		emulator.clear();
		emulator.faults().clear();
	}

	@ParameterizedTest
	@EnumSource(Credential.class)
	void publishesEventGridEventsThatAreRecordedAsSent(Credential credential) {
		EventGridEvent first = new EventGridEvent("orders/1", "Contoso.OrderPlaced",
				BinaryData.fromObject(Map.of("amount", 12)), "1.0");
		EventGridEvent second = new EventGridEvent("orders/2", "Contoso.OrderShipped", BinaryData.fromObject("text"),
				"2.0");
		client(credential, "grid-events").buildEventGridEventPublisherClient().sendEvents(List.of(first, second));
		List<ReceivedEvent> received = emulator.receivedEvents("grid-events");
		assertThat(received).hasSize(2);
		assertSameEvent(received.get(0), first);
		assertSameEvent(received.get(1), second);
		assertThat(received.get(0).headers().first("Content-Type")).startsWith("application/json");
		assertThat(received.get(0).headers().contains(credential.header)).isTrue();
		assertThat(received.get(0).domainTopic()).isNull();
		assertThat(emulator.requests()).extracting(RecordedRequest::path)
			.containsExactly("/topics/grid-events/api/events");
	}

	@ParameterizedTest
	@EnumSource(Credential.class)
	void publishesCloudEventsThatAreRecordedAsSent(Credential credential) {
		CloudEvent json = new CloudEvent("/orders", "Contoso.OrderPlaced", BinaryData.fromObject(Map.of("amount", 12)),
				CloudEventDataFormat.JSON, "application/json")
			.setSubject("orders/1")
			.addExtensionAttribute("tenant", "contoso");
		byte[] bytes = "raw bytes".getBytes(StandardCharsets.UTF_8);
		CloudEvent binary = new CloudEvent("/orders", "Contoso.Blob", BinaryData.fromBytes(bytes),
				CloudEventDataFormat.BYTES, "application/octet-stream");
		client(credential, "cloud-events").buildCloudEventPublisherClient().sendEvents(List.of(json, binary));
		List<ReceivedEvent> received = emulator.receivedEvents("cloud-events");
		assertThat(received).hasSize(2);
		ReceivedEvent first = received.get(0);
		assertThat(first.text("id")).isEqualTo(json.getId());
		assertThat(first.text("source")).isEqualTo("/orders");
		assertThat(first.text("type")).isEqualTo("Contoso.OrderPlaced");
		assertThat(first.text("specversion")).isEqualTo("1.0");
		assertThat(first.text("subject")).isEqualTo("orders/1");
		assertThat(first.text("tenant")).isEqualTo("contoso");
		assertThat(first.node().get("data").get("amount").asInt()).isEqualTo(12);
		assertThat(received.get(1).text("data_base64")).isEqualTo(Base64.getEncoder().encodeToString(bytes));
		assertThat(first.headers().first("Content-Type")).startsWith("application/cloudevents-batch+json");
	}

	@ParameterizedTest
	@EnumSource(Credential.class)
	void publishesCustomEventsWhoseTextIsRecordedExactly(Credential credential) {
		Map<String, Object> first = new LinkedHashMap<>();
		first.put("orderId", "A-1");
		first.put("lines", List.of(1, 2, 3));
		first.put("nested", Map.of("ok", true));
		client(credential, "custom-events").buildCustomEventPublisherClient()
			.sendEvents(List.of(BinaryData.fromObject(first), BinaryData.fromObject(Map.of("orderId", "A-2"))));
		assertThat(emulator.receivedEvents("custom-events")).extracting(ReceivedEvent::json)
			.containsExactly("{\"orderId\":\"A-1\",\"lines\":[1,2,3],\"nested\":{\"ok\":true}}",
					"{\"orderId\":\"A-2\"}");
	}

	@Test
	void rejectsCustomEventsFromStringsBecauseTheSdkSendsThemAsJsonStrings() {
		EventGridPublisherClient<BinaryData> client = client(Credential.ACCESS_KEY, "custom-events")
			.buildCustomEventPublisherClient();
		assertThatExceptionOfType(HttpResponseException.class)
			.isThrownBy(() -> client.sendEvent(BinaryData.fromString("{\"orderId\":\"A-1\"}")))
			.withMessageContaining("Event at index 0: an event must be a JSON object");
		assertThat(emulator.requests()).singleElement().extracting(RecordedRequest::status).isEqualTo(400);
	}

	@Test
	void publishesEventGridEventsToDomainTopics() {
		EventGridEvent byName = new EventGridEvent("s", "t", BinaryData.fromObject(1), "1").setTopic("north");
		EventGridEvent byId = new EventGridEvent("s", "t", BinaryData.fromObject(2), "1")
			.setTopic(emulator.topic("shop").domainTopicResourceId("south"));
		client(Credential.ACCESS_KEY, "shop").buildEventGridEventPublisherClient().sendEvents(List.of(byName, byId));
		assertThat(emulator.receivedEvents("shop")).extracting(ReceivedEvent::domainTopic)
			.containsExactly("north", "south");
		assertThat(emulator.requests()).extracting(RecordedRequest::path).containsExactly("/domains/shop/api/events");
	}

	@Test
	void publishesCloudEventsToDomainTopicsNamedBySource() {
		CloudEvent event = new CloudEvent("west", "t", BinaryData.fromObject(1), CloudEventDataFormat.JSON,
				"application/json");
		client(Credential.SAS_TOKEN, "ce-shop").buildCloudEventPublisherClient().sendEvent(event);
		assertThat(emulator.receivedEvents("ce-shop")).singleElement()
			.extracting(ReceivedEvent::domainTopic)
			.isEqualTo("west");
	}

	@Test
	void publishesOverPlainHttpWithSasToken() {
		String endpoint = emulator.httpEndpoint("grid-events");
		String sas = EventGridPublisherClient.generateSas(endpoint, new AzureKeyCredential(emulator.key("grid-events")),
				OffsetDateTime.now().plusMinutes(5));
		SdkClients.publisher(emulator, endpoint)
			.credential(new AzureSasCredential(sas))
			.buildEventGridEventPublisherClient()
			.sendEvent(new EventGridEvent("s", "t", BinaryData.fromObject(1), "1"));
		assertThat(emulator.requests()).singleElement().extracting(RecordedRequest::secure).isEqualTo(false);
		assertThat(emulator.receivedEvents("grid-events")).hasSize(1);
	}

	@Test
	void retriesServiceUnavailableHonouringRetryAfterAndSucceeds() {
		emulator.faults("grid-events").failNext(2, 503, Duration.ofMillis(50), RetryAfterHeader.RETRY_AFTER_MS);
		client(Credential.ACCESS_KEY, "grid-events").buildEventGridEventPublisherClient()
			.sendEvent(new EventGridEvent("s", "t", BinaryData.fromObject(1), "1"));
		assertThat(emulator.requests()).extracting(RecordedRequest::status).containsExactly(503, 503, 200);
		assertThat(emulator.requests().get(0).fault()).isInstanceOf(Fault.Fail.class);
		assertThat(emulator.receivedEvents("grid-events")).hasSize(1);
	}

	@Test
	void waitsForRetryAfterSecondsBeforeRetrying() {
		emulator.faults().failNext(1, 429, Duration.ofSeconds(1));
		long start = System.nanoTime();
		client(Credential.ACCESS_KEY, "custom-events").buildCustomEventPublisherClient()
			.sendEvent(BinaryData.fromObject(Map.of("id", 1)));
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
		assertThat(emulator.requests()).extracting(RecordedRequest::status).containsExactly(429, 200);
	}

	@Test
	void retriesAConnectionDroppedBeforeTheResponse() {
		emulator.faults().dropConnectionBeforeResponse(1);
		client(Credential.ACCESS_KEY, "grid-events").buildEventGridEventPublisherClient()
			.sendEvent(new EventGridEvent("s", "t", BinaryData.fromObject(1), "1"));
		assertThat(emulator.requests()).extracting(RecordedRequest::status).containsExactly(0, 200);
		assertThat(emulator.receivedEvents("grid-events")).hasSize(1);
	}

	@Test
	void failsWithoutRetryingWhenEventGridEventsGoToACloudEventsTopic() {
		EventGridPublisherClient<EventGridEvent> client = client(Credential.ACCESS_KEY, "cloud-events")
			.buildEventGridEventPublisherClient();
		assertThatExceptionOfType(HttpResponseException.class)
			.isThrownBy(() -> client.sendEvent(new EventGridEvent("s", "t", BinaryData.fromObject(1), "1")))
			.satisfies((ex) -> assertThat(ex.getResponse().getStatusCode()).isEqualTo(400))
			.withMessageContaining("Token Expected: StartObject");
		assertThat(emulator.requests()).hasSize(1);
	}

	@Test
	void failsWithoutRetryingWithAWrongKey() {
		EventGridPublisherClient<BinaryData> client = SdkClients
			.publisher(emulator, emulator.httpsEndpoint("custom-events"))
			.credential(new AzureKeyCredential(emulator.key("grid-events")))
			.buildCustomEventPublisherClient();
		assertThatExceptionOfType(HttpResponseException.class)
			.isThrownBy(() -> client.sendEvent(BinaryData.fromObject(Map.of("id", 1))))
			.satisfies((ex) -> assertThat(ex.getResponse().getStatusCode()).isEqualTo(401));
		assertThat(emulator.requests()).hasSize(1);
	}

	private static EventGridPublisherClientBuilder client(Credential credential, String topic) {
		String endpoint = emulator.httpsEndpoint(topic);
		EventGridPublisherClientBuilder builder = SdkClients.publisher(emulator, endpoint);
		switch (credential) {
			case ACCESS_KEY:
				return builder.credential(new AzureKeyCredential(emulator.key(topic)));
			case SAS_TOKEN:
				String sas = EventGridPublisherClient.generateSas(endpoint,
						new AzureKeyCredential(emulator.keys(topic).get(1)), OffsetDateTime.now().plusMinutes(10));
				return builder.credential(new AzureSasCredential(sas));
			default:
				TokenCredential tokens = (request) -> Mono
					.just(new AccessToken(emulator.issueAccessToken(), OffsetDateTime.now().plusHours(1)));
				return builder.credential(tokens);
		}
	}

	private static void assertSameEvent(ReceivedEvent received, EventGridEvent sent) {
		assertThat(received.text("id")).isEqualTo(sent.getId());
		assertThat(received.text("subject")).isEqualTo(sent.getSubject());
		assertThat(received.text("eventType")).isEqualTo(sent.getEventType());
		assertThat(received.text("dataVersion")).isEqualTo(sent.getDataVersion());
		assertThat(OffsetDateTime.parse(received.text("eventTime")).toInstant())
			.isEqualTo(sent.getEventTime().toInstant());
		assertThat(received.node().get("data").toString()).isEqualTo(sent.getData().toString());
	}

	enum Credential {

		ACCESS_KEY("aeg-sas-key"), SAS_TOKEN("aeg-sas-token"), ACCESS_TOKEN("Authorization");

		private final String header;

		Credential(String header) {
			this.header = header;
		}

	}

}
