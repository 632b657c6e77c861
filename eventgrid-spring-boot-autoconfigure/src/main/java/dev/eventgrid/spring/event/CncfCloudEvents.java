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
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Locale;

import io.cloudevents.CloudEventData;
import io.cloudevents.core.v1.CloudEventBuilder;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Converts between the CNCF CloudEvents SDK's {@link io.cloudevents.CloudEvent} and ours.
 * Data follows the CloudEvents JSON format rules: with a JSON content type (or none) the
 * bytes are JSON data, with a {@code text/*} type a JSON string, otherwise
 * {@code data_base64}. Needs {@code io.cloudevents:cloudevents-core} on the class path.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public final class CncfCloudEvents {

	private CncfCloudEvents() {
	}

	/**
	 * Convert a CNCF CloudEvent to ours.
	 * @param event the CNCF event; must be CloudEvents 1.0
	 * @return the equivalent event
	 * @throws InvalidEventException if the event cannot be represented, such as JSON
	 * content that is not valid JSON
	 */
	public static CloudEvent toCloudEvent(io.cloudevents.CloudEvent event) {
		Assert.notNull(event, "'event' must not be null");
		if (!CloudEvent.SPEC_VERSION.equals(event.getSpecVersion().toString())) {
			throw new InvalidEventException("specversion", "CloudEvent 'specversion' must be \"1.0\" but was '"
					+ event.getSpecVersion() + "'; convert it with CloudEventBuilder.v1(event) first");
		}
		CloudEvent.Builder builder = CloudEvent.builder()
			.id(event.getId())
			.source(event.getSource().toString())
			.type(event.getType())
			.time(event.getTime())
			.subject(event.getSubject())
			.dataSchema((event.getDataSchema() != null) ? event.getDataSchema().toString() : null)
			.dataContentType(event.getDataContentType());
		setData(builder, event.getDataContentType(), event.getData());
		for (String name : event.getExtensionNames()) {
			Object value = event.getExtension(name);
			if (value != null) {
				builder.extension(name, value);
			}
		}
		return builder.build();
	}

	/**
	 * Convert our CloudEvent to a CNCF CloudEvent.
	 * @param event our event
	 * @return the equivalent CNCF event
	 */
	public static io.cloudevents.CloudEvent fromCloudEvent(CloudEvent event) {
		Assert.notNull(event, "'event' must not be null");
		CloudEventBuilder builder = new CloudEventBuilder().withId(event.getId())
			.withSource(URI.create(event.getSource()))
			.withType(event.getType())
			.withTime(event.getTime())
			.withSubject(event.getSubject())
			.withDataSchema((event.getDataSchema() != null) ? URI.create(event.getDataSchema()) : null)
			.withDataContentType(event.getDataContentType());
		byte[] binary = event.getDataBase64();
		if (binary != null) {
			builder.withData(binary);
		}
		else if (event.hasData()) {
			builder.withData(dataJson(event).getBytes(StandardCharsets.UTF_8));
		}
		event.getExtensions().forEach((name, value) -> withExtension(builder, name, value));
		return builder.build();
	}

	private static void setData(CloudEvent.Builder builder, @Nullable String contentType,
			@Nullable CloudEventData data) {
		if (data == null) {
			return;
		}
		byte[] bytes = data.toBytes();
		String mediaType = (contentType != null) ? contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT) : null;
		if (mediaType == null || mediaType.equals("application/json") || mediaType.equals("text/json")
				|| mediaType.endsWith("+json")) {
			builder.data(JsonData.of(new String(bytes, StandardCharsets.UTF_8)));
		}
		else if (mediaType.startsWith("text/")) {
			builder.data(new String(bytes, StandardCharsets.UTF_8));
		}
		else {
			builder.dataBase64(bytes);
		}
	}

	private static String dataJson(CloudEvent event) {
		Object data = event.getData();
		return (data instanceof JsonData json) ? json.toString() : EventJson.MAPPER.writeValueAsString(data);
	}

	private static void withExtension(CloudEventBuilder builder, String name, Object value) {
		if (value instanceof Boolean bool) {
			builder.withExtension(name, bool);
		}
		else if (value instanceof Number number) {
			builder.withExtension(name, number);
		}
		else if (value instanceof URI uri) {
			builder.withExtension(name, uri);
		}
		else if (value instanceof OffsetDateTime time) {
			builder.withExtension(name, time);
		}
		else if (value instanceof byte[] bytes) {
			builder.withExtension(name, bytes);
		}
		else {
			builder.withExtension(name, value.toString());
		}
	}

}
