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

package dev.eventgrid.spring.core;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import dev.eventgrid.spring.EventGridPayloadTooLargeException;
import dev.eventgrid.spring.event.AzureCoreCloudEvents;
import dev.eventgrid.spring.event.CloudEvent;
import dev.eventgrid.spring.event.CncfCloudEvents;
import dev.eventgrid.spring.event.EventGridEvent;
import dev.eventgrid.spring.event.EventSchema;
import dev.eventgrid.spring.event.InvalidEventException;
import dev.eventgrid.spring.transport.RequestWriter;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.lang.Contract;
import org.springframework.util.ClassUtils;

/**
 * Turns what a caller gives into the wire form of one publisher: adapts each input to the
 * publisher's schema, fills domain defaults, checks it, and serializes it once.
 *
 * @author Event Grid for Spring Boot team
 */
final class EventPreparer implements RequestWriter.Checks {

	private static final ClassLoader CLASS_LOADER = EventPreparer.class.getClassLoader();

	/**
	 * The name of azure-core's CloudEvent, a final class: known by name so that an
	 * application that never gives one loads no azure-core class, whose signed jar costs
	 * tens of milliseconds of startup to verify.
	 */
	private static final String AZURE_CORE_CLOUD_EVENT = "com.azure.core.models.CloudEvent";

	private static final boolean CNCF_PRESENT = ClassUtils.isPresent("io.cloudevents.CloudEvent", CLASS_LOADER);

	private final String publisher;

	private final EventSchema schema;

	private final @Nullable String domainTopic;

	private final @Nullable String namespaceTopic;

	private final JsonMapper mapper;

	// Built on the first send (or the warm-up), not while the application starts: an
	// ObjectWriter is immutable, so a race only builds an equal one twice.
	private @Nullable ObjectWriter writer;

	private final long maxEventSize;

	EventPreparer(String publisher, EventSchema schema, @Nullable String domainTopic, @Nullable String namespaceTopic,
			JsonMapper mapper, long maxEventSize) {
		this.publisher = publisher;
		this.schema = schema;
		this.domainTopic = domainTopic;
		this.namespaceTopic = namespaceTopic;
		this.mapper = mapper;
		this.maxEventSize = maxEventSize;
	}

	/**
	 * Return the writer of one send: CloudEvents that carry no trace context get the
	 * given one as extension attributes.
	 * @param traceContext the trace context of the send, such as its {@code traceparent};
	 * may be empty
	 * @return the writer
	 */
	ObjectWriter writer(Map<String, String> traceContext) {
		ObjectWriter writer = this.writer;
		if (writer == null) {
			// Events are written one after another into a request body, which is flushed
			// once it is complete.
			writer = this.mapper.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
			this.writer = writer;
		}
		return traceContext.isEmpty() ? writer : writer.withAttribute(CloudEvent.TRACE_CONTEXT_ATTRIBUTE, traceContext);
	}

	/**
	 * Check an event and adapt it to the publisher's schema, ready to be written.
	 * @param input the event as given
	 * @param index its position in the send
	 * @return the event to write
	 * @throws InvalidEventException if the event is {@code null} or cannot be sent by
	 * this publisher
	 */
	@Contract("null, _ -> fail")
	Object prepare(@Nullable Object input, int index) {
		if (input == null) {
			throw new InvalidEventException(null, index, "the event is null; remove it from the events to send", null);
		}
		return adapt(input, index);
	}

	/**
	 * Check the size of a written event.
	 */
	@Override
	public void checkSize(int length, int index) {
		if (length > this.maxEventSize) {
			throw new EventGridPayloadTooLargeException("Event at index " + index + " is " + length
					+ " bytes, over publisher '" + this.publisher + "' maximum event size of " + this.maxEventSize
					+ " bytes; Event Grid refuses events over 1 MB, so store large content elsewhere and send a "
					+ "reference", length, this.maxEventSize);
		}
	}

	/**
	 * Return whether written events must be JSON objects, checked by
	 * {@link #checkObject}.
	 */
	@Override
	public boolean needsObject() {
		return this.schema == EventSchema.CUSTOM;
	}

	/**
	 * Check that a written event is a JSON object, from its first byte.
	 */
	@Override
	public void checkObject(byte first, Object input, int index) {
		if (first != '{') {
			throw new InvalidEventException(null, index,
					"publisher '" + this.publisher + "' uses the custom schema, "
							+ "whose events must be JSON objects, but a " + input.getClass().getName()
							+ " is not written as one",
					null);
		}
	}

	/**
	 * Return the exception for an event the mapper failed to write.
	 */
	@Override
	public InvalidEventException notWritable(JacksonException ex, int index) {
		return new InvalidEventException("data", index,
				"cannot be written as JSON by the configured JsonMapper: " + ex.getOriginalMessage(), ex);
	}

