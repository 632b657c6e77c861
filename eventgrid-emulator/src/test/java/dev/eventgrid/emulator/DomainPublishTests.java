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

import java.net.http.HttpClient;
import java.net.http.HttpResponse;

import dev.eventgrid.emulator.model.EmulatedTopic;
import dev.eventgrid.emulator.model.InputSchema;
import dev.eventgrid.emulator.model.ReceivedEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events published to a domain name their domain topic, by name or resource id, and are
 * recorded with it.
 *
 * @author Event Grid for Spring Boot team
 */
class DomainPublishTests {

	private static final String ROUTING_MESSAGE = "Required property 'topic' needs to either be a full resource id "
			+ "or should be just the name of the domain topic.";

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static EventGridEmulator emulator;

	private static HttpClient client;

	@BeforeAll
	static void startEmulator() {
		emulator = EventGridEmulator.builder()
			.domain("shop", InputSchema.EVENT_GRID_EVENT)
			.domain("ce-shop", InputSchema.CLOUD_EVENT_V1_0)
			.domain("raw-shop", InputSchema.CUSTOM)
			.domain("other", InputSchema.EVENT_GRID_EVENT)
			.start();
		client = SdkClients.jdkClient(emulator);
	}

	@AfterAll
	static void stopEmulator() {
		emulator.close();
	}

	@BeforeEach
	void reset() {
		emulator.clear();
	}

	@Test
	void routesEventGridEventsByTopicNameOrResourceIdWithinOneRequest() throws Exception {
		String byId = emulator.topic("shop").domainTopicResourceId("south").toUpperCase();
		HttpResponse<String> response = publish("shop", "application/json",
				"[" + gridEvent("north") + "," + gridEvent(byId) + "]");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(emulator.receivedEvents("shop")).extracting(ReceivedEvent::domainTopic)
			.containsExactly("north", "SOUTH");
		assertThat(emulator.resourceId("shop")).isEqualTo("/subscriptions/" + EmulatedTopic.SUBSCRIPTION_ID
				+ "/resourceGroups/emulator/providers/Microsoft.EventGrid/domains/shop");
	}

	@Test
	void rejectsEventGridEventsWithoutAUsableTopic() throws Exception {
		assertRejected(publish("shop", "application/json", "[" + gridEvent(null) + "]"),
				"Event at index 0: " + ROUTING_MESSAGE + " Property 'topic' is missing.");
		String otherDomain = emulator.topic("other").domainTopicResourceId("north");
		assertRejected(publish("shop", "application/json", "[" + gridEvent(otherDomain) + "]"),
				"is not a topic of the domain");
		assertRejected(publish("shop", "application/json", "[" + gridEvent("a/b") + "]"), ROUTING_MESSAGE);
	}

	@Test
	void routesCloudEventsBySource() throws Exception {
		HttpResponse<String> response = publish("ce-shop", "application/cloudevents-batch+json",
				"[" + cloudEvent("west") + "," + cloudEvent("east") + "]");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(emulator.receivedEvents("ce-shop")).extracting(ReceivedEvent::domainTopic)
			.containsExactly("west", "east");
	}

	@Test
	void rejectsCloudEventsWhoseSourceIsAnAbsoluteUri() throws Exception {
		assertRejected(
				publish("ce-shop", "application/cloudevents-batch+json",
						"[" + cloudEvent("west") + "," + cloudEvent("https://contoso.com/orders") + "]"),
				"Event at index 1: " + ROUTING_MESSAGE);
		assertThat(emulator.receivedEvents("ce-shop")).isEmpty();
	}

	@Test
	void routesCustomEventsByTheirTopicMember() throws Exception {
		assertThat(publish("raw-shop", "application/json", "[{\"topic\":\"north\",\"n\":1}]").statusCode())
			.isEqualTo(200);
		assertThat(emulator.receivedEvents("raw-shop")).singleElement()
			.extracting(ReceivedEvent::domainTopic)
			.isEqualTo("north");
		assertRejected(publish("raw-shop", "application/json", "[{\"n\":1}]"), ROUTING_MESSAGE);
	}

	private static String gridEvent(String topic) {
		String topicMember = (topic != null) ? "\"topic\":\"" + topic + "\"," : "";
		return "{" + topicMember + "\"id\":\"1\",\"subject\":\"s\",\"eventType\":\"t\","
				+ "\"eventTime\":\"2024-01-01T00:00:00Z\",\"data\":{}}";
	}

	private static String cloudEvent(String source) {
		return "{\"id\":\"1\",\"source\":\"" + source + "\",\"type\":\"t\",\"specversion\":\"1.0\"}";
	}

	private static HttpResponse<String> publish(String domain, String contentType, String body) throws Exception {
		return SdkClients.send(client,
				SdkClients.post(emulator.httpsEndpoint(domain) + "?api-version=2018-01-01", contentType, body)
					.header("aeg-sas-key", emulator.key(domain))
					.build());
	}

	private static void assertRejected(HttpResponse<String> response, String message) throws Exception {
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(MAPPER.readTree(response.body()).get("error").get("message").asString()).contains(message);
	}

}
