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

package dev.eventgrid.benchmarks;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.azure.core.models.CloudEventDataFormat;
import com.azure.core.util.BinaryData;
import dev.eventgrid.spring.event.CloudEvent;
import dev.eventgrid.spring.event.EventGridEvent;
import dev.eventgrid.spring.event.JsonData;
import tools.jackson.databind.json.JsonMapper;

/**
 * The events every benchmark sends, built identically for each client: our
 * {@link CloudEvent} and {@link EventGridEvent}, the Azure SDK's equivalents, and their
 * serialized form for the raw clients. The inputs (ids, subjects and each event's data as
 * a JSON string of an exact size) are generated once; the events are built from them anew
 * for every send, as an application builds each event it publishes, so that each library
 * encodes the data on every send ({@link JsonData} for ours, a JSON string in
 * {@link BinaryData} for the SDK) and neither keeps work from one send to the next.
 *
 * @author Event Grid for Spring Boot team
 */
public final class BenchmarkEvents {

	private static final OffsetDateTime TIME = OffsetDateTime.of(2026, 1, 15, 10, 30, 0, 123_000_000, ZoneOffset.UTC);

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private BenchmarkEvents() {
	}

	/**
	 * Return a JSON object of exactly {@code size} bytes: a few typed fields and a
	 * padding string.
	 * @param size the size in bytes, at least 80
	 * @param seed varies the content between events
	 * @return the JSON text
	 */
	public static String dataJson(int size, int seed) {
		String head = "{\"orderId\":" + (100000 + seed) + ",\"customer\":{\"name\":\"Contoso\",\"tier\":\"gold\"},"
				+ "\"lines\":[1,2,3],\"note\":\"";
		String tail = "\"}";
		int padding = size - head.length() - tail.length();
		if (padding < 0) {
			throw new IllegalArgumentException(
					"Data size " + size + " is below the minimum of " + (head.length() + tail.length()) + " bytes");
		}
		StringBuilder json = new StringBuilder(size).append(head);
		for (int i = 0; i < padding; i++) {
			json.append((char) ('a' + ((i + seed) % 26)));
		}
		return json.append(tail).toString();
	}

