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

import java.io.IOException;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;

import dev.eventgrid.emulator.fault.Fault;
import dev.eventgrid.emulator.fault.RetryAfterHeader;
import dev.eventgrid.emulator.model.InputSchema;
import dev.eventgrid.emulator.model.RecordedRequest;
import dev.eventgrid.emulator.model.ResponseWrite.Outcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every fault the plan can hold is observable by a plain HTTP client and in the request
 * log.
 *
 * @author Event Grid for Spring Boot team
 */
class FaultInjectionTests {

	private static EventGridEmulator emulator;

	private static HttpClient client;

	@BeforeAll
	static void startEmulator() {
		emulator = EventGridEmulator.builder()
			.topic("orders", InputSchema.CUSTOM)
			.topic("billing", InputSchema.CUSTOM)
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
		emulator.faults().clear();
	}

	@Test
	void failsTheNextRequestsWithTheStatusThenRecovers() throws Exception {
		emulator.faults().failNext(2, 503);
		assertThat(publish("orders").statusCode()).isEqualTo(503);
		HttpResponse<String> second = publish("billing");
		assertThat(second.statusCode()).isEqualTo(503);
		assertThat(second.body()).contains("\"code\":\"ServiceUnavailable\"");
		assertThat(second.headers().firstValue("Retry-After")).isEmpty();
		assertThat(publish("orders").statusCode()).isEqualTo(200);
		assertThat(emulator.receivedEvents("orders")).hasSize(1);
		assertThat(emulator.requests()).extracting(RecordedRequest::fault)
			.containsExactly(new Fault.Fail(503, null, RetryAfterHeader.RETRY_AFTER),
					new Fault.Fail(503, null, RetryAfterHeader.RETRY_AFTER), null);
	}

	@Test
	void announcesTheRetryDelayInTheChosenHeader() throws Exception {
		emulator.faults()
			.failNext(1, 429, Duration.ofMillis(1500))
			.failNext(1, 503, Duration.ofMillis(250), RetryAfterHeader.RETRY_AFTER_MS)
			.failNext(1, 500, Duration.ofMillis(75), RetryAfterHeader.X_MS_RETRY_AFTER_MS);
		assertThat(publish("orders").headers().firstValue("Retry-After")).hasValue("2");
		assertThat(publish("orders").headers().firstValue("retry-after-ms")).hasValue("250");
		assertThat(publish("orders").headers().firstValue("x-ms-retry-after-ms")).hasValue("75");
		assertThat(emulator.requests()).extracting(RecordedRequest::status).containsExactly(429, 503, 500);
	}

	@Test
	void appliesTopicScopedFaultsOnlyToThatTopic() throws Exception {
		emulator.faults("billing").failNext(1, 500);
		assertThat(publish("orders").statusCode()).isEqualTo(200);
		assertThat(publish("billing").statusCode()).isEqualTo(500);
		assertThat(publish("billing").statusCode()).isEqualTo(200);
	}

	@Test
	void delaysTheResponseSoThatAShortTimeoutExpires() throws Exception {
		emulator.faults().delayNext(1, Duration.ofMillis(700));
		HttpRequest request = request("orders").timeout(Duration.ofMillis(200)).build();
		assertThatExceptionOfType(HttpTimeoutException.class).isThrownBy(() -> SdkClients.send(client, request));
		assertThat(emulator.awaitEvents("orders", 1, Duration.ofSeconds(5))).hasSize(1);
		assertThat(emulator.requests()).singleElement().satisfies((recorded) -> {
			assertThat(recorded.fault()).isEqualTo(new Fault.Delay(Duration.ofMillis(700)));
			assertThat(recorded.response().await(Duration.ofSeconds(5))).isEqualTo(Outcome.NOT_FLUSHED);
		});
	}

	@Test
	void delaysTheResponseByTheGivenDuration() throws Exception {
		emulator.faults().delayNext(1, Duration.ofMillis(300));
		long start = System.nanoTime();
		assertThat(publish("orders").statusCode()).isEqualTo(200);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
		assertThat(emulator.requests()).singleElement()
			.satisfies((request) -> assertThat(request.response().await(Duration.ofSeconds(5)))
				.isEqualTo(Outcome.FLUSHED));
	}

