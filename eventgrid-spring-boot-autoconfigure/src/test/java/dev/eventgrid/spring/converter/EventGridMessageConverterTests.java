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

package dev.eventgrid.spring.converter;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import dev.eventgrid.spring.EventGridHeaders;
import dev.eventgrid.spring.event.CloudEvent;
import dev.eventgrid.spring.event.EventGridEvent;
import dev.eventgrid.spring.event.EventGridPayload;
import dev.eventgrid.spring.event.EventSchema;
import dev.eventgrid.spring.event.InvalidPayloadException;
import dev.eventgrid.spring.event.Payloads;
import dev.eventgrid.spring.event.system.StorageBlobCreatedEventData;
import dev.eventgrid.spring.event.system.SystemEventData;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.converter.CompositeMessageConverter;
import org.springframework.messaging.converter.JacksonJsonMessageConverter;
import org.springframework.messaging.converter.MessageConversionException;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.util.MimeType;
import org.springframework.util.MimeTypeUtils;
import org.springframework.util.ReflectionUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link EventGridMessageConverter}, with the message shapes Spring Cloud
 * Stream and Spring Cloud Azure's Service Bus and Storage Queue support pass: a
 * {@code byte[]} or {@code String} payload and the Service Bus application properties as
 * headers.
 *
 * @author Event Grid for Spring Boot team
 */
class EventGridMessageConverterTests {

	private final EventGridMessageConverter converter = new EventGridMessageConverter();

	@Test
	void convertsABase64StorageQueueBodyToAnEventGridEvent() {
		Message<byte[]> message = MessageBuilder.withPayload(Payloads.base64(Payloads.eventGridEvent("q1"))).build();

		EventGridEvent event = (EventGridEvent) this.converter.fromMessage(message, EventGridEvent.class);

		assertThat(event.getId()).isEqualTo("q1");
	}

	@Test
	void convertsAPlainServiceBusBodyToACloudEvent() {
		Message<byte[]> message = MessageBuilder.withPayload(Payloads.cloudEvent("s1").getBytes(StandardCharsets.UTF_8))
			.setHeader(MessageHeaders.CONTENT_TYPE, MimeTypeUtils.APPLICATION_JSON)
			.build();

		CloudEvent event = (CloudEvent) this.converter.fromMessage(message, CloudEvent.class);

		assertThat(event.getId()).isEqualTo("s1");
	}

	@Test
	void convertsAStringPayloadToAListOfEventsForAListenerMethodParameter() {
		Message<String> message = MessageBuilder
			.withPayload("[" + Payloads.cloudEvent("c1") + "," + Payloads.cloudEvent("c2") + "]")
			.build();

		Object events = this.converter.fromMessage(message, List.class, parameter("cloudEvents"));

		assertThat(events).asInstanceOf(InstanceOfAssertFactories.list(CloudEvent.class))
			.extracting(CloudEvent::getId)
			.containsExactly("c1", "c2");
	}

	@Test
	void convertsToAListOfEventGridEventsForATypeHintAsSpringCloudFunctionGivesIt() {
		Message<String> message = MessageBuilder.withPayload(Payloads.eventGridEvent("e1")).build();

		Object events = this.converter.fromMessage(message, List.class,
				new ParameterizedTypeReference<List<EventGridEvent>>() {
				}.getType());

		assertThat(events).asInstanceOf(InstanceOfAssertFactories.list(EventGridEvent.class))
			.extracting(EventGridEvent::getId)
			.containsExactly("e1");
	}

	@Test
	void convertsToTheDataOfEachEventForAListOfADataClass() {
		Message<String> message = MessageBuilder
			.withPayload("[" + Payloads.eventGridEvent("e1") + "," + Payloads.eventGridEvent("e2") + "]")
			.build();

		Object orders = this.converter.fromMessage(message, List.class, parameter("orders"));

		assertThat(orders).isEqualTo(List.of(new Order(42), new Order(42)));
	}

	@Test
	void convertsToTheEventsDataAsADataClass() {
		Message<byte[]> message = MessageBuilder.withPayload(Payloads.base64(Payloads.cloudEvent("c1"))).build();

		assertThat(this.converter.fromMessage(message, Order.class)).isEqualTo(new Order(42));
	}