	/**
	 * Generate the inputs of a batch of events.
	 * @param count how many events
	 * @param dataSize the size of each event's data, in bytes
	 * @return the inputs
	 */
	public static Inputs inputs(int count, int dataSize) {
		List<String> ids = new ArrayList<>(count);
		List<String> subjects = new ArrayList<>(count);
		List<String> data = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			ids.add(String.format("0f8fad5b-d9cb-469f-a165-%012d", i));
			subjects.add(String.format("orders/%06d", i));
			data.add(dataJson(dataSize, i));
		}
		return new Inputs(Collections.unmodifiableList(ids), Collections.unmodifiableList(subjects),
				Collections.unmodifiableList(data));
	}

	/**
	 * Build our CloudEvents.
	 * @param count how many
	 * @param dataSize the size of each event's data, in bytes
	 * @return the events
	 */
	public static List<CloudEvent> cloudEvents(int count, int dataSize) {
		return cloudEvents(inputs(count, dataSize));
	}

	/**
	 * Build our CloudEvents from generated inputs: new events on every call.
	 * @param inputs the inputs
	 * @return the events
	 */
	public static List<CloudEvent> cloudEvents(Inputs inputs) {
		List<CloudEvent> events = new ArrayList<>(inputs.size());
		for (int i = 0; i < inputs.size(); i++) {
			events.add(cloudEvent(inputs, i));
		}
		return events;
	}

	/**
	 * Build one of our CloudEvents from generated inputs.
	 * @param inputs the inputs
	 * @param index the position of the event's inputs
	 * @return a new event
	 */
	public static CloudEvent cloudEvent(Inputs inputs, int index) {
		return CloudEvent.builder()
			.id(inputs.ids().get(index))
			.source("/contoso/orders")
			.type("Contoso.Orders.OrderPlaced")
			.time(TIME)
			.subject(inputs.subjects().get(index))
			.dataContentType("application/json")
			.data(JsonData.of(inputs.data().get(index)))
			.build();
	}

	/**
	 * Build the Azure SDK's CloudEvents with the same attributes and data as
	 * {@link #cloudEvents(int, int)}.
	 * @param count how many
	 * @param dataSize the size of each event's data, in bytes
	 * @return the events
	 */
	public static List<com.azure.core.models.CloudEvent> azureCloudEvents(int count, int dataSize) {
		return azureCloudEvents(inputs(count, dataSize));
	}

	/**
	 * Build the Azure SDK's CloudEvents from generated inputs, the same as
	 * {@link #cloudEvents(Inputs)}: new events on every call.
	 * @param inputs the inputs
	 * @return the events
	 */
	public static List<com.azure.core.models.CloudEvent> azureCloudEvents(Inputs inputs) {
		List<com.azure.core.models.CloudEvent> events = new ArrayList<>(inputs.size());
		for (int i = 0; i < inputs.size(); i++) {
			com.azure.core.models.CloudEvent event = new com.azure.core.models.CloudEvent("/contoso/orders",
					"Contoso.Orders.OrderPlaced", BinaryData.fromString(inputs.data().get(i)),
					CloudEventDataFormat.JSON, "application/json");
			event.setId(inputs.ids().get(i)).setTime(TIME).setSubject(inputs.subjects().get(i));
			events.add(event);
		}
		return events;
	}

	/**
	 * Build our EventGridEvents.
	 * @param count how many
	 * @param dataSize the size of each event's data, in bytes
	 * @return the events
	 */
	public static List<EventGridEvent> eventGridEvents(int count, int dataSize) {
		return eventGridEvents(inputs(count, dataSize));
	}

	/**
	 * Build our EventGridEvents from generated inputs: new events on every call.
	 * @param inputs the inputs
	 * @return the events
	 */
	public static List<EventGridEvent> eventGridEvents(Inputs inputs) {
		List<EventGridEvent> events = new ArrayList<>(inputs.size());
		for (int i = 0; i < inputs.size(); i++) {
			events.add(EventGridEvent.builder()
				.id(inputs.ids().get(i))
				.subject(inputs.subjects().get(i))
				.eventType("Contoso.Orders.OrderPlaced")
				.eventTime(TIME)
				.dataVersion("1.0")
				.data(JsonData.of(inputs.data().get(i)))
				.build());
		}
		return events;
	}

	/**
	 * Build the Azure SDK's EventGridEvents with the same attributes and data as
	 * {@link #eventGridEvents(int, int)}.
	 * @param count how many
	 * @param dataSize the size of each event's data, in bytes
	 * @return the events
	 */
	public static List<com.azure.messaging.eventgrid.EventGridEvent> azureEventGridEvents(int count, int dataSize) {
		return azureEventGridEvents(inputs(count, dataSize));
	}

	/**
	 * Build the Azure SDK's EventGridEvents from generated inputs, the same as
	 * {@link #eventGridEvents(Inputs)}: new events on every call.
	 * @param inputs the inputs
	 * @return the events
	 */
	public static List<com.azure.messaging.eventgrid.EventGridEvent> azureEventGridEvents(Inputs inputs) {
		List<com.azure.messaging.eventgrid.EventGridEvent> events = new ArrayList<>(inputs.size());
		for (int i = 0; i < inputs.size(); i++) {
			com.azure.messaging.eventgrid.EventGridEvent event = new com.azure.messaging.eventgrid.EventGridEvent(
					inputs.subjects().get(i), "Contoso.Orders.OrderPlaced", BinaryData.fromString(inputs.data().get(i)),
					"1.0");
			event.setId(inputs.ids().get(i)).setEventTime(TIME);
			events.add(event);
		}
		return events;
	}

	/**
	 * Serialize events to the request body our publisher sends for them: a JSON array.
	 * @param events the events
	 * @return the body
	 */
	public static byte[] requestBody(List<?> events) {
		return MAPPER.writeValueAsBytes(events);
	}

	/**
	 * What the events of one batch are built from, generated once.
	 *
	 * @param ids the events' ids
	 * @param subjects the events' subjects
	 * @param data each event's data, a JSON object as text
	 */
	public record Inputs(List<String> ids, List<String> subjects, List<String> data) {

		/**
		 * Return the number of events.
		 * @return the count
		 */
		public int size() {
			return this.ids.size();
		}

	}

}
