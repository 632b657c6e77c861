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

package dev.eventgrid.spring.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of what a webhook on one web stack answers and logs to hostile or malformed
 * requests, over real HTTP.
 *
 * @author Event Grid for Spring Boot team
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class AbstractWebhookHardeningTests {

	@LocalServerPort
	int port;

	@Autowired
	RecordingListeners listeners;

	@Autowired
	EventGridWebhookHandler handler;

	WebhookClient client;

	@BeforeEach
	void createClient() {
		this.client = new WebhookClient(this.port);
	}

	@AfterEach
	void reset() {
		this.listeners.reset();
	}

	@Test
	void aNumberOverTheReadersLimitIsABadRequestNotATooLargeOne() {
		String body = WebhookClient.orderPlaced("e-1", "o-1")
			.replace("\"quantity\":2", "\"quantity\":1" + "0".repeat(2000));
		HttpResponse<String> response = this.client.post("/api/events", body);
		System.out.println(
				"2,001-digit number in " + body.length() + " bytes: " + response.statusCode() + " " + response.body());

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("Number value length (2001) exceeds the maximum allowed (1000)")
			.doesNotContain("too large")
			.doesNotContain("StreamReadConstraints");
		assertThat(this.listeners.calls()).isZero();
	}

	@Test
	void aNameOverTheReadersLimitIsABadRequestNotATooLargeOne() {
		String body = WebhookClient.orderPlaced("e-1", "o-1")
			.replace("\"quantity\":2", "\"" + "n".repeat(60_000) + "\":2");
		HttpResponse<String> response = this.client.post("/api/events", body);
		System.out.println("60,000-character name: " + response.statusCode() + " " + response.body());

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("Name length (60000) exceeds the maximum allowed (50000)")
			.doesNotContain("too large");
	}

	@Test
	void refusesContentTypesOtherThanJsonWith415WithoutCallingAListener() {
		for (String contentType : new String[] { "text/plain", "application/x-www-form-urlencoded",
				"multipart/form-data; boundary=x", "application/xml", "not a media type" }) {
			HttpResponse<String> response = this.client.post("/api/events", WebhookClient.orderPlaced("e-1", "o-1"),
					"Content-Type", contentType);

			assertThat(response.statusCode()).as(contentType).isEqualTo(415);
			assertThat(response.body()).contains("send one of application/json");
		}
		assertThat(this.listeners.calls()).isZero();
	}

	@Test
	void acceptsEachJsonContentTypeWithParameters() {
		for (String contentType : new String[] { "application/json", "Application/JSON; charset=UTF-8",
				"application/cloudevents+json; charset=utf-8", "application/cloudevents-batch+json" }) {
			String body = contentType.contains("cloudevents")
					? "[{\"specversion\":\"1.0\",\"id\":\"c-1\",\"source\":\"/s\",\"type\":\"t\"}]"
					: WebhookClient.orderPlaced("e-1", "o-1");
			HttpResponse<String> response = this.client.post(
					contentType.contains("cloudevents") ? "/events/cloud" : "/api/events", body, "Content-Type",
					contentType);

			assertThat(response.statusCode()).as(contentType).isEqualTo(200);
		}
	}

	@Test
	void refusesBase64OfJsonOverHttp() {
		String base64 = Base64.getEncoder()
			.encodeToString(WebhookClient.orderPlaced("e-1", "o-1").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = this.client.post("/api/events", base64);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("Payload is not JSON");
		assertThat(this.listeners.orders).isEmpty();
	}

	@Test
	void aDeliveryOfTheOtherSchemaIsRefusedSayingWhatWasWrongNotWhichListener() {
		HttpResponse<String> response = this.client.post("/events/cloud", WebhookClient.orderPlaced("e-1", "o-1"));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).isEqualTo("The delivery holds EventGridEvents but the listeners of this path take "
				+ "CloudEvents; match the subscription's delivery schema to the endpoint");
	}

	@Test
	void dataThatDoesNotFitIsRefusedWithoutNamingClassesOrMethods() {
		HttpResponse<String> response = this.client.post("/api/events",
				WebhookClient.orderPlaced("e-9", "o-1").replace("\"quantity\":2", "\"quantity\":\"many\""));
		System.out.println("400 body: " + response.body());

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("'e-9'", "OrderPlaced")
			.doesNotContain("dev.eventgrid")
			.doesNotContain("RecordingListeners")
			.doesNotContain("#onOrder")
			.doesNotContain("parameter 0");
	}

	@Test
	void invalidDataIsRefusedNamingTheFieldsNotTheListener() {
		HttpResponse<String> response = this.client.post("/events/valid",
				WebhookClient.orderPlaced("e-1", " ").replace("\"quantity\":2", "\"quantity\":0"));
		System.out.println("400 body: " + response.body());

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).startsWith("Event data is not valid: ")
			.contains("orderId")
			.contains("quantity")
			.doesNotContain("dev.eventgrid")
			.doesNotContain("onValidOrder");
	}

	@Test
	void refusalsOfOneKindAreLoggedOncePerIntervalWithACountOfTheOthers(CapturedOutput output) throws Exception {
		Duration interval = Duration.ofSeconds(1);
		this.handler.setRefusalLogInterval(interval);
		try {
			Thread.sleep(interval.toMillis() + 100);
			int start = output.length();
			for (int i = 0; i < 20; i++) {
				assertThat(this.client.post("/api/events", "x", "Content-Type", "text/plain").statusCode())
					.isEqualTo(415);
			}
			String burst = output.toString().substring(start);
			Thread.sleep(interval.toMillis() + 100);
			this.client.post("/api/events", "x", "Content-Type", "text/plain");
			String after = output.toString().substring(start + burst.length());
			System.out.println(
					"WARN lines for 20 refusals: " + burst.lines().filter((line) -> line.contains("WARN")).count());

			assertThat(burst.lines().filter((line) -> line.contains("of content type 'text/plain' (415)"))).hasSize(1);
			assertThat(after).contains("[19 more refusals of this kind in the last 1 s were not logged]");
		}
		finally {
			this.handler.setRefusalLogInterval(RefusalLog.DEFAULT_INTERVAL);
		}
	}

	@Test
	void controlCharactersOfARequestAreEscapedInTheLog(CapturedOutput output) {
		this.handler.setRefusalLogInterval(Duration.ofNanos(1));
		try {
			HttpResponse<String> response = this.client.post("/api/events",
					"[{\"a\\r\\n2026-12-05 ERROR forged line \\u001b[31mred\": 1}]");

			assertThat(response.statusCode()).isEqualTo(400);
			assertThat(output).contains("Refused an unreadable delivery to /api/events")
				.contains("a\\r\\n2026-12-05 ERROR forged line \\u001b[31mred")
				.doesNotContain("\n2026-12-05 ERROR forged line")
				.doesNotContain("\u001b[31m");
		}
		finally {
			this.handler.setRefusalLogInterval(RefusalLog.DEFAULT_INTERVAL);
		}
	}

	@Test
	void closesTheConnectionOfARefusedRequest() {
		HttpResponse<String> response = this.client.post("/api/events", "x", "Content-Type", "text/plain");

		assertThat(response.statusCode()).isEqualTo(415);
		assertThat(response.headers().firstValue("Connection")).hasValue("close");
	}

	@Test
	void answersABodyThatTakesLongerThanTheTimeoutWith408AndClosesTheConnection() throws Exception {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream output = socket.getOutputStream();
			output.write(("POST /api/events HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
					+ "Content-Length: 100000\r\n\r\n[")
				.getBytes(StandardCharsets.US_ASCII));
			long start = System.nanoTime();
			InputStream input = socket.getInputStream();
			while (input.available() == 0 && System.nanoTime() - start < Duration.ofSeconds(5).toNanos()) {
				trickle(output);
			}
			String answer = new String(input.readNBytes(input.available()), StandardCharsets.US_ASCII);
			Duration took = Duration.ofNanos(System.nanoTime() - start);
			System.out.println(
					"Slow body answered after " + took.toMillis() + " ms: " + answer.lines().findFirst().orElse(""));

			assertThat(answer).startsWith("HTTP/1.1 408").containsIgnoringCase("connection: close");
			assertThat(took).isBetween(Duration.ofMillis(900), Duration.ofSeconds(5));
			assertThat(this.listeners.calls()).isZero();
		}
	}

	private static void trickle(OutputStream output) throws InterruptedException {
		try {
			output.write(' ');
			output.flush();
		}
		catch (IOException ex) {
			// closed by the server
		}
		Thread.sleep(100);
	}

}
