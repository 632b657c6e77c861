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

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import dev.eventgrid.spring.event.system.SystemEventData;
import dev.eventgrid.spring.event.system.SystemEventMappings;
import dev.eventgrid.spring.event.system.SystemEventNames;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

import org.springframework.util.Assert;

/**
 * An event in Event Grid's own schema. Immutable; create one with {@link #builder()} or
 * read them with {@link #fromJson(String)}. Any Jackson mapper writes and reads it in the
 * service's JSON form.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@JsonSerialize(using = EventGridEventJsonSerializer.class)
@JsonDeserialize(using = EventGridEventJsonDeserializer.class)
public final class EventGridEvent {

	static final String KIND = "EventGridEvent";

	private final String id;

	private final @Nullable String topic;

	private final String subject;

	private final String eventType;

	private final OffsetDateTime eventTime;

	private final @Nullable String eventTimeText;

	private final String dataVersion;

	private final @Nullable String metadataVersion;

	private final @Nullable Object data;

	private EventGridEvent(Builder builder, OffsetDateTime eventTime) {
		this.id = Objects.requireNonNull(builder.id);
		this.topic = builder.topic;
		this.subject = Objects.requireNonNull(builder.subject);
		this.eventType = Objects.requireNonNull(builder.eventType);
		this.eventTime = eventTime;
		this.eventTimeText = builder.eventTimeText;
		this.dataVersion = Objects.requireNonNull(builder.dataVersion);
		this.metadataVersion = builder.metadataVersion;
		this.data = builder.data;
	}

	/**
	 * Start building an event. {@code subject}, {@code eventType}, {@code dataVersion}
	 * and {@code data} are required; {@code id} defaults to a random UUID and
	 * {@code eventTime} to now.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Read events from JSON holding one event object or an array of them, as the service
	 * delivers them and as the Azure SDKs write them.
	 * @param json the JSON text
	 * @return the events, in order
	 * @throws InvalidEventException if the text is not JSON or an event lacks a required
	 * field or has an invalid one; the message names the field and the index
	 */
	public static List<EventGridEvent> fromJson(String json) {
		return EventJson.readOneOrMany(json, KIND, EventGridEventJsonDeserializer::read);
	}

	/**
	 * Return a builder holding this event's fields, to create a modified copy.
	 * @return a new builder
	 */
	public Builder toBuilder() {
		Builder builder = new Builder().id(this.id)
			.topic(this.topic)
			.subject(this.subject)
			.eventType(this.eventType)
			.eventTime(this.eventTime)
			.dataVersion(this.dataVersion)
			.metadataVersion(this.metadataVersion)
			.data(this.data);
		builder.eventTimeText = this.eventTimeText;
		return builder;
	}

	/**
	 * Return the event's unique identifier.
	 * @return the id
	 */
	public String getId() {
		return this.id;
	}

	/**
	 * Return the topic: the domain topic name when publishing to a domain, the full
	 * resource id on delivered events.
	 * @return the topic, or {@code null} if not set
	 */
	public @Nullable String getTopic() {
		return this.topic;
	}

	/**
	 * Return the publisher-defined path to the event subject.
	 * @return the subject
	 */
	public String getSubject() {
		return this.subject;
	}

	/**
	 * Return the event type, such as {@code Microsoft.Storage.BlobCreated}.
	 * @return the event type
	 */
	public String getEventType() {
		return this.eventType;
	}

	/**
	 * Return the time the event was generated, with full precision.
	 * @return the event time
	 */
	public OffsetDateTime getEventTime() {
		return this.eventTime;
	}

	/**
	 * Return the schema version of the data object.
	 * @return the data version, possibly empty
	 */
	public String getDataVersion() {
		return this.dataVersion;
	}

	/**
	 * Return the schema version of the event metadata; the service sets it to {@code 1}.
	 * @return the metadata version, or {@code null} if not set
	 */
	public @Nullable String getMetadataVersion() {
		return this.metadataVersion;
	}

	/**
	 * Return the event data as given to the builder, or as {@link JsonData} for an event
	 * read from JSON.
	 * @return the data, or {@code null} for JSON {@code null}
	 */
	public @Nullable Object getData() {
		return this.data;
	}

	/**
	 * Return the data as an instance of a type, converted with a default mapper.
	 * @param <T> the type
	 * @param type the type
	 * @return the data, or {@code null} if it is JSON {@code null}
	 */
	public <T> @Nullable T data(Class<T> type) {
		return data(type, EventJson.MAPPER);
	}

	/**
	 * Return the data as an instance of a type, converted with the given mapper.
	 * @param <T> the type
	 * @param type the type
	 * @param mapper the mapper to read the JSON with
	 * @return the data, or {@code null} if it is JSON {@code null}
	 */
	public <T> @Nullable T data(Class<T> type, ObjectMapper mapper) {
		return EventJson.convert(this.data, type, mapper);
	}

	/**
	 * Return the data as an instance of a generic type, converted with a default mapper.
	 * @param <T> the type
	 * @param type the type
	 * @return the data, or {@code null} if it is JSON {@code null}
	 */
	public <T> @Nullable T data(TypeReference<T> type) {
		return EventJson.convert(this.data, type, EventJson.MAPPER);
	}

	/**
	 * Return whether this is a system event: one whose type is among the names of
	 * {@link SystemEventNames}, ignoring case.
	 * @return whether the type is a known system event type
	 */
	public boolean isSystemEvent() {
		return SystemEventNames.isSystemEventType(this.eventType);
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
		return EventJson.systemEventData(this.eventType, this::data);
	}

	/**
	 * Return this event's JSON, as sent to and delivered by the service.
	 * @return the JSON text
	 */
	public String toJson() {
		return EventJson.MAPPER.writeValueAsString(this);
	}

	String eventTimeText() {
		return (this.eventTimeText != null) ? this.eventTimeText : EventJson.formatTime(this.eventTime);
	}

	/**
	 * Return the event time as read from JSON, kept to be written back exactly, or
	 * {@code null}.
	 * @return the event time exactly as read, or {@code null} if it was not read from
	 * JSON
	 */
	@Nullable String readEventTimeText() {
		return this.eventTimeText;
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		if (!(other instanceof EventGridEvent that)) {
			return false;
		}
		return this.id.equals(that.id) && Objects.equals(this.topic, that.topic) && this.subject.equals(that.subject)
				&& this.eventType.equals(that.eventType) && this.eventTime.isEqual(that.eventTime)
				&& this.dataVersion.equals(that.dataVersion)
				&& Objects.equals(this.metadataVersion, that.metadataVersion) && Objects.equals(this.data, that.data);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.id, this.subject, this.eventType, this.eventTime.toInstant());
	}

	@Override
	public String toString() {
		return "EventGridEvent[id=" + this.id + ", eventType=" + this.eventType + ", subject=" + this.subject
				+ ((this.topic != null) ? ", topic=" + this.topic : "") + "]";
	}

	/**
	 * Builder for {@link EventGridEvent}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private @Nullable String topic;

		private @Nullable String subject;

		private @Nullable String eventType;

		private @Nullable OffsetDateTime eventTime;

		private @Nullable String eventTimeText;

		private @Nullable String dataVersion;

		private @Nullable String metadataVersion;

		private @Nullable Object data;

		private boolean dataSet;

		private boolean lenient;

		private Builder() {
		}

		/**
		 * Build an event read from a delivery, as tolerantly as the Azure SDKs read one:
		 * empty or blank ids, types and topics, and any metadata version. Publishing
		 * keeps every check.
		 * @return this builder
		 */
		Builder lenient() {
			this.lenient = true;
			return this;
		}

		Builder idUnchecked(String id) {
			this.id = id;
			return this;
		}

		/**
		 * Set the unique identifier; defaults to a random UUID.
		 * @param id the id
		 * @return this builder
		 */
		public Builder id(String id) {
			Assert.hasText(id, "'id' must not be empty");
			this.id = id;
			return this;
		}

		/**
		 * Set the topic; when publishing to a domain, the domain topic name.
		 * @param topic the topic, or {@code null} to let the service set it
		 * @return this builder
		 */
		public Builder topic(@Nullable String topic) {
			this.topic = topic;
			return this;
		}

		/**
		 * Set the subject (required; may be empty).
		 * @param subject the subject
		 * @return this builder
		 */
		public Builder subject(String subject) {
			this.subject = subject;
			return this;
		}

		/**
		 * Set the event type (required).
		 * @param eventType the event type
		 * @return this builder
		 */
		public Builder eventType(String eventType) {
			this.eventType = eventType;
			return this;
		}

		/**
		 * Set the event time; defaults to now.
		 * @param eventTime the event time
		 * @return this builder
		 */
		public Builder eventTime(OffsetDateTime eventTime) {
			this.eventTime = eventTime;
			this.eventTimeText = null;
			return this;
		}

		Builder eventTimeText(String text, OffsetDateTime parsed) {
			this.eventTime = parsed;
			this.eventTimeText = text;
			return this;
		}

		/**
		 * Set the schema version of the data (required; may be empty).
		 * @param dataVersion the data version
		 * @return this builder
		 */
		public Builder dataVersion(String dataVersion) {
			this.dataVersion = dataVersion;
			return this;
		}

		/**
		 * Set the metadata version; must be {@code null} or {@code "1"}.
		 * @param metadataVersion the metadata version
		 * @return this builder
		 */
		public Builder metadataVersion(@Nullable String metadataVersion) {
			this.metadataVersion = metadataVersion;
			return this;
		}

		/**
		 * Set the data (required): any object the mapper can write, a {@link JsonData} to
		 * send JSON text as-is, or {@code null} for JSON {@code null}.
		 * @param data the data
		 * @return this builder
		 */
		public Builder data(@Nullable Object data) {
			this.data = data;
			this.dataSet = true;
			return this;
		}

		/**
		 * Build the event, checking its required fields.
		 * @return the event
		 * @throws InvalidEventException if a required field is missing or a field is
		 * invalid
		 */
		public EventGridEvent build() {
			require(this.subject, "subject", "an empty string is allowed");
			if (this.lenient) {
				require(this.eventType, "eventType", "an empty string is allowed when reading");
			}
			else {
				requireText(this.eventType, "eventType");
			}
			require(this.dataVersion, "dataVersion", "an empty string is allowed");
			if (!this.dataSet) {
				throw new InvalidEventException("data",
						"EventGridEvent 'data' is required; call data(...) with a value, or data(null) for JSON null");
			}
			if (!this.lenient && this.metadataVersion != null && !"1".equals(this.metadataVersion)) {
				throw new InvalidEventException("metadataVersion",
						"EventGridEvent 'metadataVersion' must be \"1\" or absent but was '" + this.metadataVersion
								+ "'");
			}
			if (!this.lenient && this.topic != null && this.topic.isBlank()) {
				throw new InvalidEventException("topic",
						"EventGridEvent 'topic' must not be blank; leave it null to let the service set it");
			}
			if (this.id == null) {
				// Drawn here rather than up front: most applications that set ids would
				// otherwise pay for one they replace.
				this.id = UUID.randomUUID().toString();
			}
			return new EventGridEvent(this, (this.eventTime != null) ? this.eventTime : OffsetDateTime.now());
		}

		private static void require(@Nullable String value, String field, String hint) {
			if (value == null) {
				throw new InvalidEventException(field, "EventGridEvent '" + field + "' is required (" + hint + ")");
			}
		}

		private static void requireText(@Nullable String value, String field) {
			if (value == null || value.isBlank()) {
				throw new InvalidEventException(field,
						"EventGridEvent '" + field + "' is required and must not be blank");
			}
		}

	}

}