	@Test
	void recordsThatEachAnswerWasFlushedToTheConnection() throws Exception {
		emulator.faults().failNext(1, 503);
		assertThat(publish("orders").statusCode()).isEqualTo(503);
		assertThat(publish("orders").statusCode()).isEqualTo(200);
		HttpResponse<String> refused = SdkClients.send(client,
				request("orders").setHeader("aeg-sas-key", "d3Jvbmc=").build());
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(401);
		assertThat(emulator.requests()).extracting((request) -> request.response().await(Duration.ofSeconds(5)))
			.containsExactly(Outcome.FLUSHED, Outcome.FLUSHED, Outcome.FLUSHED);
	}

	@Test
	void repeatsTheCredentialInTheErrorBodyButNeverRecordsIt() throws Exception {
		String sas = SasTokens.python(emulator.httpsEndpoint("orders"), emulator.key("orders"),
				OffsetDateTime.now().plusMinutes(5));
		emulator.faults().echoCredentialNext(2, 401);
		HttpResponse<String> key = publish("orders");
		HttpResponse<String> token = SdkClients.send(client,
				SdkClients
					.post(emulator.httpsEndpoint("orders") + "?api-version=2018-01-01", "application/json", "[{}]")
					.header("aeg-sas-token", sas)
					.build());
		assertThat(key.statusCode()).isEqualTo(401);
		assertThat(key.body()).contains("\"code\":\"Unauthorized\"", "Input aeg-sas-key: " + emulator.key("orders"));
		String signature = sas.substring(sas.indexOf("&s=") + 3);
		assertThat(token.body()).contains(sas, URLDecoder.decode(signature, StandardCharsets.UTF_8));
		assertThat(emulator.requests()).hasSize(2).allSatisfy((request) -> {
			assertThat(request.fault()).isEqualTo(new Fault.EchoCredential(401));
			assertThat(request.errorMessage()).doesNotContain(emulator.key("orders"), signature)
				.contains("repeated the credential");
		});
		assertThat(publish("orders").statusCode()).isEqualTo(200);
	}

	@Test
	void dropsTheConnectionBeforeReadingWithoutRecordingEvents() throws Exception {
		emulator.faults().dropConnectionBeforeResponse(1);
		assertThatExceptionOfType(IOException.class).isThrownBy(() -> publish("orders"));
		assertThat(emulator.receivedEvents("orders")).isEmpty();
		assertThat(emulator.requests()).singleElement().satisfies((request) -> {
			assertThat(request.fault()).isEqualTo(new Fault.DropBeforeResponse());
			assertThat(request.response().outcome()).isEqualTo(Outcome.DROPPED);
			assertThat(request.status()).isZero();
			assertThat(request.acceptedEvents()).isZero();
		});
		assertThat(publish("orders").statusCode()).isEqualTo(200);
	}

	@Test
	void dropsTheConnectionAfterAcceptingAndRecordingEvents() throws Exception {
		emulator.faults().dropConnectionAfterAccept(1);
		assertThatExceptionOfType(IOException.class).isThrownBy(() -> publish("orders"));
		assertThat(emulator.receivedEvents("orders")).hasSize(1);
		assertThat(emulator.requests()).singleElement().satisfies((request) -> {
			assertThat(request.fault()).isEqualTo(new Fault.DropAfterAccept());
			assertThat(request.response().outcome()).isEqualTo(Outcome.DROPPED);
			assertThat(request.status()).isZero();
			assertThat(request.acceptedEvents()).isEqualTo(1);
			assertThat(request.accepted()).isTrue();
		});
	}

	@Test
	void appliesRulesInTheOrderTheyWereAdded() throws Exception {
		emulator.faults().failNext(1, 429).dropConnectionBeforeResponse(1).failNext(1, 502);
		assertThat(publish("orders").statusCode()).isEqualTo(429);
		assertThatExceptionOfType(IOException.class).isThrownBy(() -> publish("orders"));
		assertThat(publish("orders").statusCode()).isEqualTo(502);
		assertThat(publish("orders").statusCode()).isEqualTo(200);
		assertThat(emulator.faults().rules()).isEmpty();
	}

	private static HttpRequest.Builder request(String topic) {
		return SdkClients
			.post(emulator.httpsEndpoint(topic) + "?api-version=2018-01-01", "application/json", "[{\"n\":1}]")
			.header("aeg-sas-key", emulator.key(topic));
	}

	private static HttpResponse<String> publish(String topic) throws Exception {
		return SdkClients.send(client, request(topic).build());
	}

}
