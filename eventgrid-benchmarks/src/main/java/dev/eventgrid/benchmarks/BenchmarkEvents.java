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
import java.util.List;

import com.azure.core.models.CloudEventDataFormat;
import com.azure.core.util.BinaryData;
import dev.eventgrid.spring.event.CloudEvent;
import dev.eventgrid.spring.event.EventGridEvent;
import dev.eventgrid.spring.event.JsonData;
import tools.jackson.databind.json.JsonMapper;

/**
 * The events every benchmark sends, built once and identically for each client: our
 * {@link CloudEvent} and {@link EventGridEvent}, the Azure SDK's equivalents, and their
 * serialized form for the raw client. Data is a JSON object of an exact size, held
 * pre-serialized by both libraries ({@link JsonData} for ours, a JSON string in
 * {@link BinaryData} for the SDK), so that each publisher does the same work per event.
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
	 * Build our CloudEvents.
	 * @param count how many
	 * @param dataSize the size of each event's data, in bytes
	 * @return the events
	 */
	public static List<CloudEvent> cloudEvents(int count, int dataSize) {
		List<CloudEvent> events = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			events.add(CloudEvent.builder()
				.id(id(i))
				.source("/contoso/orders")
				.type("Contoso.Orders.OrderPlaced")
				.time(TIME)
				.subject("orders/" + i)
				.dataContentType("application/json")
				.data(JsonData.of(dataJson(dataSize, i)))
				.build());
		}
		return events;
	}

	/**
	 * Build the Azure SDK's CloudEvents with the same attributes and data as
	 * {@link #cloudEvents(int, int)}.
	 * @param count how many
	 * @param dataSize the size of each event's data, in bytes
	 * @return the events
	 */
	public static List<com.azure.core.models.CloudEvent> azureCloudEvents(int count, int dataSize) {
		List<com.azure.core.models.CloudEvent> events = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			com.azure.core.models.CloudEvent event = new com.azure.core.models.CloudEvent("/contoso/orders",
					"Contoso.Orders.OrderPlaced", BinaryData.fromString(dataJson(dataSize, i)),
					CloudEventDataFormat.JSON, "application/json");
			event.setId(id(i)).setTime(TIME).setSubject("orders/" + i);
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
		List<EventGridEvent> events = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			events.add(EventGridEvent.builder()
				.id(id(i))
				.subject("orders/" + i)
				.eventType("Contoso.Orders.OrderPlaced")
				.eventTime(TIME)
				.dataVersion("1.0")
				.data(JsonData.of(dataJson(dataSize, i)))
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
		List<com.azure.messaging.eventgrid.EventGridEvent> events = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			com.azure.messaging.eventgrid.EventGridEvent event = new com.azure.messaging.eventgrid.EventGridEvent(
					"orders/" + i, "Contoso.Orders.OrderPlaced", BinaryData.fromString(dataJson(dataSize, i)), "1.0");
			event.setId(id(i)).setEventTime(TIME);
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

	private static String id(int i) {
		return String.format("0f8fad5b-d9cb-469f-a165-%012d", i);
	}

}
