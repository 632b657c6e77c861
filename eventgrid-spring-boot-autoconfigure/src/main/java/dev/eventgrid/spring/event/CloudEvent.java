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

import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.eventgrid.spring.event.system.SystemEventData;
import dev.eventgrid.spring.event.system.SystemEventMappings;
import dev.eventgrid.spring.event.system.SystemEventNames;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

import org.springframework.lang.Contract;
import org.springframework.util.Assert;

/**
 * A CloudEvents 1.0 event, in the JSON format Event Grid accepts and delivers. Immutable;
 * create one with {@link #builder()} or read them with {@link #fromJson(String)}. Any
 * Jackson mapper writes and reads it in the CloudEvents JSON form.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@JsonSerialize(using = CloudEventJsonSerializer.class)
@JsonDeserialize(using = CloudEventJsonDeserializer.class)
public final class CloudEvent {

	/**
	 * The only CloudEvents version Event Grid accepts.
	 */
	public static final String SPEC_VERSION = "1.0";

	/**
	 * Attribute names that extensions must not use.
	 */
	public static final Set<String> RESERVED_ATTRIBUTES = Set.of("specversion", "id", "source", "type",
			"datacontenttype", "dataschema", "subject", "time", "data", "data_base64");

	/**
	 * Name of a Jackson serialization attribute holding a {@code Map<String, String>} of
	 * W3C trace context ({@code traceparent}, {@code tracestate}) that CloudEvents
	 * without a {@code traceparent} extension are written with, as distributed-tracing
	 * extension attributes. The serializer reads and encodes the map once per
	 * serialization call (each request of a template is one): change it only between
	 * calls.
	 */
	public static final String TRACE_CONTEXT_ATTRIBUTE = "eventgrid.traceContext";

	static final String KIND = "CloudEvent";

	private static final Pattern EXTENSION_NAME = Pattern.compile("[a-z0-9]+");

	private final String id;

	private final String source;

	private final String type;

	private final @Nullable OffsetDateTime time;

	private final @Nullable String timeText;

	private final @Nullable String subject;

	private final @Nullable String dataSchema;

	private final @Nullable String dataContentType;

	private final @Nullable Object data;

	private final byte @Nullable [] dataBase64;

	private final boolean hasData;

	private final Map<String, Object> extensions;

	private CloudEvent(Builder builder, @Nullable OffsetDateTime time) {
		this.id = Objects.requireNonNull(builder.id);
		this.source = Objects.requireNonNull(builder.source);
		this.type = Objects.requireNonNull(builder.type);
		this.time = time;
		this.timeText = builder.timeText;
		this.subject = builder.subject;
		this.dataSchema = builder.dataSchema;
		this.dataContentType = builder.dataContentType;
		this.data = builder.data;
		this.dataBase64 = builder.dataBase64;
		this.hasData = builder.dataSet || builder.dataBase64 != null;
		this.extensions = builder.extensions.isEmpty() ? Collections.emptyMap()
				: Collections.unmodifiableMap(new LinkedHashMap<>(builder.extensions));
	}

	/**
	 * Start building an event. {@code source} and {@code type} are required; {@code id}
	 * defaults to a random UUID and {@code time} to now.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Read events from JSON holding one event object or an array of them, in the
	 * CloudEvents JSON format.
	 * @param json the JSON text
	 * @return the events, in order
	 * @throws InvalidEventException if the text is not JSON or an event lacks a required
	 * attribute or has an invalid one; the message names the attribute and the index
	 */
	public static List<CloudEvent> fromJson(String json) {
		return EventJson.readOneOrMany(json, KIND, CloudEventJsonDeserializer::read);
	}

	/**
	 * Return a builder holding this event's attributes, to create a modified copy.
	 * @return a new builder
	 */
	public Builder toBuilder() {
		Builder builder = new Builder().id(this.id)
			.source(this.source)
			.type(this.type)
			.time(this.time)
			.subject(this.subject)
			.dataSchema(this.dataSchema)
			.dataContentType(this.dataContentType);
		builder.timeText = this.timeText;
		if (this.dataBase64 != null) {
			builder.dataBase64(this.dataBase64);
		}
		else if (this.hasData) {
			builder.data(this.data);
		}
		builder.extensions.putAll(this.extensions);
		return builder;
	}

	/**
	 * Return the event's identifier, unique within its source.
	 * @return the id
	 */
	public String getId() {
		return this.id;
	}

	/**
	 * Return the context in which the event happened; when publishing to a domain, the
	 * domain topic.
	 * @return the source, a URI reference
	 */
	public String getSource() {
		return this.source;
	}

	/**
	 * Return the type of the event, such as {@code Microsoft.Storage.BlobCreated}.
	 * @return the type
	 */
	public String getType() {
		return this.type;
	}

	/**
	 * Return the CloudEvents version, always {@value #SPEC_VERSION}.
	 * @return the spec version
	 */
	public String getSpecVersion() {
		return SPEC_VERSION;
	}

	/**
	 * Return the time the event happened, with full precision.
	 * @return the time, or {@code null} if not set
	 */
	public @Nullable OffsetDateTime getTime() {
		return this.time;
	}

	/**
	 * Return the subject of the event in the context of its source.
	 * @return the subject, or {@code null} if not set
	 */
	public @Nullable String getSubject() {
		return this.subject;
	}

	/**
	 * Return the URI of the schema the data adheres to.
	 * @return the data schema, or {@code null} if not set
	 */
	public @Nullable String getDataSchema() {
		return this.dataSchema;
	}

	/**
	 * Return the media type of the data; informational only.
	 * @return the data content type, or {@code null} if not set
	 */
	public @Nullable String getDataContentType() {
		return this.dataContentType;
	}

	/**
	 * Return the JSON data as given to the builder, or as {@link JsonData} for an event
	 * read from JSON.
	 * @return the data, or {@code null} if there is none, it is JSON {@code null} or the
	 * data is binary
	 */
	public @Nullable Object getData() {
		return this.data;
	}

	/**
	 * Return the binary data, carried as {@code data_base64} in JSON.
	 * @return a copy of the bytes, or {@code null} if the data is not binary
	 */
	public byte @Nullable [] getDataBase64() {
		return (this.dataBase64 != null) ? this.dataBase64.clone() : null;
	}

	/**
	 * Return whether the event carries data, JSON or binary.
	 * @return whether there is data
	 */
	public boolean hasData() {
		return this.hasData;
	}

	/**
	 * Return the extension attributes, in the order they were added.
	 * @return an unmodifiable map of extension attributes
	 */
	public Map<String, Object> getExtensions() {
		return this.extensions;
	}

	/**
	 * Return one extension attribute.
	 * @param name the attribute name
	 * @return the value, or {@code null} if the event has no such attribute
	 */
	public @Nullable Object getExtension(String name) {
		return this.extensions.get(name);
	}

	/**
	 * Return the data as an instance of a type, converted with a default mapper. Binary
	 * data is returned as-is for {@code byte[]} and read as JSON otherwise.
	 * @param <T> the type
	 * @param type the type
	 * @return the data, or {@code null} if there is none or it is JSON {@code null}
	 */
	public <T> @Nullable T data(Class<T> type) {
		return data(type, EventJson.MAPPER);
	}

	/**
	 * Return the data as an instance of a type, converted with the given mapper.
	 * @param <T> the type
	 * @param type the type
	 * @param mapper the mapper to read the JSON with
	 * @return the data, or {@code null} if there is none or it is JSON {@code null}
	 */
	public <T> @Nullable T data(Class<T> type, ObjectMapper mapper) {
		if (this.dataBase64 != null) {
			return (type == byte[].class) ? type.cast(this.dataBase64.clone())
					: mapper.readValue(this.dataBase64, type);
		}
		return EventJson.convert(this.data, type, mapper);
	}

	/**
	 * Return the data as an instance of a generic type, converted with a default mapper.
	 * @param <T> the type
	 * @param type the type
	 * @return the data, or {@code null} if there is none or it is JSON {@code null}
	 */
	public <T> @Nullable T data(TypeReference<T> type) {
		if (this.dataBase64 != null) {
			return EventJson.MAPPER.readValue(this.dataBase64, type);
		}
		return EventJson.convert(this.data, type, EventJson.MAPPER);
	}

	/**
	 * Return whether this is a system event: one whose type is among the names of
	 * {@link SystemEventNames}, ignoring case.
	 * @return whether the type is a known system event type
	 */
	public boolean isSystemEvent() {
		return SystemEventNames.isSystemEventType(this.type);
	}

	/**
	 * Return the data as the class its system event type maps to in
	 * {@link SystemEventMappings}, such as {@code StorageBlobCreatedEventData} for
	 * {@code Microsoft.Storage.BlobCreated}.
	 * @return the typed data, or empty for custom events, system events without a data
	 * class, and JSON {@code null} data
	 * @throws InvalidEventException if the data does not fit the class of its type
	 */
	public Optional<SystemEventData> systemEventData() {
		return EventJson.systemEventData(this.type, this::data);
	}

	/**
	 * Return this event in the CloudEvents JSON format.
	 * @return the JSON text
	 */
	public String toJson() {
		return EventJson.MAPPER.writeValueAsString(this);
	}

	@Nullable String timeText() {
		if (this.timeText != null) {
			return this.timeText;
		}
		return (this.time != null) ? EventJson.formatTime(this.time) : null;
	}

	/**
	 * Return the time as read from JSON, kept to be written back exactly, or
	 * {@code null}.
	 * @return the time exactly as read, or {@code null} if it was not read from JSON
	 */
	@Nullable String readTimeText() {
		return this.timeText;
	}

	byte @Nullable [] dataBase64Unsafe() {
		return this.dataBase64;
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		if (!(other instanceof CloudEvent that)) {
			return false;
		}
		return this.id.equals(that.id) && this.source.equals(that.source) && this.type.equals(that.type)
				&& sameInstant(this.time, that.time) && Objects.equals(this.subject, that.subject)
				&& Objects.equals(this.dataSchema, that.dataSchema)
				&& Objects.equals(this.dataContentType, that.dataContentType) && this.hasData == that.hasData
				&& Objects.equals(this.data, that.data) && Arrays.equals(this.dataBase64, that.dataBase64)
				&& this.extensions.equals(that.extensions);
	}

	private static boolean sameInstant(@Nullable OffsetDateTime a, @Nullable OffsetDateTime b) {
		return (a == null || b == null) ? a == b : a.isEqual(b);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.id, this.source, this.type);
	}

	@Override
	public String toString() {
		return "CloudEvent[id=" + this.id + ", source=" + this.source + ", type=" + this.type
				+ ((this.subject != null) ? ", subject=" + this.subject : "") + "]";
	}

	/**
	 * Builder for {@link CloudEvent}.
	 */
	public static final class Builder {

		// The last source found to be a URI reference: most applications send one or a
		// few sources, and parsing one as a URI took 7% of building an event.
		private static volatile @Nullable String lastCheckedSource;

		private @Nullable String id;

		private @Nullable String source;

		private @Nullable String type;

		private @Nullable OffsetDateTime time;

		private boolean timeSet;

		private @Nullable String timeText;

		private @Nullable String subject;

		private @Nullable String dataSchema;

		private @Nullable String dataContentType;

		private @Nullable Object data;

		private boolean dataSet;

		private boolean checkUris = true;

		private boolean lenient;

		private byte @Nullable [] dataBase64;

		private final Map<String, Object> extensions = new LinkedHashMap<>();

		private Builder() {
		}

		/**
		 * Set the identifier; defaults to a random UUID.
		 * @param id the id
		 * @return this builder
		 */
		public Builder id(String id) {
			Assert.hasText(id, "'id' must not be empty");
			this.id = id;
			return this;
		}

		/**
		 * Set the source, a URI reference (required); when publishing to a domain, the
		 * domain topic name.
		 * @param source the source
		 * @return this builder
		 */
		public Builder source(String source) {
			this.source = source;
			return this;
		}

		/**
		 * Set the event type (required).
		 * @param type the type
		 * @return this builder
		 */
		public Builder type(String type) {
			this.type = type;
			return this;
		}

		/**
		 * Set the time; defaults to now, and {@code null} leaves it out.
		 * @param time the time
		 * @return this builder
		 */
		public Builder time(@Nullable OffsetDateTime time) {
			this.time = time;
			this.timeSet = true;
			this.timeText = null;
			return this;
		}

		Builder timeText(String text, OffsetDateTime parsed) {
			time(parsed);
			this.timeText = text;
			return this;
		}

		/**
		 * Set the subject.
		 * @param subject the subject, or {@code null} to leave it out
		 * @return this builder
		 */
		public Builder subject(@Nullable String subject) {
			this.subject = subject;
			return this;
		}

		/**
		 * Set the URI of the schema the data adheres to.
		 * @param dataSchema the data schema, or {@code null} to leave it out
		 * @return this builder
		 */
		public Builder dataSchema(@Nullable String dataSchema) {
			this.dataSchema = dataSchema;
			return this;
		}

		/**
		 * Set the media type of the data, such as {@code application/json}.
		 * @param dataContentType the content type, or {@code null} to leave it out
		 * @return this builder
		 */
		public Builder dataContentType(@Nullable String dataContentType) {
			this.dataContentType = dataContentType;
			return this;
		}

		/**
		 * Set JSON data: any object the mapper can write, a {@link JsonData} to send JSON
		 * text as-is, or {@code null} for JSON {@code null}.
		 * @param data the data
		 * @return this builder
		 */
		public Builder data(@Nullable Object data) {
			this.data = data;
			this.dataSet = true;
			return this;
		}

		/**
		 * Set binary data, carried base64-encoded in {@code data_base64}.
		 * @param bytes the data
		 * @return this builder
		 */
		public Builder dataBase64(byte[] bytes) {
			Assert.notNull(bytes, "'bytes' must not be null");
			this.dataBase64 = bytes.clone();
			return this;
		}

		/**
		 * Add an extension attribute. Names are lower-case letters and digits and not one
		 * of {@link #RESERVED_ATTRIBUTES}; values are strings, booleans, integers, URIs,
		 * {@link OffsetDateTime}s, {@code byte[]} or {@link JsonData}.
		 * @param name the attribute name
		 * @param value the value
		 * @return this builder
		 * @throws InvalidEventException if the name or value is not allowed
		 */
		public Builder extension(String name, Object value) {
			checkExtensionName(name);
			checkExtensionValue(name, value);
			this.extensions.put(name, (value instanceof CharSequence text) ? text.toString() : value);
			return this;
		}

		/**
		 * Add extension attributes, checked as {@link #extension(String, Object)} does.
		 * @param extensions the attributes
		 * @return this builder
		 */
		public Builder extensions(Map<String, ?> extensions) {
			Assert.notNull(extensions, "'extensions' must not be null");
			extensions.forEach(this::extension);
			return this;
		}

		/**
		 * Accept a source or data schema that is not a valid URI reference, as the Azure
		 * SDKs do when they read events: some published samples carry placeholders such
		 * as {@code {subscription-id}} there.
		 * @return this builder
		 */
		Builder uncheckedUris() {
			this.checkUris = false;
			return this;
		}

		/**
		 * Build an event read from a delivery as tolerantly as the Azure SDKs read one:
		 * unchecked URIs, and empty or blank attributes. Publishing keeps every check.
		 * @return this builder
		 */
		Builder lenient() {
			this.lenient = true;
			return uncheckedUris();
		}

		Builder idUnchecked(String id) {
			this.id = id;
			return this;
		}

		Builder extensionUnchecked(String name, Object value) {
			this.extensions.put(name, value);
			return this;
		}

		/**
		 * Build the event, checking its attributes.
		 * @return the event
		 * @throws InvalidEventException if a required attribute is missing or an
		 * attribute is invalid
		 */
		public CloudEvent build() {
			requireText(this.source, "source", this.lenient);
			if (this.checkUris && !this.source.equals(lastCheckedSource)) {
				checkUri(this.source, "source");
				lastCheckedSource = this.source;
			}
			requireText(this.type, "type", this.lenient);
			if (!this.lenient && this.subject != null && this.subject.isEmpty()) {
				throw new InvalidEventException("subject", "CloudEvent 'subject' must not be empty when present");
			}
			if (this.checkUris && this.dataSchema != null) {
				checkUri(this.dataSchema, "dataschema");
			}
			if (this.dataSet && this.dataBase64 != null) {
				throw new InvalidEventException("data", "CloudEvent 'data' and 'data_base64' are mutually exclusive; "
						+ "set either data(...) or dataBase64(...)");
			}
			if (this.id == null) {
				// Drawn here rather than up front: most applications that set ids would
				// otherwise pay for one they replace.
				this.id = UUID.randomUUID().toString();
			}
			return new CloudEvent(this, this.timeSet ? this.time : OffsetDateTime.now());
		}

		@Contract("null, _, _ -> fail")
		private static void requireText(@Nullable String value, String field, boolean mayBeBlank) {
			if (value == null || (!mayBeBlank && value.isBlank())) {
				throw new InvalidEventException(field, "CloudEvent '" + field + "' is required and must not be blank");
			}
		}

		private static void checkUri(String value, String field) {
			try {
				new URI(value);
			}
			catch (URISyntaxException ex) {
				throw new InvalidEventException(field, -1, "CloudEvent '" + field + "' must be a URI reference but '"
						+ value + "' is not: " + ex.getReason(), ex);
			}
		}

		private static void checkExtensionName(@Nullable String name) {
			if (name == null || !EXTENSION_NAME.matcher(name).matches()) {
				throw new InvalidEventException(name, "CloudEvent extension attribute name '" + name
						+ "' is invalid; use only lower-case letters a-z and digits 0-9");
			}
			if (RESERVED_ATTRIBUTES.contains(name)) {
				throw new InvalidEventException(name, "CloudEvent extension attribute name '" + name
						+ "' is reserved for a context attribute; choose another name");
			}
		}

		private static void checkExtensionValue(String name, @Nullable Object value) {
			if (value == null) {
				throw new InvalidEventException(name,
						"CloudEvent extension attribute '" + name + "' must not be null; leave it out instead");
			}
			boolean integral = value instanceof Integer || value instanceof Long || value instanceof Short
					|| value instanceof Byte;
			if (!(integral || value instanceof CharSequence || value instanceof Boolean || value instanceof URI
					|| value instanceof OffsetDateTime || value instanceof byte[] || value instanceof JsonData)) {
				throw new InvalidEventException(name,
						"CloudEvent extension attribute '" + name + "' has unsupported type "
								+ value.getClass().getName() + "; use a String, Boolean, Integer, URI, "
								+ "OffsetDateTime or byte[]");
			}
		}

	}

}
