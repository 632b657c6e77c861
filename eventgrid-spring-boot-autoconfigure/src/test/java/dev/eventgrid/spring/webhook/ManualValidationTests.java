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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.delivery.EmulatedSubscription;
import dev.eventgrid.emulator.delivery.EventSubscription;
import dev.eventgrid.emulator.delivery.SubscriptionState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of the manual (asynchronous) validation handshake: the webhook answers without
 * the code, logs the validation URL and hands the event to the listener that asks for it,
 * which completes the handshake.
 *
 * @author Event Grid for Spring Boot team
 */
@SpringBootTest(classes = WebhookTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=servlet", "eventgrid.webhook.validation=manual",
				"eventgrid.webhook.validation-hosts=*.eventgrid.azure.net,localhost" })
@ExtendWith(OutputCaptureExtension.class)
class ManualValidationTests {

	private static EventGridEmulator emulator;

	@LocalServerPort
	int port;

	@Autowired
	RecordingListeners listeners;

	@BeforeAll
	static void startEmulator() {
		emulator = EventGridEmulator.builder()
			.topic("orders", dev.eventgrid.emulator.model.InputSchema.EVENT_GRID_EVENT)
			.start();
	}

	@AfterAll
	static void stopEmulator() {
		emulator.close();
	}

	@AfterEach
	void reset() {
		this.listeners.reset();
	}

	@Test
	void theListenerOfValidationEventsCompletesTheHandshakeWithTheValidationUrl(CapturedOutput output)
			throws Exception {
		WebhookClient client = new WebhookClient(this.port);
		EmulatedSubscription subscription = emulator.subscribe("orders",
				EventSubscription.webhook("manual-hook", client.url("/events/manual")));

		assertThat(subscription.state()).isEqualTo(SubscriptionState.AWAITING_MANUAL_ACTION);
		assertThat(this.listeners.validations).singleElement()
			.satisfies((validation) -> assertThat(validation.validationUrl()).isEqualTo(subscription.validationUrl()));
		String token = subscription.validationUrl().replaceAll(".*[?&]token=([^&]*).*", "$1");
		assertThat(output).contains("MANUAL-HOOK of /events/manual awaits manual validation: GET its validationUrl (")
			.contains("token=***")
			.doesNotContain(token);

		HttpResponse<String> validated = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(subscription.validationUrl())).GET().build(),
					HttpResponse.BodyHandlers.ofString());

		assertThat(validated.statusCode()).isEqualTo(200);
		assertThat(subscription.state()).isEqualTo(SubscriptionState.SUCCEEDED);
	}

	@Test
	void answersValidationEventsWithoutTheCode() {
		HttpResponse<String> response = new WebhookClient(this.port).post("/api/events",
				WebhookClient.validationEvent("512d38b6-c7b8-40c8-89fe-f46f9e9622b6"));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://attacker.example.com/validate?id=1",
			"http://rp-eastus2.eventgrid.azure.net:553/validate?id=1",
			"https://rp-eastus2.eventgrid.azure.net.attacker.example.com/validate?id=1",
			"https://user@rp-eastus2.eventgrid.azure.net/validate?id=1", "http://127.0.0.2:553/validate?id=1",
			"not a url" })
	void refusesAValidationUrlThatIsNotHttpsOnAnEventGridHostWith400(String url, CapturedOutput output) {
		HttpResponse<String> response = new WebhookClient(this.port).post("/events/manual",
				WebhookClient.validationEvent("c-1")
					.replaceAll("\"validationUrl\":\"[^\"]*\"", "\"validationUrl\":\"" + url + "\""));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).startsWith("The validationUrl of the subscription validation event is not an "
				+ "https URL on an Event Grid host (*.eventgrid.azure.net, localhost)");
		assertThat(this.listeners.validations).isEmpty();
		assertThat(output).doesNotContain("awaits manual validation");
	}

	@Test
	void acceptsAValidationUrlOnAnEventGridHost() {
		HttpResponse<String> response = new WebhookClient(this.port).post("/events/manual",
				WebhookClient.validationEvent("c-2"));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(this.listeners.validations).singleElement()
			.satisfies((validation) -> assertThat(validation.validationUrl())
				.startsWith("https://rp-eastus2.eventgrid.azure.net:553/"));
	}

}
