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

import dev.eventgrid.emulator.model.InputSchema;
import dev.eventgrid.emulator.model.ReceivedEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufFlux;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Publishing to namespace topics: the accepted shapes, the fan-out to filtered
 * subscriptions, the limits and the validation errors.
 *
 * @author Event Grid for Spring Boot team
 */
class NamespacePublishTests {

	@RegisterExtension
	static final RunningNamespaceEmulator running = new RunningNamespaceEmulator(
			(builder) -> builder.topic("plain-topic", InputSchema.CLOUD_EVENT_V1_0)
				.namespace(NamespaceDefinition.named("contoso")
					.topic("orders", NamespaceSubscription.named("all"),
							NamespaceSubscription.named("created").includedEventTypes(List.of("Order.Created")),
							NamespaceSubscription.named("europe").subjectBeginsWith("/eu/").subjectEndsWith("/paid"))
					.topic("audit"))
				.namespace(NamespaceDefinition.named("fabrikam").topic("orders", NamespaceSubscription.named("all"))));

	@Test
	void acceptsOneStructuredEventAndAnswersWithAnEmptyObject() {
		HttpResponse<String> response = running.client()
			.publish("orders", NamespaceClient.SINGLE, NamespaceClient.event("1", "Order.Created", "/eu/1").toString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{}");
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
		List<ReceivedEvent> received = running.emulator().namespace("contoso").receivedEvents("orders");
		assertThat(received).extracting((event) -> event.text("id")).containsExactly("1");
		assertThat(running.emulator().namespace("contoso").topic("orders").acceptedEventCount()).isOne();
	}

	@Test
	void acceptsABatchAndHandsEachEventToTheSubscriptionsWhoseFiltersItPasses() {
		HttpResponse<String> response = running.client()
			.publish("orders", NamespaceClient.event("1", "Order.Created", "/eu/1/paid"),
					NamespaceClient.event("2", "Order.Shipped", "/eu/2/paid"),
					NamespaceClient.event("3", "order.created", "/us/3"));
		assertThat(response.statusCode()).isEqualTo(200);
		NamespaceTopic orders = running.emulator().namespace("contoso").topic("orders");
		assertThat(orders.subscription("all").size()).isEqualTo(3);
		assertThat(orders.subscription("created").size()).isEqualTo(2);
		assertThat(orders.subscription("europe").size()).isEqualTo(2);
		assertThat(running.client().receiveEvents("orders", "created", 10)).extracting(NamespaceClient.Received::id)
			.containsExactlyInAnyOrder("1", "3");
		assertThat(running.client().receiveEvents("orders", "europe", 10)).extracting(NamespaceClient.Received::id)
			.containsExactlyInAnyOrder("1", "2");
	}

	@Test
	void keepsNamespacesApartAndLeavesTopicsAlone() {
		NamespaceClient fabrikam = NamespaceClient.of(running.emulator(), "fabrikam");
		assertThat(fabrikam.publish("orders", NamespaceClient.event("f", "Order.Created", "/f")).statusCode())
			.isEqualTo(200);
		assertThat(running.emulator().namespace("fabrikam").receivedEvents("orders")).hasSize(1);
		assertThat(running.emulator().namespace("contoso").receivedEvents("orders")).isEmpty();
		assertThat(running.emulator().receivedEvents()).isEmpty();
		assertThat(running.client()
			.withCredential((builder) -> builder.header("Authorization",
					"SharedAccessKey " + running.emulator().namespace("fabrikam").key()))
			.publish("orders", NamespaceClient.event("x", "t", "/s"))
			.statusCode()).isEqualTo(401);
	}

	@Test
	void findsTheNamespaceByTheFirstLabelOfTheHost() {
		String key = running.emulator().namespace("fabrikam").key();
		Integer status = reactor.netty.http.client.HttpClient.create()
			.headers((headers) -> headers.set("Host", "fabrikam.localhost:" + running.emulator().httpPort())
				.set("Content-Type", NamespaceClient.SINGLE)
				.set("Authorization", "SharedAccessKey " + key))
			.post()
			.uri("http://127.0.0.1:" + running.emulator().httpPort() + "/topics/orders:publish?api-version=2024-06-01")
			.send(ByteBufFlux.fromString(Mono.just(NamespaceClient.event("h", "t", "/s").toString())))
			.response()
			.map((response) -> response.status().code())
			.block(Duration.ofSeconds(10));
		assertThat(status).isEqualTo(200);
		assertThat(running.emulator().namespace("fabrikam").receivedEvents("orders")).hasSize(1);
	}

	@Test
	void answersAnUnknownNamespaceWith404AndAnUnknownTopicWith410() {
		HttpResponse<String> unknownNamespace = running.client()
			.withEndpoint(running.client().endpoint().replace("contoso", "nowhere"))
			.publish("orders", NamespaceClient.event("1", "t", "/s"));
		assertThat(unknownNamespace.statusCode()).isEqualTo(404);
		assertThat(NamespaceClient.json(unknownNamespace).at("/error/code").stringValue()).isEqualTo("NotFound");
		HttpResponse<String> unknownTopic = running.client().publish("nothing", NamespaceClient.event("1", "t", "/s"));
		assertThat(unknownTopic.statusCode()).isEqualTo(410);
		assertThat(NamespaceClient.json(unknownTopic).at("/error/code").stringValue()).isEqualTo("Gone");
		assertThat(unknownTopic.headers().firstValue("x-ms-error-code")).hasValue("Gone");
	}

	@Test
	void refusesOtherMethodsThanPost() {
		HttpResponse<String> response = running.client()
			.send(running.client()
				.post("/topics/orders:publish", "", "")
				.method("GET", HttpRequest.BodyPublishers.noBody()));
		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.headers().firstValue("Allow")).hasValue("POST");
	}