	private Object adapt(Object input, int index) {
		EventSchema given = schemaOf(input);
		if (given != null && given != this.schema) {
			throw mismatch(input, given, index);
		}
		return switch (this.schema) {
			case EVENT_GRID_EVENT -> eventGridEvent(input, index);
			case CLOUD_EVENT -> cloudEvent(input, index);
			case CUSTOM -> input;
		};
	}

	private EventGridEvent eventGridEvent(Object input, int index) {
		if (input instanceof EventGridEvent event) {
			return (this.domainTopic != null && event.getTopic() == null)
					? event.toBuilder().topic(this.domainTopic).build() : event;
		}
		return fromJsonForm(input, "topic", EventGridEvent.class, index);
	}

	private CloudEvent cloudEvent(Object input, int index) {
		if (input instanceof CloudEvent event) {
			return event;
		}
		if (isAzureCoreCloudEvent(input) && input instanceof com.azure.core.models.CloudEvent event) {
			return withIndex(index, () -> AzureCoreCloudEvents.toCloudEvent(event));
		}
		if (CNCF_PRESENT && input instanceof io.cloudevents.CloudEvent event) {
			return withIndex(index, () -> CncfCloudEvents.toCloudEvent(event));
		}
		return fromJsonForm(input, "source", CloudEvent.class, index);
	}

	private <T> T fromJsonForm(Object input, String domainField, Class<T> type, int index) {
		if (!(input instanceof Map<?, ?> || input instanceof ObjectNode)) {
			throw new InvalidEventException(null, index,
					"publisher '" + this.publisher + "' sends " + this.schema.getId() + " events but was given a "
							+ input.getClass().getName() + "; give a " + type.getSimpleName()
							+ ", a Map or JsonNode in its JSON form, or use convertAndSend(...) to wrap " + "a payload",
					null);
		}
		Object json = withDomainDefault(input, domainField);
		return withIndex(index, () -> {
			try {
				return this.mapper.convertValue(json, type);
			}
			catch (InvalidEventException ex) {
				throw ex;
			}
			catch (RuntimeException ex) {
				for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
					if (cause instanceof InvalidEventException invalid) {
						throw invalid;
					}
				}
				throw new InvalidEventException(null, -1,
						"cannot read the " + type.getSimpleName() + " from its JSON form: " + ex.getMessage(), ex);
			}
		});
	}

	private Object withDomainDefault(Object input, String field) {
		if (this.domainTopic == null) {
			return input;
		}
		if (input instanceof ObjectNode node && !node.has(field)) {
			return node.deepCopy().put(field, this.domainTopic);
		}
		if (input instanceof Map<?, ?> map && !map.containsKey(field)) {
			Map<Object, Object> copy = new LinkedHashMap<>(map);
			copy.put(field, this.domainTopic);
			return copy;
		}
		return input;
	}

	private InvalidEventException mismatch(Object input, EventSchema given, int index) {
		if (this.namespaceTopic != null) {
			return new InvalidEventException(null, index,
					"publisher '" + this.publisher + "' sends to namespace topic '" + this.namespaceTopic
							+ "', and namespace topics take CloudEvents only, but this is a "
							+ input.getClass().getName() + " (" + given.getId() + "); send a CloudEvent, or send "
							+ given.getId() + " events through a publisher to a topic or domain endpoint",
					null);
		}
		return new InvalidEventException(null, index,
				"publisher '" + this.publisher + "' accepts " + this.schema.getId() + " events, but this is a "
						+ input.getClass().getName() + " (" + given.getId() + "); send it through a publisher "
						+ "configured with schema " + given.getId(),
				null);
	}

	private static boolean isAzureCoreCloudEvent(Object input) {
		return input.getClass().getName().equals(AZURE_CORE_CLOUD_EVENT);
	}

	private static @Nullable EventSchema schemaOf(Object input) {
		if (input instanceof EventGridEvent) {
			return EventSchema.EVENT_GRID_EVENT;
		}
		if (input instanceof CloudEvent
				|| (isAzureCoreCloudEvent(input) && input instanceof com.azure.core.models.CloudEvent)
				|| (CNCF_PRESENT && input instanceof io.cloudevents.CloudEvent)) {
			return EventSchema.CLOUD_EVENT;
		}
		return null;
	}

	private static <T> T withIndex(int index, Supplier<T> action) {
		try {
			return action.get();
		}
		catch (InvalidEventException ex) {
			throw (ex.getIndex() >= 0) ? ex : new InvalidEventException(ex.getField(), index, ex.getMessage(), ex);
		}
	}

}
