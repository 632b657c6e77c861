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

package dev.eventgrid.samples.webhook;

import java.time.Duration;
import java.util.List;

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.delivery.DeliveryAttempt;
import dev.eventgrid.emulator.delivery.SubscriptionState;
import dev.eventgrid.emulator.model.ReceivedEvent;
import dev.eventgrid.samples.SampleRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
 * Tests for {@link ReceiveWithWebhookSample}: the emulator delivers to the application's
 * own webhook, on the random port of the test.
 *
 * @author Event Grid for Spring Boot team
 */
@SpringBootTest(properties = "samples.run=none", webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ReceiveWithWebhookSampleTests {

	@Autowired
	private SampleRunner samples;

	@Autowired
	private EventGridEmulator emulator;

	@LocalServerPort
	private int port;

	@BeforeEach
	void clearEmulator() {
		this.emulator.clear();
	}

	/**
	 * Each run of the sample publishes one event to each subscription, delivered
	 * asynchronously: wait for both deliveries, so that none lands after the next test
	 * has cleared the emulator and is counted there.
	 */
	@AfterEach
	void awaitThisTestsDeliveries() throws InterruptedException {
		this.emulator.awaitDeliveries(ReceiveWithWebhookSample.BLOBS_SUBSCRIPTION, 1, Duration.ofSeconds(5));
		this.emulator.awaitDeliveries(ReceiveWithWebhookSample.SHIPMENTS_SUBSCRIPTION, 1, Duration.ofSeconds(5));
	}

	@Test
	void completesTheHandshakeOfEachSchema(CapturedOutput output) {
		assertThat(this.samples.run("webhook").passed()).isOne();
		String webhook = "http://localhost:" + this.port + "/api/events";
		assertThat(this.emulator.subscription(ReceiveWithWebhookSample.BLOBS_SUBSCRIPTION).state())
			.isEqualTo(SubscriptionState.SUCCEEDED);
		assertThat(this.emulator.subscription(ReceiveWithWebhookSample.SHIPMENTS_SUBSCRIPTION).state())
			.isEqualTo(SubscriptionState.SUCCEEDED);
		assertThat(output).contains(
				"subscribed samples-blobs on eventgrid-events to " + webhook + " after the validation handshake",
				"subscribed samples-shipments on cloud-events to " + webhook + " after the abuse-protection handshake");
	}

	@Test
	void passesATypedSystemEventAndACloudEventToTheListeners(CapturedOutput output) {
		assertThat(this.samples.run("webhook").passed()).isOne();
		ReceivedEvent blob = this.emulator.receivedEvents("eventgrid-events").get(0);
		ReceivedEvent shipment = this.emulator.receivedEvents("cloud-events").get(0);
		assertThat(blob.text("eventType")).isEqualTo("Microsoft.Storage.BlobCreated");
		assertThat(output).contains(
				"blobCreated(StorageBlobCreatedEventData) received https://contoso.blob.core.windows.net/invoices/"
						+ "A-1001.pdf: application/pdf, 52341 bytes, written by PutBlob (subscription SAMPLES-BLOBS, "
						+ "delivery count 0)",
				"itemShipped(CloudEvent) received id=" + shipment.text("id") + " type=Contoso.Warehouse.ItemShipped, "
						+ "data ItemShipped[sku=SKU-1003, quantity=2, carrier=Contoso Logistics] (subscription "
						+ "SAMPLES-SHIPMENTS, delivery count 0)");
	}

	@Test
	void acknowledgesEachDeliveryWith200() throws InterruptedException {
		assertThat(this.samples.run("webhook").passed()).isOne();
		List<DeliveryAttempt> blobs = this.emulator.awaitDeliveries(ReceiveWithWebhookSample.BLOBS_SUBSCRIPTION, 1,
				Duration.ofSeconds(5));
		List<DeliveryAttempt> shipments = this.emulator.awaitDeliveries(ReceiveWithWebhookSample.SHIPMENTS_SUBSCRIPTION,
				1, Duration.ofSeconds(5));
		assertThat(blobs).singleElement().satisfies((attempt) -> assertThat(attempt.statusCode()).isEqualTo(200));
		assertThat(shipments).singleElement().satisfies((attempt) -> assertThat(attempt.statusCode()).isEqualTo(200));
	}

}
