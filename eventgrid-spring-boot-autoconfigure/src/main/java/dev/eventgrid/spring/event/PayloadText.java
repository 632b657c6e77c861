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

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

import dev.eventgrid.spring.event.InvalidPayloadException.Problem;

/**
 * The JSON text of a payload, found either as it is or by decoding base64, with the size
 * limit applied before anything large is decoded.
 *
 * @param json the JSON text, starting with its first non-whitespace character
 * @param base64Encoded whether the payload was base64
 * @author Event Grid for Spring Boot team
 */
record PayloadText(String json, boolean base64Encoded) {

	private static final Pattern JSON_SCALAR = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?|true|false|null");

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	static PayloadText of(byte[] payload, int maxSize) {
		if (payload.length == 0) {
			throw problem(Problem.EMPTY, "Payload is empty; expected an Event Grid event as JSON or as base64 of JSON");
		}
		checkEncodedSize(payload.length, maxSize);
		return of(decodeUtf8(payload, "Payload is not UTF-8 text"), maxSize);
	}

	static PayloadText of(String payload, int maxSize) {
		checkEncodedSize(payload.length(), maxSize);
		String text = stripLeading(payload);
		if (text.isEmpty()) {
			throw problem(Problem.EMPTY,
					payload.isEmpty()
							? "Payload is empty; expected an Event Grid event as JSON " + "or as base64 of JSON"
							: "Payload holds only whitespace; expected an Event Grid event");
		}
		if (looksLikeJson(text)) {
			checkJsonSize((text.length() * 3L <= maxSize) ? text.length() : utf8Length(text), maxSize, "Payload");
			return new PayloadText(text, false);
		}
		return new PayloadText(decodeBase64(text, maxSize), true);
	}

	private static String decodeBase64(String text, int maxSize) {
		String compact = text.replaceAll("[ \t\r\n]", "");
		for (int i = 0; i < compact.length(); i++) {
			char c = compact.charAt(i);
			if (!isBase64(c) && !(c == '=' && i >= compact.length() - 2)) {
				throw problem(Problem.NOT_JSON,
						"Payload is neither JSON nor base64: it does not start with '{' or '[', and character "
								+ show(c) + " at offset " + i + " is not in the base64 alphabet");
			}
		}
		byte[] decoded;
		try {
			decoded = Base64.getDecoder().decode(compact);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidPayloadException(Problem.MALFORMED_BASE64, null, -1,
					"Payload is not JSON (it does not start with '{' or '['), and not valid base64 either: "
							+ ex.getMessage(),
					ex);
		}
		checkJsonSize(decoded.length, maxSize, "Base64 payload decodes to JSON that");
		String json = stripLeading(decodeUtf8(decoded, "Base64 payload does not decode to UTF-8 text"));
		if (json.isEmpty()) {
			throw problem(Problem.EMPTY, "Payload is base64 of empty text; expected base64 of an event's JSON");
		}
		if (!looksLikeJson(json)) {
			throw problem(Problem.NOT_JSON, "Payload is base64, but what it encodes is not JSON: it starts with "
					+ show(json.charAt(0)) + " where '{' or '[' was expected");
		}
		return json;
	}

	private static String decodeUtf8(byte[] bytes, String problem) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer buffer = ByteBuffer.wrap(bytes);
		try {
			CharBuffer chars = decoder.decode(buffer);
			return chars.toString();
		}
		catch (CharacterCodingException ex) {
			throw new InvalidPayloadException(Problem.NOT_TEXT, null, -1,
					problem + ": byte 0x" + String.format("%02X", bytes[buffer.position()]) + " at offset "
							+ buffer.position() + " is not valid UTF-8",
					ex);
		}
	}

	private static boolean looksLikeJson(String text) {
		char first = text.charAt(0);
		return first == '{' || first == '[' || first == '"' || JSON_SCALAR.matcher(text.strip()).matches();
	}

	/**
	 * Return the largest payload, as base64 or JSON, to look at for a JSON size limit.
	 */
	static long encodedLimit(int maxSize) {
		return 4L * ((maxSize + 2L) / 3) + 2;
	}

	private static void checkEncodedSize(int length, int maxSize) {
		long encodedLimit = encodedLimit(maxSize);
		if (length > encodedLimit) {
			throw problem(Problem.TOO_LARGE, "Payload is " + length + " bytes, over the limit of " + maxSize
					+ " bytes of JSON (" + encodedLimit + " as base64)");
		}
	}

	private static void checkJsonSize(long length, int maxSize, String what) {
		if (length > maxSize) {
			throw problem(Problem.TOO_LARGE,
					what + " is " + length + " bytes, over the limit of " + maxSize + " bytes");
		}
	}

	private static long utf8Length(String text) {
		long length = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x80) {
				length++;
			}
			else if (c < 0x800) {
				length += 2;
			}
			else if (Character.isHighSurrogate(c)) {
				length += 4;
				i++;
			}
			else {
				length += 3;
			}
		}
		return length;
	}

	private static String stripLeading(String text) {
		int start = 0;
		while (start < text.length()
				&& (isJsonWhitespace(text.charAt(start)) || text.charAt(start) == BYTE_ORDER_MARK)) {
			start++;
		}
		return text.substring(start);
	}

	private static boolean isJsonWhitespace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\r';
	}

	private static boolean isBase64(char c) {
		return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
	}

	private static String show(char c) {
		return (c >= 0x20 && c < 0x7F) ? "'" + c + "'" : String.format("U+%04X", (int) c);
	}

	private static InvalidPayloadException problem(Problem problem, String message) {
		return new InvalidPayloadException(problem, null, -1, message, null);
	}

}
