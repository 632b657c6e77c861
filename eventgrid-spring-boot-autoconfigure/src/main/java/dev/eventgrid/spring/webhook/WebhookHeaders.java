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

package dev.eventgrid.spring.webhook;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.eventgrid.spring.event.InvalidPayloadException;
import dev.eventgrid.spring.event.InvalidPayloadException.Problem;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * What a webhook reads from request headers: the headers of the messages its listeners
 * receive, and the attributes of a CloudEvent in the binary content mode of the
 * CloudEvents HTTP protocol binding ({@code ce-id}, {@code ce-source}, ... with their
 * values percent-decoded).
 *
 * @author Event Grid for Spring Boot team
 */
final class WebhookHeaders {

	private static final String PREFIX = "ce-";

	private static final String SPEC_VERSION = PREFIX + "specversion";

	private static final List<String> REQUIRED = List.of(PREFIX + "id", PREFIX + "source", PREFIX + "type",
			SPEC_VERSION);

	/**
	 * Credentials, kept out of messages that listeners may log.
	 */
	private static final Set<String> CREDENTIALS = Set.of("authorization", "proxy-authorization", "cookie",
			"aeg-sas-key", "aeg-sas-token");

	private static final String CLOUD_EVENTS_MEDIA_TYPE = "application/cloudevents";

	private WebhookHeaders() {
	}

	/**
	 * Return the request's headers as message headers: names lower-cased, several values
	 * joined with commas, credentials left out.
	 * @param headers the headers
	 * @return the message headers
	 */
	static Map<String, Object> messageHeaders(HttpHeaders headers) {
		Map<String, Object> messageHeaders = new LinkedHashMap<>();
		headers.forEach((name, values) -> {
			String key = name.toLowerCase(Locale.ROOT);
			if (!CREDENTIALS.contains(key) && !values.isEmpty()) {
				messageHeaders.put(key, (values.size() == 1) ? values.get(0) : String.join(",", values));
			}
		});
		return messageHeaders;
	}

	/**
	 * Return whether a request carries a CloudEvent in binary content mode: with a
	 * {@code ce-specversion} header and a content type that is not a CloudEvents format,
	 * as the binding tells the modes apart.
	 * @param headers the headers
	 * @return whether it does
	 */
	static boolean isBinaryMode(HttpHeaders headers) {
		if (headers.getFirst(SPEC_VERSION) == null) {
			return false;
		}
		MediaType contentType = contentType(headers);
		return contentType == null || !(contentType.getType() + "/" + contentType.getSubtype()).toLowerCase(Locale.ROOT)
			.startsWith(CLOUD_EVENTS_MEDIA_TYPE);
	}

	/**
	 * Return the CloudEvent attributes of a binary-mode request by name, decoded.
	 * @param headers the headers
	 * @return the attributes by name, without their prefix
	 * @throws InvalidPayloadException if a required attribute is missing or a value is
	 * not percent-encoded UTF-8
	 */
	static Map<String, String> attributes(HttpHeaders headers) {
		for (String required : REQUIRED) {
			if (headers.getFirst(required) == null) {
				throw new InvalidPayloadException(Problem.INVALID_EVENT, required.substring(PREFIX.length()), -1,
						"A CloudEvent in binary mode needs the headers " + REQUIRED + " but '" + required
								+ "' is missing",
						null);
			}
		}
		Map<String, String> attributes = new LinkedHashMap<>();
		headers.forEach((name, values) -> {
			String key = name.toLowerCase(Locale.ROOT);
			if (key.startsWith(PREFIX) && key.length() > PREFIX.length() && !values.isEmpty()) {
				attributes.put(key.substring(PREFIX.length()), decode(key, values.get(0)));
			}
		});
		return attributes;
	}

	static @Nullable String contentTypeValue(HttpHeaders headers) {
		return headers.getFirst(HttpHeaders.CONTENT_TYPE);
	}

	private static @Nullable MediaType contentType(HttpHeaders headers) {
		try {
			return headers.getContentType();
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	/**
	 * Undo the quoting of RFC 7230 (which older senders used), then one round of
	 * percent-decoding, refusing bytes that are not UTF-8.
	 * @param header the header
	 * @param value the value
	 * @return the decoded value
	 */
	static String decode(String header, String value) {
		String text = value.strip();
		if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
			text = unquote(text.substring(1, text.length() - 1));
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
		int i = 0;
		while (i < text.length()) {
			int c = text.codePointAt(i);
			int high = (c == '%' && i + 2 < text.length()) ? Character.digit(text.charAt(i + 1), 16) : -1;
			int low = (high >= 0) ? Character.digit(text.charAt(i + 2), 16) : -1;
			if (low >= 0) {
				bytes.write(high * 16 + low);
				i += 3;
			}
			else {
				byte[] encoded = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8);
				bytes.write(encoded, 0, encoded.length);
				i += Character.charCount(c);
			}
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes.toByteArray()))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new InvalidPayloadException(Problem.INVALID_EVENT, header.substring(PREFIX.length()), -1,
					"Header '" + header + "' does not percent-decode to UTF-8 text", ex);
		}
	}

	private static String unquote(String quoted) {
		StringBuilder text = new StringBuilder(quoted.length());
		for (int i = 0; i < quoted.length(); i++) {
			char c = quoted.charAt(i);
			if (c == '\\' && i + 1 < quoted.length()) {
				c = quoted.charAt(++i);
			}
			text.append(c);
		}
		return text.toString();
	}

}
