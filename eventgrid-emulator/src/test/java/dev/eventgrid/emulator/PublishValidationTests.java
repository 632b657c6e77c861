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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import dev.eventgrid.emulator.model.InputSchema;
import dev.eventgrid.emulator.model.ReceivedEvent;
import dev.eventgrid.emulator.model.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Raw HTTP requests are judged as the service judges them: api version, content type,
 * body shape, schema rules, size limits, and the service's response format.
 *
 * @author Event Grid for Spring Boot team
 */
class PublishValidationTests {

	private static final String EVENT = "{\"id\":\"1\",\"subject\":\"s\",\"eventType\":\"t\","
			+ "\"eventTime\":\"2017-06-26T18:41:00.9584103Z\",\"data\":{\"n\":1},\"dataVersion\":\"1.0\"}";

	private static final String CLOUD_EVENT = "{\"id\":\"1\",\"source\":\"/s\",\"type\":\"t\",\"specversion\":\"1.0\","
			+ "\"time\":\"2020-01-01T00:00:00+02:00\",\"data\":{\"n\":1}}";

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static EventGridEmulator emulator;

	private static HttpClient client;

	@BeforeAll
	static void startEmulator() {
		emulator = EventGridEmulator.builder()
			.topic("grid", InputSchema.EVENT_GRID_EVENT)
			.topic("cloud", InputSchema.CLOUD_EVENT_V1_0)
			.topic("custom", InputSchema.CUSTOM)
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
	void answersAcceptedRequestsLikeTheService() throws Exception {
		HttpResponse<String> response = publish("grid", "application/json", "[" + EVENT + "]");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEmpty();
		assertThat(response.headers().firstValue("api-supported-versions")).hasValue("2018-01-01");
		String requestId = response.headers().firstValue("x-ms-request-id").orElseThrow();
		assertThat(requestId).matches("[0-9a-f-]{36}");
		assertThat(emulator.receivedEvents("grid")).singleElement()
			.satisfies((event) -> assertThat(event.requestId()).isEqualTo(requestId));
	}

	@Test
	void recordsEachEventsExactTextAndTheRequestHeaders() throws Exception {
		String second = "{ \"id\" : \"2\", \"subject\":\"s\",\n \"eventType\":\"t\",\"eventTime\":\"2017-06-26T18:41:00Z\" }";
		HttpRequest request = SdkClients
			.post(url("grid"), "application/json; charset=utf-8", "[ " + EVENT + " ,\n" + second + " ]")
			.header("aeg-sas-key", emulator.key("grid"))
			.header("X-Custom", "value")
			.build();
		assertThat(SdkClients.send(client, request).statusCode()).isEqualTo(200);
		List<ReceivedEvent> events = emulator.receivedEvents("grid");
		assertThat(events).extracting(ReceivedEvent::json).containsExactly(EVENT, second);
		assertThat(events).extracting(ReceivedEvent::index).containsExactly(0, 1);
		assertThat(events.get(1).headers().first("x-custom")).isEqualTo("value");
		assertThat(events.get(1).headers().toString()).doesNotContain(emulator.key("grid")).contains("[redacted]");
		assertThat(events.get(0).requestSequence()).isEqualTo(emulator.requests().get(0).sequence());
	}

	@Test
	void requiresTheApiVersion() throws Exception {
		HttpResponse<String> missing = send("grid", "", "application/json", "[" + EVENT + "]");
		assertError(missing, 400, "BadRequest", "The api-version query parameter (?api-version=) is required");
		HttpResponse<String> wrong = send("grid", "?api-version=2023-06-01-preview", "application/json",
				"[" + EVENT + "]");
		assertError(wrong, 400, "BadRequest", "The api-version '2023-06-01-preview' is not supported");
	}

	@Test
	void rejectsAnObjectWithTheServicesStartArrayMessage() throws Exception {
		HttpResponse<String> response = publish("grid", "application/json", EVENT);
		assertError(response, 400, "BadRequest",
				"Unexpected token when reading JSON. Expected: StartArray, actual: StartObject.");
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
		JsonNode body = MAPPER.readTree(response.body());
		assertThat(body.propertyNames()).containsExactly("error");
		assertThat(body.get("error").propertyNames()).containsExactly("code", "message");
	}

	@Test
	void rejectsInvalidJsonEmptyBatchesAndTrailingText() throws Exception {
		assertError(publish("grid", "application/json", "[{\"id\":"), 400, "BadRequest", "not valid JSON");
		assertError(publish("grid", "application/json", "[]"), 400, "BadRequest", "contains no events");
		assertError(publish("grid", "application/json", "[" + EVENT + "] x"), 400, "BadRequest", "not valid JSON");
		assertError(publish("grid", "application/json", "[" + EVENT + "] []"), 400, "BadRequest", "Additional text");
		assertError(publish("grid", "application/json", ""), 400, "BadRequest", "body is empty");
	}

	@Test
	void namesTheMissingFieldAndTheIndexOfTheEvent() throws Exception {
		String noSubject = EVENT.replace("\"subject\":\"s\",", "");
		assertError(publish("grid", "application/json", "[" + EVENT + "," + noSubject + "]"), 400, "BadRequest",
				"Event at index 1: required property 'subject' is missing.");
		String noSource = CLOUD_EVENT.replace("\"source\":\"/s\",", "");
		assertError(publish("cloud", "application/cloudevents-batch+json", "[" + noSource + "]"), 400, "BadRequest",
				"Event at index 0: required property 'source' is missing.");
	}

	@Test
	void enforcesTheEventGridEventRules() throws Exception {
		assertRejected("grid", EVENT.replace("2017-06-26T18:41:00.9584103Z", "2017-06-26T18:41:00"),
				"'eventTime' must be an RFC 3339 date-time with a time zone offset");
		assertRejected("grid", EVENT.replace("\"id\":\"1\"", "\"id\":1"), "property 'id' must be a string");
		assertRejected("grid", EVENT.replace("\"id\":\"1\"", "\"id\":\"\""), "'id' must not be empty");
		assertRejected("grid", EVENT.replace("{\"id\"", "{\"metadataVersion\":\"2\",\"id\""),
				"'metadataVersion' must be absent or \"1\"");
		assertRejected("grid", EVENT.replace("{\"id\"", "{\"topic\":\"other\",\"id\""),
				"'topic' must be absent or the topic's resource id");
		assertThat(publish("grid", "application/json",
				"[" + EVENT.replace("{\"id\"",
						"{\"metadataVersion\":\"1\",\"topic\":\"" + emulator.resourceId("grid") + "\",\"id\"") + "]")
			.statusCode()).isEqualTo(200);
	}

	@Test
	void enforcesTheCloudEventRules() throws Exception {
		assertRejected("cloud", CLOUD_EVENT.replace("\"1.0\"", "\"0.3\""), "'specversion' must be \"1.0\"");
		assertRejected("cloud", CLOUD_EVENT.replace("\"specversion\"", "\"specVersion\""),
				"required property 'specversion' is missing");
		assertRejected("cloud", CLOUD_EVENT.replace("+02:00", ""), "'time' must be an RFC 3339 date-time");
		assertRejected("cloud", CLOUD_EVENT.replace("{\"id\"", "{\"data_base64\":\"AQID\",\"id\""),
				"'data' and 'data_base64' must not both be present");
		assertRejected("cloud", CLOUD_EVENT.replace("{\"id\"", "{\"tenantId\":\"x\",\"id\""),
				"attribute name 'tenantId' is invalid");
		assertRejected("cloud", "42", "an event must be a JSON object");
		String extended = CLOUD_EVENT.replace("{\"id\"", "{\"tenant\":\"x\",\"traceparent\":\"00-1-2-01\",\"id\"");
		assertThat(publish("cloud", "application/cloudevents-batch+json", "[" + extended + "]").statusCode())
			.isEqualTo(200);
	}

	@Test
	void acceptsAnyObjectOnACustomTopic() throws Exception {
		assertThat(publish("custom", "application/json", "[{\"anything\":[1,2]},{}]").statusCode()).isEqualTo(200);
		assertError(publish("custom", "application/json", "[{}, \"text\"]"), 400, "BadRequest",
				"Event at index 1: an event must be a JSON object.");
	}

	@Test
	void matchesContentTypesOnTheMediaTypeOnly() throws Exception {
		assertThat(publish("grid", "Application/JSON; charset=UTF-8", "[" + EVENT + "]").statusCode()).isEqualTo(200);
		assertThat(publish("cloud", "application/cloudevents-batch+json; charset=utf-8", "[" + CLOUD_EVENT + "]")
			.statusCode()).isEqualTo(200);
		assertThat(publish("cloud", "application/cloudevents+json; charset=utf-8", CLOUD_EVENT).statusCode())
			.isEqualTo(200);
		assertThat(emulator.receivedEvents("cloud")).extracting(ReceivedEvent::json)
			.containsExactly(CLOUD_EVENT, CLOUD_EVENT);
	}

	@Test
	void rejectsUnsupportedContentTypesWith415() throws Exception {
		assertError(publish("grid", "text/plain", "[" + EVENT + "]"), 415, "UnsupportedMediaType",
				"must be application/json");
		assertError(publish("grid", "application/cloudevents-batch+json", "[" + CLOUD_EVENT + "]"), 415,
				"UnsupportedMediaType", "must be application/json");
		assertError(publish("cloud", "text/plain", "[" + CLOUD_EVENT + "]"), 415, "UnsupportedMediaType",
				"application/cloudevents-batch+json");
	}

	@Test
	void readsJsonOnACloudEventsTopicAsOneStructuredEvent() throws Exception {
		assertError(publish("cloud", "application/json", "[" + EVENT + "]"), 400, "BadRequest",
				"configured to receive event in 'CloudEventV10' schema. The JSON received does not conform to the "
						+ "expected schema. Token Expected: StartObject, Actual Token Received: StartArray.");
		assertThat(publish("cloud", "application/json", CLOUD_EVENT).statusCode()).isEqualTo(200);
	}

	@Test
	void rejectsOversizedEventsAndRequestsWith413() throws Exception {
		try (EventGridEmulator small = EventGridEmulator.builder()
			.topic("small", InputSchema.CUSTOM)
			.maxEventSize(100)
			.maxRequestSize(250)
			.start()) {
			HttpClient smallClient = SdkClients.jdkClient(small);
			String big = "{\"text\":\"" + "x".repeat(100) + "\"}";
			HttpRequest oversizedEvent = SdkClients
				.post(small.httpsEndpoint("small") + "?api-version=2018-01-01", "application/json", "[{}," + big + "]")
				.header("aeg-sas-key", small.key("small"))
				.build();
			assertError(SdkClients.send(smallClient, oversizedEvent), 413, "RequestEntityTooLarge",
					"The maximum size (100) has been exceeded. The event at index 1 is 111 bytes.");
			String medium = "{\"text\":\"" + "x".repeat(80) + "\"}";
			HttpRequest oversizedRequest = SdkClients
				.post(small.httpsEndpoint("small") + "?api-version=2018-01-01", "application/json",
						"[" + medium + "," + medium + "," + medium + "]")
				.header("aeg-sas-key", small.key("small"))
				.build();
			assertError(SdkClients.send(smallClient, oversizedRequest), 413, "RequestEntityTooLarge",
					"The maximum size (250) has been exceeded. The request body is 277 bytes.");
			assertThat(small.receivedEvents("small")).isEmpty();
		}
	}

	@Test
	void acceptsRequestsUpToTheDefaultLimitOfOneMebibyte() throws Exception {
		String event = "{\"text\":\"" + "x".repeat(EventGridEmulatorBuilder.DEFAULT_MAX_SIZE - 13) + "\"}";
		assertThat(event.length()).isEqualTo(EventGridEmulatorBuilder.DEFAULT_MAX_SIZE - 2);
		assertThat(publish("custom", "application/json", "[" + event + "]").statusCode()).isEqualTo(200);
		assertError(publish("custom", "application/json", "[" + event + ",{}]"), 413, "RequestEntityTooLarge",
				"The maximum size (1048576) has been exceeded. The request body is 1048579 bytes.");
	}

	@Test
	void rejectsARequestWholeWhenOneEventIsInvalid() throws Exception {
		String invalid = EVENT.replace("\"eventType\":\"t\",", "");
		assertThat(publish("grid", "application/json", "[" + EVENT + "," + EVENT + "," + invalid + "]").statusCode())
			.isEqualTo(400);
		assertThat(emulator.receivedEvents("grid")).isEmpty();
		assertThat(emulator.requests()).singleElement().satisfies((request) -> {
			assertThat(request.acceptedEvents()).isZero();
			assertThat(request.errorCode()).isEqualTo("BadRequest");
		});
	}

	@Test
	void answersUnknownPathsWith404AndOtherMethodsWith405() throws Exception {
		HttpRequest unknown = SdkClients.post(url("missing"), "application/json", "[]").build();
		assertError(SdkClients.send(client, unknown), 404, "NotFound", "'/topics/missing/api/events' was not found");
		HttpRequest get = HttpRequest.newBuilder(URI.create(url("grid"))).GET().build();
		HttpResponse<String> response = SdkClients.send(client, get);
		assertError(response, 405, "MethodNotAllowed", "Publish events with POST");
		assertThat(response.headers().firstValue("Allow")).hasValue("POST");
		assertThat(emulator.requests()).extracting(RecordedRequest::status).containsExactly(404, 405);
	}

	private void assertRejected(String topic, String event, String message) throws Exception {
		String contentType = topic.equals("cloud") ? "application/cloudevents-batch+json" : "application/json";
		assertError(publish(topic, contentType, "[" + event + "]"), 400, "BadRequest", message);
	}

	private static void assertError(HttpResponse<String> response, int status, String code, String message)
			throws Exception {
		assertThat(response.statusCode()).isEqualTo(status);
		JsonNode error = MAPPER.readTree(response.body()).get("error");
		assertThat(error.get("code").asString()).isEqualTo(code);
		assertThat(error.get("message").asString()).contains(message).contains("Report '");
	}

	private static String url(String topic) {
		return "https://localhost:" + emulator.httpsPort() + "/topics/" + topic + "/api/events?api-version=2018-01-01";
	}

	private static HttpResponse<String> publish(String topic, String contentType, String body) throws Exception {
		return send(topic, "?api-version=2018-01-01", contentType, body);
	}

	private static HttpResponse<String> send(String topic, String query, String contentType, String body)
			throws Exception {
		HttpRequest request = SdkClients.post(emulator.httpsEndpoint(topic) + query, contentType, body)
			.header("aeg-sas-key", emulator.key(topic))
			.build();
		return SdkClients.send(client, request);
	}

}
