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
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.eventgrid.emulator.model.EmulatedTopic;
import dev.eventgrid.emulator.model.InputSchema;
import dev.eventgrid.emulator.model.ReceivedEvent;
import dev.eventgrid.emulator.model.RecordedRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The emulator's own API: declaring topics, reading endpoints and keys, both ports,
 * recording and waiting.
 *
 * @author Event Grid for Spring Boot team
 */
class EventGridEmulatorTests {

	private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

	@Test
	void exposesEndpointsKeysAndResourceIds() {
		try (EventGridEmulator emulator = EventGridEmulator.builder()
			.topic("orders", InputSchema.CLOUD_EVENT_V1_0, KEY, "c2Vjb25k")
			.domain("shop", InputSchema.EVENT_GRID_EVENT)
			.start()) {
			assertThat(emulator.httpsEndpoint("orders"))
				.isEqualTo("https://localhost:" + emulator.httpsPort() + "/topics/orders/api/events");
			assertThat(emulator.httpEndpoint("shop"))
				.isEqualTo("http://localhost:" + emulator.httpPort() + "/domains/shop/api/events");
			assertThat(emulator.keys("orders")).containsExactly(KEY, "c2Vjb25k");
			assertThat(emulator.resourceId("orders")).isEqualTo("/subscriptions/" + EmulatedTopic.SUBSCRIPTION_ID
					+ "/resourceGroups/emulator/providers/Microsoft.EventGrid/topics/orders");
			assertThat(emulator.topic("SHOP").isDomain()).isTrue();
			assertThat(emulator.topics()).extracting(EmulatedTopic::name).containsExactly("orders", "shop");
			assertThat(emulator.httpsPort()).isNotEqualTo(emulator.httpPort());
		}
	}

	@Test
	void generatesTwoDistinctBase64KeysOf32Bytes() {
		try (EventGridEmulator emulator = EventGridEmulator.builder().topic("orders", InputSchema.CUSTOM).start()) {
			List<String> keys = emulator.keys("orders");
			assertThat(keys).hasSize(2).doesNotHaveDuplicates();
			assertThat(keys).allSatisfy((key) -> assertThat(Base64.getDecoder().decode(key)).hasSize(32));
			assertThat(emulator.topic("orders").toString()).doesNotContain(keys.get(0)).doesNotContain(keys.get(1));
			assertThat(emulator.toString()).doesNotContain(keys.get(0));
		}
	}

	@Test
	void rejectsInvalidDeclarations() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> EventGridEmulator.builder().topic("a b", InputSchema.CUSTOM))
			.withMessageContaining("Invalid topic name 'a b'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> EventGridEmulator.builder()
				.topic("orders", InputSchema.CUSTOM)
				.domain("Orders", InputSchema.CUSTOM))
			.withMessageContaining("already declared");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> EventGridEmulator.builder().topic("orders", InputSchema.CUSTOM, KEY, " "));
		assertThatIllegalStateException().isThrownBy(() -> EventGridEmulator.builder().start());
		assertThatIllegalArgumentException().isThrownBy(() -> EventGridEmulator.builder().maxEventSize(0));
	}

	@Test
	void servesThePublishPathOnThePlainHttpPort() throws Exception {
		try (EventGridEmulator emulator = EventGridEmulator.builder().topic("orders", InputSchema.CUSTOM).start()) {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(post(emulator.httpEndpoint("orders"), emulator.key("orders")),
						HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(emulator.requests()).singleElement().extracting(RecordedRequest::secure).isEqualTo(false);
		}
	}

	@Test
	void tellsListenersAndWaitersAboutAcceptedEvents() throws Exception {
		List<ReceivedEvent> heard = new CopyOnWriteArrayList<>();
		try (EventGridEmulator emulator = EventGridEmulator.builder()
			.topic("orders", InputSchema.CUSTOM)
			.listener((topic, events) -> heard.addAll(events))
			.start()) {
			Thread publisher = new Thread(() -> {
				try {
					Thread.sleep(100);
					HttpClient.newHttpClient()
						.send(post(emulator.httpEndpoint("orders"), emulator.key("orders")),
								HttpResponse.BodyHandlers.discarding());
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			});
			publisher.start();
			assertThat(emulator.awaitEvents("orders", 1, Duration.ofSeconds(5))).hasSize(1);
			publisher.join();
			assertThat(heard).hasSize(1);
			assertThat(emulator.receivedEvents()).isEqualTo(emulator.receivedEvents("orders"));
			assertThatIllegalStateException().isThrownBy(() -> emulator.awaitEvents("orders", 2, Duration.ofMillis(50)))
				.withMessage("Expected 2 events on 'orders' within PT0.05S but received 1");
			emulator.clear();
			assertThat(emulator.receivedEvents("orders")).isEmpty();
			assertThat(emulator.requests()).isEmpty();
		}
	}

	@Test
	void keepsOnlyCountsWhenRecordingIsDisabled() throws Exception {
		try (EventGridEmulator emulator = EventGridEmulator.builder()
			.topic("orders", InputSchema.CUSTOM)
			.recording(false)
			.start()) {
			HttpClient.newHttpClient()
				.send(post(emulator.httpEndpoint("orders"), emulator.key("orders")),
						HttpResponse.BodyHandlers.discarding());
			assertThat(emulator.acceptedEventCount("orders")).isEqualTo(1);
			assertThat(emulator.receivedEvents("orders")).isEmpty();
			assertThat(emulator.requests()).isEmpty();
		}
	}

	private static HttpRequest post(String endpoint, String key) {
		return HttpRequest.newBuilder(URI.create(endpoint + "?api-version=2018-01-01"))
			.header("Content-Type", "application/json")
			.header("aeg-sas-key", key)
			.POST(HttpRequest.BodyPublishers.ofString("[{\"n\":1}]"))
			.build();
	}

}
