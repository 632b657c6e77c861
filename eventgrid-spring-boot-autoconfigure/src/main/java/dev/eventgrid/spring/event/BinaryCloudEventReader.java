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

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.util.MimeType;
import org.springframework.util.MimeTypeUtils;

/**
 * Builds a {@link CloudEvent} from its binary content mode: the context attributes and
 * extensions given apart (as a protocol binding carries them in headers), the content
 * type, and the data as bytes. JSON data is kept as {@link JsonData}, text as a JSON
 * string and anything else as binary data, so that the event equals the one read from its
 * structured form.
 *
 * @author Event Grid for Spring Boot team
 */
final class BinaryCloudEventReader {

	private BinaryCloudEventReader() {
	}

	static CloudEvent read(Map<String, String> attributes, @Nullable String contentType, byte[] data) {
		CloudEvent.Builder builder = CloudEvent.builder().time(null).lenient();
		String specVersion = null;
		String id = null;
		String dataContentType = contentType;
		for (Map.Entry<String, String> attribute : attributes.entrySet()) {
			String name = attribute.getKey().toLowerCase(Locale.ROOT);
			String value = attribute.getValue();
			switch (name) {
				case "specversion" -> specVersion = value;
				case "id" -> id = value;
				case "source" -> builder.source(value);
				case "type" -> builder.type(value);
				case "subject" -> builder.subject(value);
				case "dataschema" -> builder.dataSchema(value);
				case "datacontenttype" -> dataContentType = (contentType != null) ? contentType : value;
				case "time" -> builder.timeText(value, EventJson.parseTime(value, name, -1));
				case "data", "data_base64" -> throw new InvalidEventException(name,
						"A CloudEvent in binary mode carries its data in the body, not in a '" + name + "' attribute");
				default -> builder.extensionUnchecked(name, value);
			}
		}
		if (id == null) {
			throw new InvalidEventException("id", "Required attribute 'id' of the CloudEvent is missing");
		}
		builder.idUnchecked(id);
		CloudEventJsonDeserializer.checkSpecVersion((specVersion != null) ? specVersion : CloudEvent.SPEC_VERSION, -1);
		builder.dataContentType(dataContentType);
		if (data.length > 0) {
			data(builder, dataContentType, data);
		}
		return builder.build();
	}

	private static void data(CloudEvent.Builder builder, @Nullable String contentType, byte[] data) {
		MimeType type = mimeType(contentType);
		if (type == null || !(isJson(type) || "text".equals(type.getType()))) {
			builder.dataBase64(data);
			return;
		}
		Charset charset = (type.getCharset() != null) ? type.getCharset() : StandardCharsets.UTF_8;
		String text = new String(data, charset);
		builder.data(isJson(type) ? EventJson.readValue(text) : EventJson.jsonString(text));
	}

	private static @Nullable MimeType mimeType(@Nullable String contentType) {
		if (contentType == null || contentType.isBlank()) {
			return null;
		}
		try {
			return MimeTypeUtils.parseMimeType(contentType);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static boolean isJson(MimeType type) {
		String subtype = type.getSubtype();
		return ("application".equals(type.getType()) || "text".equals(type.getType()))
				&& ("json".equals(subtype) || subtype.endsWith("+json"));
	}

}