	@Test
	void convertsToTheTypedSystemEventData() {
		Message<byte[]> message = MessageBuilder.withPayload(Payloads.bytes("storage-blob-created-eg.json")).build();

		Object typed = this.converter.fromMessage(message, StorageBlobCreatedEventData.class);
		Object any = this.converter.fromMessage(message, SystemEventData.class);

		assertThat(typed).isInstanceOf(StorageBlobCreatedEventData.class)
			.extracting("api", "contentLength")
			.containsExactly("PutBlockList", 524288L);
		assertThat(any).isEqualTo(typed);
	}

	@Test
	void convertsToThePayloadWithItsSchema() {
		Message<byte[]> message = MessageBuilder.withPayload(Payloads.base64(Payloads.cloudEvent("c1"))).build();

		EventGridPayload payload = (EventGridPayload) this.converter.fromMessage(message, EventGridPayload.class);

		assertThat(payload.schema()).isEqualTo(EventSchema.CLOUD_EVENT);
		assertThat(payload.base64Encoded()).isTrue();
	}

	@Test
	void leavesPayloadsThatAreNotEventsToTheNextConverter() {
		Message<String> message = MessageBuilder.withPayload("{\"orderId\":7}").build();
		CompositeMessageConverter composite = new CompositeMessageConverter(
				List.of(this.converter, new JacksonJsonMessageConverter()));

		assertThat(this.converter.fromMessage(message, Order.class)).isNull();
		assertThat(composite.fromMessage(message, Order.class)).isEqualTo(new Order(7));
		assertThat(
				composite.fromMessage(MessageBuilder.withPayload(Payloads.eventGridEvent("e1")).build(), Order.class))
			.isEqualTo(new Order(42));
	}

	@Test
	void doesNotClaimStringByteArrayOrObjectTargets() {
		Message<String> message = MessageBuilder.withPayload(Payloads.eventGridEvent("e1")).build();

		assertThat(this.converter.fromMessage(message, String.class)).isNull();
		assertThat(this.converter.fromMessage(message, byte[].class)).isNull();
		assertThat(this.converter.fromMessage(message, Object.class)).isNull();
	}

	@Test
	void refusesSeveralEventsForASingleEventTarget() {
		Message<String> message = MessageBuilder
			.withPayload("[" + Payloads.eventGridEvent("e1") + "," + Payloads.eventGridEvent("e2") + "]")
			.build();

		assertThatExceptionOfType(MessageConversionException.class)
			.isThrownBy(() -> this.converter.fromMessage(message, EventGridEvent.class))
			.withMessageStartingWith("Payload holds 2 events where one was expected; convert it to a List instead");
	}

	@Test
	void refusesAMalformedPayloadSayingWhy() {
		Message<String> message = MessageBuilder
			.withPayload(Payloads.eventGridEvent("e1").replace("\"id\":\"e1\",", ""))
			.build();

		assertThatExceptionOfType(MessageConversionException.class)
			.isThrownBy(() -> this.converter.fromMessage(message, EventGridEvent.class))
			.withMessageStartingWith(
					"Cannot read Event Grid events: Required field 'id' of the EventGridEvent is missing")
			.withCauseInstanceOf(InvalidPayloadException.class);
	}

	@Test
	void refusesEventsOfTheOtherSchema() {
		Message<String> message = MessageBuilder.withPayload(Payloads.cloudEvent("c1")).build();

		assertThatExceptionOfType(MessageConversionException.class)
			.isThrownBy(() -> this.converter.fromMessage(message, EventGridEvent.class))
			.withMessageContaining("Event is a CloudEvent (it has 'specversion'), not an EventGridEvent as asked for");
	}

