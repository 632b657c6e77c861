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

package dev.eventgrid.emulator.namespace;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.model.InputSchema;
import dev.eventgrid.emulator.model.ReceivedEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufFlux;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static dev.eventgrid.emulator.namespace.NamespaceClient.BATCH;
import static dev.eventgrid.emulator.namespace.NamespaceClient.SINGLE;
import static dev.eventgrid.emulator.namespace.NamespaceClient.event;
import static dev.eventgrid.emulator.namespace.NamespaceClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Publishing to namespace topics: the accepted shapes, the fan-out to filtered
 * subscriptions, the limits and the validation errors.
 *
 * @author Event Grid for Spring Boot team
 */
class NamespacePublishTests {

	private static EventGridEmulator emulator;

	private static NamespaceClient client;

	@BeforeAll
	static void startEmulator() {
		emulator = EventGridEmulator.builder()
			.topic("plain-topic", InputSchema.CLOUD_EVENT_V1_0)
			.namespace(NamespaceDefinition.named("contoso")
				.topic("orders", NamespaceSubscription.named("all"),
						NamespaceSubscription.named("created").includedEventTypes(List.of("Order.Created")),
						NamespaceSubscription.named("europe").subjectBeginsWith("/eu/").subjectEndsWith("/paid"))
				.topic("audit"))
			.namespace(NamespaceDefinition.named("fabrikam").topic("orders", NamespaceSubscription.named("all")))
			.start();
		client = NamespaceClient.of(emulator, "contoso");
	}

	@AfterAll
	static void stopEmulator() {
		emulator.close();
	}

	@BeforeEach
	void clear() {
		emulator.clear();
	}

	@Test
	void acceptsOneStructuredEventAndAnswersWithAnEmptyObject() {
		HttpResponse<String> response = client.publish("orders", SINGLE,
				event("1", "Order.Created", "/eu/1").toString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{}");
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
		List<ReceivedEvent> received = emulator.namespace("contoso").receivedEvents("orders");
		assertThat(received).extracting((event) -> event.text("id")).containsExactly("1");
		assertThat(emulator.namespace("contoso").topic("orders").acceptedEventCount()).isOne();
	}

	@Test
	void acceptsABatchAndHandsEachEventToTheSubscriptionsWhoseFiltersItPasses() {
		HttpResponse<String> response = client.publish("orders", event("1", "Order.Created", "/eu/1/paid"),
				event("2", "Order.Shipped", "/eu/2/paid"), event("3", "order.created", "/us/3"));
		assertThat(response.statusCode()).isEqualTo(200);
		NamespaceTopic orders = emulator.namespace("contoso").topic("orders");
		assertThat(orders.subscription("all").size()).isEqualTo(3);
		assertThat(orders.subscription("created").size()).isEqualTo(2);
		assertThat(orders.subscription("europe").size()).isEqualTo(2);
		assertThat(client.receiveEvents("orders", "created", 10)).extracting(NamespaceClient.Received::id)
			.containsExactlyInAnyOrder("1", "3");
		assertThat(client.receiveEvents("orders", "europe", 10)).extracting(NamespaceClient.Received::id)
			.containsExactlyInAnyOrder("1", "2");
	}

	@Test
	void keepsNamespacesApartAndLeavesTopicsAlone() {
		NamespaceClient fabrikam = NamespaceClient.of(emulator, "fabrikam");
		assertThat(fabrikam.publish("orders", event("f", "Order.Created", "/f")).statusCode()).isEqualTo(200);
		assertThat(emulator.namespace("fabrikam").receivedEvents("orders")).hasSize(1);
		assertThat(emulator.namespace("contoso").receivedEvents("orders")).isEmpty();
		assertThat(emulator.receivedEvents()).isEmpty();
		assertThat(client.withCredential(
				(builder) -> builder.header("Authorization", "SharedAccessKey " + emulator.namespace("fabrikam").key()))
			.publish("orders", event("x", "t", "/s"))
			.statusCode()).isEqualTo(401);
	}

	@Test
	void findsTheNamespaceByTheFirstLabelOfTheHost() {
		String key = emulator.namespace("fabrikam").key();
		Integer status = reactor.netty.http.client.HttpClient.create()
			.headers((headers) -> headers.set("Host", "fabrikam.localhost:" + emulator.httpPort())
				.set("Content-Type", SINGLE)
				.set("Authorization", "SharedAccessKey " + key))
			.post()
			.uri("http://127.0.0.1:" + emulator.httpPort() + "/topics/orders:publish?api-version=2024-06-01")
			.send(ByteBufFlux.fromString(Mono.just(event("h", "t", "/s").toString())))
			.response()
			.map((response) -> response.status().code())
			.block(Duration.ofSeconds(10));
		assertThat(status).isEqualTo(200);
		assertThat(emulator.namespace("fabrikam").receivedEvents("orders")).hasSize(1);
	}

	@Test
	void answersAnUnknownNamespaceWith404AndAnUnknownTopicWith410() {
		HttpResponse<String> unknownNamespace = client.withEndpoint(client.endpoint().replace("contoso", "nowhere"))
			.publish("orders", event("1", "t", "/s"));
		assertThat(unknownNamespace.statusCode()).isEqualTo(404);
		assertThat(json(unknownNamespace).at("/error/code").stringValue()).isEqualTo("NotFound");
		HttpResponse<String> unknownTopic = client.publish("nothing", event("1", "t", "/s"));
		assertThat(unknownTopic.statusCode()).isEqualTo(410);
		assertThat(json(unknownTopic).at("/error/code").stringValue()).isEqualTo("Gone");
		assertThat(unknownTopic.headers().firstValue("x-ms-error-code")).hasValue("Gone");
	}

	@Test
	void refusesOtherMethodsThanPost() {
		HttpResponse<String> response = client
			.send(client.post("/topics/orders:publish", "", "").method("GET", HttpRequest.BodyPublishers.noBody()));
		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.headers().firstValue("Allow")).hasValue("POST");
	}

