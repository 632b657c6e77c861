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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

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
		properties = { "spring.main.web-application-type=servlet", "eventgrid.webhook.validation=manual" })
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

}
