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

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import dev.eventgrid.spring.event.InvalidPayloadException;
import dev.eventgrid.spring.event.InvalidPayloadException.Problem;

import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.util.Assert;

/**
 * What a webhook reads: the content types it accepts, and JSON only, never the base64 of
 * it that Storage Queue deliveries carry.
 *
 * @author Event Grid for Spring Boot team
 */
final class WebhookContentTypes {

	static final List<MediaType> DEFAULT = List.of(MediaType.APPLICATION_JSON,
			MediaType.parseMediaType("application/cloudevents+json"),
			MediaType.parseMediaType("application/cloudevents-batch+json"));

	private final List<MediaType> accepted;

	private final String described;

	WebhookContentTypes(Collection<MediaType> accepted) {
		Assert.notEmpty(accepted, "'accepted' must not be empty");
		this.accepted = List.copyOf(accepted);
		this.described = this.accepted.stream().map(MediaType::toString).collect(Collectors.joining(", "));
	}

	String described() {
		return this.described;
	}

	/**
	 * Return whether a request's content type is accepted. A CloudEvent in binary content
	 * mode carries its data's content type, whatever it is, and is not checked: its
	 * {@code ce-*} headers already keep it from being a form a browser posts.
	 * @param headers the request headers
	 * @return whether the content type is accepted
	 */
	boolean accepts(HttpHeaders headers) {
		if (WebhookHeaders.isBinaryMode(headers)) {
			return true;
		}
		String value = headers.getFirst(HttpHeaders.CONTENT_TYPE);
		if (value == null) {
			return false;
		}
		try {
			MediaType contentType = MediaType.parseMediaType(value);
			return this.accepted.stream().anyMatch((accepted) -> accepted.includes(contentType));
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	/**
	 * Refuse a body that is not JSON: over HTTP, the reader's base64 fallback would
	 * accept what no Event Grid delivery is.
	 * @param body the body
	 * @throws InvalidPayloadException if the body does not start as JSON
	 */
	static void requireJson(byte[] body) {
		int i = startsWithByteOrderMark(body) ? 3 : 0;
		while (i < body.length && isWhitespace(body[i])) {
			i++;
		}
		if (i < body.length && body[i] != '{' && body[i] != '[') {
			throw new InvalidPayloadException(Problem.NOT_JSON, null, -1,
					"Payload is not JSON: it does not start with '{' or '['; webhooks take events as JSON", null);
		}
	}

	private static boolean startsWithByteOrderMark(byte[] body) {
		return body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF;
	}

	private static boolean isWhitespace(byte b) {
		return b == ' ' || b == '\t' || b == '\r' || b == '\n';
	}

}