	@Test
	void refusesAMissingOrUnsupportedApiVersion() {
		assertBadRequest(
				running.client().withApiVersion("2018-01-01").publish("orders", NamespaceClient.event("1", "t", "/s")),
				"api-version '2018-01-01' is not supported");
		assertBadRequest(running.client().withApiVersion("").publish("orders", NamespaceClient.event("1", "t", "/s")),
				"api-version query parameter");
		for (String version : List.of("2023-06-01-preview", "2023-10-01-preview", "2023-11-01", "2024-06-01")) {
			assertThat(running.client()
				.withApiVersion(version)
				.publish("audit", NamespaceClient.event(version, "t", "/s"))
				.statusCode()).isEqualTo(200);
		}
	}

	@Test
	void refusesInvalidCloudEventsWithTheServiceErrorBody() {
		ObjectNode noId = NamespaceClient.event("1", "t", "/s");
		noId.remove("id");
		HttpResponse<String> response = running.client().publish("orders", noId);
		assertBadRequest(response, "Event at index 0: `id` must be non-empty string");
		JsonNode error = NamespaceClient.json(response).get("error");
		assertThat(error.get("timestamp_utc").stringValue()).isNotBlank();
		assertThat(error.get("tracking_id").stringValue()).isNotBlank();
		assertBadRequest(
				running.client().publish("orders", NamespaceClient.event("1", "t", "/s").put("specversion", "0.3")),
				"`specversion` must be \"1.0\"");
		assertBadRequest(
				running.client().publish("orders", NamespaceClient.event("1", "t", "/s").put("time", "yesterday")),
				"`time`");
		assertBadRequest(
				running.client().publish("orders", NamespaceClient.event("1", "t", "/s").put("data_base64", "AAAA")),
				"must not both be present");
		assertBadRequest(running.client().publish("orders", NamespaceClient.event("1", "t", "/s").put("Bad-Name", "x")),
				"'Bad-Name'");
		assertBadRequest(running.client().publish("orders", NamespaceClient.SINGLE, "{\"id\":"), "not valid JSON");
		assertBadRequest(running.client().publish("orders", NamespaceClient.BATCH, "[]"), "no events");
		assertBadRequest(
				running.client()
					.publish("orders", NamespaceClient.BATCH, NamespaceClient.event("1", "t", "/s").toString()),
				"JSON array");
		assertBadRequest(
				running.client()
					.publish("orders", NamespaceClient.SINGLE, "[" + NamespaceClient.event("1", "t", "/s") + "]"),
				"JSON object");
		assertThat(running.emulator().namespace("contoso").receivedEvents("orders")).isEmpty();
	}

	@Test
	void refusesOtherContentTypesWith415() {
		HttpResponse<String> response = running.client()
			.publish("orders", "text/plain", NamespaceClient.event("1", "t", "/s").toString());
		assertThat(response.statusCode()).isEqualTo(415);
		assertThat(NamespaceClient.json(response).at("/error/code").stringValue()).isEqualTo("UnsupportedMediaType");
		assertThat(running.client()
			.publish("orders", "application/json", "[" + NamespaceClient.event("1", "t", "/s") + "]")
			.statusCode()).isEqualTo(200);
	}

	@Test
	void refusesMoreThanAThousandEventsAndMoreThanOneMegabyteWith403() {
		List<JsonNode> events = new ArrayList<>();
		for (int i = 0; i < 1001; i++) {
			events.add(NamespaceClient.event(Integer.toString(i), "t", "/s"));
		}
		HttpResponse<String> tooMany = running.client().publish("orders", events.toArray(new JsonNode[0]));
		assertThat(tooMany.statusCode()).isEqualTo(403);
		assertThat(NamespaceClient.json(tooMany).at("/error/message").stringValue()).contains("at most 1000 events");
		ObjectNode large = NamespaceClient.event("big", "t", "/s").put("data", "x".repeat(CloudEventReader.MAX_SIZE));
		HttpResponse<String> tooLarge = running.client().publish("orders", NamespaceClient.SINGLE, large.toString());
		assertThat(tooLarge.statusCode()).isEqualTo(403);
		assertThat(NamespaceClient.json(tooLarge).at("/error/message").stringValue())
			.contains("larger than the limit of 1 MB");
		ObjectNode almost = NamespaceClient.event("big", "t", "/s")
			.put("data", "x".repeat(CloudEventReader.MAX_SIZE - 200));
		assertThat(running.client().publish("orders", NamespaceClient.SINGLE, almost.toString()).statusCode())
			.isEqualTo(200);
		assertThat(running.emulator().namespace("contoso").receivedEvents("orders")).hasSize(1);
	}

	private static void assertBadRequest(HttpResponse<String> response, String message) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		JsonNode error = NamespaceClient.json(response).get("error");
		assertThat(error.get("code").stringValue()).isEqualTo("BadRequest");
		assertThat(error.get("message").stringValue()).contains(message);
	}

}