	@Test
	void mapsTheEventAndServiceBusApplicationPropertiesToHeaders() {
		Message<byte[]> message = MessageBuilder.withPayload(Payloads.bytes("storage-blob-created-eg.json"))
			.setHeader("aeg-subscription-name", "BLOBS")
			.setHeader("aeg-delivery-count", 2)
			.setHeader("aeg_event_type", "Notification")
			.setHeader("AEG-METADATA-VERSION", "1")
			.setHeader("aeg-data-version", "")
			.setHeader("aeg-output-event-id", "831e1650-001e-001b-66ab-eeb76e069631")
			.setHeader("custom", "kept")
			.build();

		Message<?> events = this.converter.toEventMessage(message);

		assertThat(events.getPayload()).isInstanceOf(EventGridEvent.class);
		assertThat(events.getHeaders()).containsEntry(EventGridHeaders.SUBSCRIPTION_NAME, "BLOBS")
			.containsEntry(EventGridHeaders.DELIVERY_COUNT, 2)
			.containsEntry(EventGridHeaders.EVENT_TYPE, "Notification")
			.containsEntry(EventGridHeaders.METADATA_VERSION, "1")
			.containsEntry(EventGridHeaders.AEG_DATA_VERSION, "")
			.containsEntry(EventGridHeaders.OUTPUT_EVENT_ID, "831e1650-001e-001b-66ab-eeb76e069631")
			.containsEntry(EventGridHeaders.ID, "831e1650-001e-001b-66ab-eeb76e069631")
			.containsEntry(EventGridHeaders.TYPE, "Microsoft.Storage.BlobCreated")
			.containsEntry(EventGridHeaders.SUBJECT,
					"/blobServices/default/containers/test-container/blobs/new-file.txt")
			.containsEntry(EventGridHeaders.DATA_VERSION, "")
			.containsEntry("custom", "kept")
			.containsKey(EventGridHeaders.TIME)
			.containsKey(EventGridHeaders.TOPIC);
	}

	@Test
	void mapsCloudEventAttributesAndExtensionsToHeaders() {
		String json = Payloads.cloudEvent("c1").replace("\"specversion\"", "\"tenant\":\"contoso\",\"specversion\"");
		Message<String> message = MessageBuilder.withPayload(json).setHeader("aeg_delivery_count", "3").build();

		Message<?> events = this.converter.toEventMessage(message);

		assertThat(events.getHeaders()).containsEntry(EventGridHeaders.SOURCE, "/orders")
			.containsEntry(EventGridHeaders.EXTENSION_PREFIX + "tenant", "contoso")
			.containsEntry(EventGridHeaders.DELIVERY_COUNT, 3);
	}

	@Test
	void writesEventsAsTheirJsonWithTheContentTypeOfTheHeaders() {
		EventGridEvent eventGridEvent = EventGridEvent.fromJson(Payloads.eventGridEvent("e1")).get(0);
		List<CloudEvent> cloudEvents = CloudEvent.fromJson("[" + Payloads.cloudEvent("c1") + "]");

		Message<?> one = this.converter.toMessage(eventGridEvent, null);
		Message<?> batch = this.converter.toMessage(cloudEvents, new MessageHeaders(
				Map.of(MessageHeaders.CONTENT_TYPE, MimeType.valueOf("application/cloudevents-batch+json"))));

		assertThat(one.getHeaders().get(MessageHeaders.CONTENT_TYPE)).hasToString("application/json");
		assertThat(new String((byte[]) batch.getPayload(), StandardCharsets.UTF_8)).startsWith("[{\"id\":\"c1\"");
		assertThat(batch.getHeaders().get(MessageHeaders.CONTENT_TYPE))
			.hasToString("application/cloudevents-batch+json");
		assertThat(this.converter.fromMessage(one, EventGridEvent.class)).isEqualTo(eventGridEvent);
		assertThat(this.converter.fromMessage(batch, List.class, parameter("cloudEvents"))).isEqualTo(cloudEvents);
		assertThat(this.converter.toMessage(new Order(1), null)).isNull();
	}

	private static MethodParameter parameter(String methodName) {
		Method method = ReflectionUtils.findMethod(Listeners.class, methodName, (Class<?>[]) null);
		return new MethodParameter(method, 0);
	}

	record Order(int orderId) {

	}

	interface Listeners {

		void cloudEvents(Message<List<CloudEvent>> events);

		void orders(List<Order> orders);

	}

}