	@Test
	void refusesAMissingOrUnsupportedApiVersion() {
		assertBadRequest(client.withApiVersion("2018-01-01").publish("orders", event("1", "t", "/s")),
				"api-version '2018-01-01' is not supported");
		assertBadRequest(client.withApiVersion("").publish("orders", event("1", "t", "/s")),
				"api-version query parameter");
		for (String version : List.of("2023-06-01-preview", "2023-10-01-preview", "2023-11-01", "2024-06-01")) {
			assertThat(client.withApiVersion(version).publish("audit", event(version, "t", "/s")).statusCode())
				.isEqualTo(200);
		}
	}

	@Test
	void refusesInvalidCloudEventsWithTheServiceErrorBody() {
		ObjectNode noId = event("1", "t", "/s");
		noId.remove("id");
		HttpResponse<String> response = client.publish("orders", noId);
		assertBadRequest(response, "Event at index 0: `id` must be non-empty string");
		JsonNode error = json(response).get("error");
		assertThat(error.get("timestamp_utc").stringValue()).isNotBlank();
		assertThat(error.get("tracking_id").stringValue()).isNotBlank();
		assertBadRequest(client.publish("orders", event("1", "t", "/s").put("specversion", "0.3")),
				"`specversion` must be \"1.0\"");
		assertBadRequest(client.publish("orders", event("1", "t", "/s").put("time", "yesterday")), "`time`");
		assertBadRequest(client.publish("orders", event("1", "t", "/s").put("data_base64", "AAAA")),
				"must not both be present");
		assertBadRequest(client.publish("orders", event("1", "t", "/s").put("Bad-Name", "x")), "'Bad-Name'");
		assertBadRequest(client.publish("orders", SINGLE, "{\"id\":"), "not valid JSON");
		assertBadRequest(client.publish("orders", BATCH, "[]"), "no events");
		assertBadRequest(client.publish("orders", BATCH, event("1", "t", "/s").toString()), "JSON array");
		assertBadRequest(client.publish("orders", SINGLE, "[" + event("1", "t", "/s") + "]"), "JSON object");
		assertThat(emulator.namespace("contoso").receivedEvents("orders")).isEmpty();
	}

	@Test
	void refusesOtherContentTypesWith415() {
		HttpResponse<String> response = client.publish("orders", "text/plain", event("1", "t", "/s").toString());
		assertThat(response.statusCode()).isEqualTo(415);
		assertThat(json(response).at("/error/code").stringValue()).isEqualTo("UnsupportedMediaType");
		assertThat(client.publish("orders", "application/json", "[" + event("1", "t", "/s") + "]").statusCode())
			.isEqualTo(200);
	}

	@Test
	void refusesMoreThanAThousandEventsAndMoreThanOneMegabyteWith403() {
		List<JsonNode> events = new ArrayList<>();
		for (int i = 0; i < 1001; i++) {
			events.add(event(Integer.toString(i), "t", "/s"));
		}
		HttpResponse<String> tooMany = client.publish("orders", events.toArray(new JsonNode[0]));
		assertThat(tooMany.statusCode()).isEqualTo(403);
		assertThat(json(tooMany).at("/error/message").stringValue()).contains("at most 1000 events");
		ObjectNode large = event("big", "t", "/s").put("data", "x".repeat(CloudEventReader.MAX_SIZE));
		HttpResponse<String> tooLarge = client.publish("orders", SINGLE, large.toString());
		assertThat(tooLarge.statusCode()).isEqualTo(403);
		assertThat(json(tooLarge).at("/error/message").stringValue()).contains("larger than the limit of 1 MB");
		ObjectNode almost = event("big", "t", "/s").put("data", "x".repeat(CloudEventReader.MAX_SIZE - 200));
		assertThat(client.publish("orders", SINGLE, almost.toString()).statusCode()).isEqualTo(200);
		assertThat(emulator.namespace("contoso").receivedEvents("orders")).hasSize(1);
	}

	private static void assertBadRequest(HttpResponse<String> response, String message) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		JsonNode error = json(response).get("error");
		assertThat(error.get("code").stringValue()).isEqualTo("BadRequest");
		assertThat(error.get("message").stringValue()).contains(message);
	}

}
