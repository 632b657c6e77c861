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

package dev.eventgrid.spring.event;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Tests for {@link EventGridPayloadReader} on well-formed payloads.
 *
 * @author Event Grid for Spring Boot team
 */
class EventGridPayloadReaderTests {

	private final EventGridPayloadReader reader = new EventGridPayloadReader();

	@Test
	void readsOneEventGridEventObjectAsServiceBusDeliversIt() {
		EventGridPayload payload = this.reader.read(Payloads.eventGridEvent("e1"));

		assertThat(payload).isInstanceOf(EventGridPayload.EventGridEvents.class);
		assertThat(payload.schema()).isEqualTo(EventSchema.EVENT_GRID_EVENT);
		assertThat(payload.array()).isFalse();
		assertThat(payload.base64Encoded()).isFalse();
		EventGridEvent event = (EventGridEvent) payload.events().get(0);
		assertThat(event.getId()).isEqualTo("e1");
		assertThat(event.data(Order.class)).isEqualTo(new Order(42));
	}

	@Test
	void readsAnArrayOfCloudEventsAsWebhooksDeliverThem() {
		EventGridPayload payload = this.reader
			.read("[" + Payloads.cloudEvent("c1") + "," + Payloads.cloudEvent("c2") + "]");

		assertThat(payload).isInstanceOf(EventGridPayload.CloudEvents.class);
		assertThat(payload.array()).isTrue();
		assertThat(payload.events()).extracting((event) -> ((CloudEvent) event).getId()).containsExactly("c1", "c2");
	}

	@Test
	void readsBase64OfJsonAsCurrentStorageQueueDeliveriesCarryIt() {
		byte[] body = Payloads.base64(Payloads.cloudEvent("q1"));

		EventGridPayload payload = this.reader.read(body);

		assertThat(payload.base64Encoded()).isTrue();
		assertThat(((CloudEvent) payload.events().get(0)).getId()).isEqualTo("q1");
	}

	@Test
	void readsPlainJsonAsOlderStorageQueueDeliveriesCarryIt() {
		byte[] body = Payloads.eventGridEvent("q2").getBytes(StandardCharsets.UTF_8);

		assertThat(this.reader.readEventGridEvents(body)).extracting(EventGridEvent::getId).containsExactly("q2");
	}

	@Test
	void readsBase64TextWithLineBreaks() {
		String mime = new String(Payloads.base64(Payloads.eventGridEvent("m1")), StandardCharsets.US_ASCII)
			.replaceAll("(.{76})", "$1\r\n");

		assertThat(this.reader.readEventGridEvents(mime)).hasSize(1);
	}

	@Test
	void skipsAByteOrderMarkAndLeadingWhitespace() {
		byte[] json = ("\n  " + Payloads.eventGridEvent("b1")).getBytes(StandardCharsets.UTF_8);
		byte[] withBom = new byte[json.length + 3];
		withBom[0] = (byte) 0xEF;
		withBom[1] = (byte) 0xBB;
		withBom[2] = (byte) 0xBF;
		System.arraycopy(json, 0, withBom, 3, json.length);

		assertThat(this.reader.readEventGridEvents(withBom)).extracting(EventGridEvent::getId).containsExactly("b1");
	}

	@Test
	void readsTheSchemaItIsAskedFor() {
		List<CloudEvent> events = this.reader
			.readCloudEvents(Payloads.cloudEvent("c1").getBytes(StandardCharsets.UTF_8));

		assertThat(events).extracting(CloudEvent::getSource).containsExactly("/orders");
	}

	@Test
	void readsACloudEventWithoutSpecversionAsVersionOne() {
		String json = "{\"id\":\"1\",\"source\":\"/s\",\"type\":\"t\"}";

		assertThat(this.reader.read(json).events()).singleElement()
			.satisfies((event) -> assertThat(((CloudEvent) event).getSpecVersion()).isEqualTo("1.0"));
	}

	@Test
	void keepsTheLimitsItWasGiven() {
		EventGridPayloadReader small = new EventGridPayloadReader(4096, 8);

		assertThat(small.getMaxPayloadSize()).isEqualTo(4096);
		assertThat(small.getMaxNestingDepth()).isEqualTo(8);
		assertThat(this.reader.getMaxPayloadSize()).isEqualTo(EventGridPayloadReader.DEFAULT_MAX_PAYLOAD_SIZE);
	}

	@Test
	void acceptsAPayloadExactlyAtTheSizeLimit() {
		String event = Payloads.eventGridEvent("x");
		EventGridPayloadReader exact = new EventGridPayloadReader(event.length(), 8);

		assertThat(exact.readEventGridEvents(event)).hasSize(1);
		assertThat(exact.readEventGridEvents(Payloads.base64(event))).hasSize(1);
	}

	@Test
	void acceptsNestingExactlyAtTheDepthLimit() {
		String data = "[".repeat(62) + "]".repeat(62);
		String event = Payloads.eventGridEvent("d").replace("{\"orderId\":42}", data);

		assertThat(this.reader.readEventGridEvents(event)).hasSize(1);
	}

	private InvalidPayloadException readFailure(String json) {
		return catchThrowableOfType(InvalidPayloadException.class, () -> this.reader.read(json));
	}

	record Order(int orderId) {

	}

}
