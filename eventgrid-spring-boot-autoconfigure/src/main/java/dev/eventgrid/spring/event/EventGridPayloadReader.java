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

import java.util.List;
import java.util.Map;

import dev.eventgrid.spring.event.InvalidPayloadException.Problem;
import dev.eventgrid.spring.event.PayloadScanner.Element;
import dev.eventgrid.spring.event.PayloadScanner.Scan;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Reads Event Grid events from a delivered payload: one event object or an array of them,
 * in Event Grid's schema or as CloudEvents (found from the members, or asked for), as
 * JSON text or as base64 of it, as Storage Queue deliveries carry it. Everything is read
 * or nothing is: any problem throws an {@link InvalidPayloadException} that says what it
 * was. Thread-safe.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public final class EventGridPayloadReader {

	/**
	 * Default largest JSON payload, in bytes: 2 MiB, above any delivery Event Grid makes
	 * (events up to 1 MB, requests up to 1.5 MB).
	 */
	public static final int DEFAULT_MAX_PAYLOAD_SIZE = 2 * 1024 * 1024;

	/**
	 * Default deepest nesting of JSON objects and arrays; system events use fewer than
	 * ten levels.
	 */
	public static final int DEFAULT_MAX_NESTING_DEPTH = 64;

	private final int maxPayloadSize;

	private final int maxNestingDepth;

	private final PayloadScanner scanner;

	/**
	 * Create a reader with the default limits.
	 */
	public EventGridPayloadReader() {
		this(DEFAULT_MAX_PAYLOAD_SIZE, DEFAULT_MAX_NESTING_DEPTH);
	}

	/**
	 * Create a reader with the given limits.
	 * @param maxPayloadSize the largest JSON payload, in bytes; base64 payloads may be
	 * four thirds of it
	 * @param maxNestingDepth the deepest nesting of JSON objects and arrays, counting the
	 * event object itself
	 */
	public EventGridPayloadReader(int maxPayloadSize, int maxNestingDepth) {
		Assert.isTrue(maxPayloadSize > 0, "'maxPayloadSize' must be positive");
		Assert.isTrue(maxNestingDepth >= 2, "'maxNestingDepth' must be at least 2");
		this.maxPayloadSize = maxPayloadSize;
		this.maxNestingDepth = maxNestingDepth;
		this.scanner = new PayloadScanner(maxPayloadSize, maxNestingDepth);
	}

	/**
	 * Read the events of a payload, finding their schema from their members.
	 * @param payload the payload bytes
	 * @return the events and their schema
	 * @throws InvalidPayloadException if the payload cannot be read whole
	 */
	public EventGridPayload read(byte[] payload) {
		return read(payload, null);
	}

	/**
	 * Read the events of a payload, finding their schema from their members.
	 * @param payload the payload text
	 * @return the events and their schema
	 * @throws InvalidPayloadException if the payload cannot be read whole
	 */
	public EventGridPayload read(String payload) {
		return read(payload, null);
	}

	/**
	 * Read the events of a payload in the given schema.
	 * @param payload the payload bytes
	 * @param schema the schema the events must have, or {@code null} to find it from
	 * their members
	 * @return the events and their schema
	 * @throws InvalidPayloadException if the payload cannot be read whole
	 */
	public EventGridPayload read(byte[] payload, @Nullable EventSchema schema) {
		Assert.notNull(payload, "'payload' must not be null");
		return read(PayloadText.of(payload, this.maxPayloadSize), schema);
	}

	/**
	 * Read the events of a payload in the given schema.
	 * @param payload the payload text
	 * @param schema the schema the events must have, or {@code null} to find it from
	 * their members
	 * @return the events and their schema
	 * @throws InvalidPayloadException if the payload cannot be read whole
	 */
	public EventGridPayload read(String payload, @Nullable EventSchema schema) {
		Assert.notNull(payload, "'payload' must not be null");
		return read(PayloadText.of(payload, this.maxPayloadSize), schema);
	}

	/**
	 * Read events in Event Grid's schema.
	 * @param payload the payload bytes
	 * @return the events, in order
	 * @throws InvalidPayloadException if the payload cannot be read whole, including when
	 * it holds CloudEvents
	 */
	public List<EventGridEvent> readEventGridEvents(byte[] payload) {
		return ((EventGridPayload.EventGridEvents) read(payload, EventSchema.EVENT_GRID_EVENT)).events();
	}

	/**
	 * Read events in Event Grid's schema.
	 * @param payload the payload text
	 * @return the events, in order
	 * @throws InvalidPayloadException if the payload cannot be read whole, including when
	 * it holds CloudEvents
	 */
	public List<EventGridEvent> readEventGridEvents(String payload) {
		return ((EventGridPayload.EventGridEvents) read(payload, EventSchema.EVENT_GRID_EVENT)).events();
	}

	/**
	 * Read CloudEvents.
	 * @param payload the payload bytes
	 * @return the events, in order
	 * @throws InvalidPayloadException if the payload cannot be read whole, including when
	 * it holds events in Event Grid's schema
	 */
	public List<CloudEvent> readCloudEvents(byte[] payload) {
		return ((EventGridPayload.CloudEvents) read(payload, EventSchema.CLOUD_EVENT)).events();
	}

	/**
	 * Read CloudEvents.
	 * @param payload the payload text
	 * @return the events, in order
	 * @throws InvalidPayloadException if the payload cannot be read whole, including when
	 * it holds events in Event Grid's schema
	 */
	public List<CloudEvent> readCloudEvents(String payload) {
		return ((EventGridPayload.CloudEvents) read(payload, EventSchema.CLOUD_EVENT)).events();
	}

	/**
	 * Read a CloudEvent given in binary content mode, as the HTTP binding of CloudEvents
	 * carries it: its attributes apart, its data as the body.
	 * @param attributes the context attributes and extensions by name, such as {@code id}
	 * and {@code source}, their values decoded
	 * @param contentType the content type of the data, its {@code datacontenttype}, or
	 * {@code null}
	 * @param data the data, empty for none
	 * @return the event
	 * @throws InvalidPayloadException if a required attribute is missing or an attribute
	 * or JSON data is invalid
	 */
	public EventGridPayload readBinaryCloudEvent(Map<String, String> attributes, @Nullable String contentType,
			byte[] data) {
		Assert.notNull(attributes, "'attributes' must not be null");
		Assert.notNull(data, "'data' must not be null");
		if (data.length > this.maxPayloadSize) {
			throw new InvalidPayloadException(Problem.TOO_LARGE, null, -1,
					"Data is " + data.length + " bytes, over the limit of " + this.maxPayloadSize + " bytes", null);
		}
		try {
			return new EventGridPayload.CloudEvents(List.of(BinaryCloudEventReader.read(attributes, contentType, data)),
					false, false);
		}
		catch (InvalidEventException ex) {
			throw invalidEvent(ex);
		}
	}

	/**
	 * Return the largest JSON payload this reader accepts.
	 * @return the limit in bytes
	 */
	public int getMaxPayloadSize() {
		return this.maxPayloadSize;
	}

	/**
	 * Return the largest payload this reader looks at, in bytes: the base64 encoding of
	 * the largest JSON it accepts, since payloads may come in either form.
	 * @return the size
	 */
	public long getMaxEncodedPayloadSize() {
		return PayloadText.encodedLimit(this.maxPayloadSize);
	}

	/**
	 * Return the deepest JSON nesting this reader accepts.
	 * @return the limit in levels
	 */
	public int getMaxNestingDepth() {
		return this.maxNestingDepth;
	}

	private EventGridPayload read(PayloadText text, @Nullable EventSchema expected) {
		Assert.isTrue(expected != EventSchema.CUSTOM,
				"Custom schema payloads are the application's own JSON; read them with a JSON mapper");
		Scan scan = this.scanner.scan(text.json());
		EventSchema schema = (expected != null) ? check(scan, expected) : detect(scan);
		try {
			if (schema == EventSchema.EVENT_GRID_EVENT) {
				return new EventGridPayload.EventGridEvents(EventGridEvent.fromJson(text.json()), scan.array(),
						text.base64Encoded());
			}
			return new EventGridPayload.CloudEvents(CloudEvent.fromJson(text.json()), scan.array(),
					text.base64Encoded());
		}
		catch (InvalidEventException ex) {
			throw invalidEvent(ex);
		}
	}

	private static EventSchema detect(Scan scan) {
		EventSchema first = null;
		for (int i = 0; i < scan.elements().size(); i++) {
			Element element = scan.elements().get(i);
			int index = scan.array() ? i : -1;
			if (element.schema() == null) {
				throw new InvalidPayloadException(Problem.UNKNOWN_SCHEMA, null, index,
						"Event is neither an EventGridEvent (it has no 'eventType') nor a CloudEvent (it has no "
								+ "'specversion'); " + element.evidence(),
						null);
			}
			if (first == null) {
				first = element.schema();
			}
			else if (element.schema() != first) {
				throw new InvalidPayloadException(Problem.MIXED_SCHEMAS, null, index,
						"Event is " + kind(element.schema()) + " (" + element.evidence()
								+ ") but the event at index 0 is " + kind(first)
								+ "; a payload holds events of one schema",
						null);
			}
		}
		Assert.state(first != null, "A scan finds at least one event");
		return first;
	}

	private static EventSchema check(Scan scan, EventSchema expected) {
		for (int i = 0; i < scan.elements().size(); i++) {
			Element element = scan.elements().get(i);
			if (element.schema() != null && element.schema() != expected) {
				throw new InvalidPayloadException(Problem.WRONG_SCHEMA, null, scan.array() ? i : -1,
						"Event is " + kind(element.schema()) + " (" + element.evidence() + "), not " + kind(expected)
								+ " as asked for",
						null);
			}
		}
		return expected;
	}

	private static InvalidPayloadException invalidEvent(InvalidEventException ex) {
		String message = String.valueOf(ex.getMessage());
		String prefix = "Event at index " + ex.getIndex() + ": ";
		if (ex.getIndex() >= 0 && message.startsWith(prefix)) {
			message = message.substring(prefix.length());
		}
		return new InvalidPayloadException(Problem.INVALID_EVENT, ex.getField(), ex.getIndex(), message, ex);
	}

	private static String kind(@Nullable EventSchema schema) {
		return (schema == EventSchema.CLOUD_EVENT) ? "a CloudEvent" : "an EventGridEvent";
	}

}
