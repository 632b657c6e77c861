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

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.io.SerializedString;

import org.springframework.util.Assert;

/**
 * A JSON value held as its text, exactly as it was written. Events read from JSON keep
 * their {@code data} this way, so that sending them again reproduces every number and
 * string unchanged; give one to a builder to send pre-serialized JSON as-is.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public final class JsonData {

	private final String json;

	private final SerializedString serialized;

	private JsonData(String json, byte @Nullable [] utf8) {
		this.json = json;
		this.serialized = new Utf8Text(json, utf8);
	}

	/**
	 * Create an instance from the text of one JSON value.
	 * @param json the JSON text, such as {@code {"orderId":42}} or {@code "text"}
	 * @return the JSON data
	 * @throws InvalidEventException if the text is not exactly one well-formed JSON value
	 */
	public static JsonData of(String json) {
		Assert.notNull(json, "'json' must not be null");
		byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
		if (!JsonSyntax.isSingleValue(utf8)) {
			// Malformed, or past a limit of the fast check: Jackson decides, and says
			// where.
			EventJson.checkSingleValue(json);
		}
		return new JsonData(json, utf8);
	}

	static JsonData trusted(String json) {
		return new JsonData(json, null);
	}

	/**
	 * Return the JSON text as UTF-8 bytes.
	 * @return the bytes
	 */
	public byte[] toBytes() {
		return this.serialized.asUnquotedUTF8().clone();
	}

	/**
	 * Return the JSON text for a generator to write as a raw value: its UTF-8 form is
	 * encoded once and then copied as bytes.
	 * @return the JSON text, serialized
	 */
	SerializedString serialized() {
		return this.serialized;
	}

	/**
	 * Return whether this is the JSON literal {@code null}.
	 * @return whether the value is {@code null}
	 */
	public boolean isNull() {
		return "null".equals(this.json);
	}

	@Override
	public boolean equals(Object other) {
		return (this == other) || (other instanceof JsonData that && this.json.equals(that.json));
	}

	@Override
	public int hashCode() {
		return this.json.hashCode();
	}

	/**
	 * Return the JSON text.
	 * @return the JSON text
	 */
	@Override
	public String toString() {
		return this.json;
	}

	/**
	 * The JSON text as a generator writes it raw, encoded to UTF-8 once by the JDK: when
	 * checked, or when a generator first appends it.
	 */
	// Why: SerializedString encodes with Jackson's JsonStringEncoder, which builds the
	// bytes in growing segments (about 2.5 times the text allocated for each new event);
	// String.getBytes allocates the bytes once, and copies ASCII text as a block.
	@SuppressWarnings("serial")
	private static final class Utf8Text extends SerializedString {

		Utf8Text(String text, byte @Nullable [] utf8) {
			super(text);
			this._unquotedUTF8Ref = utf8;
		}

		private void encode() {
			if (this._unquotedUTF8Ref == null) {
				this._unquotedUTF8Ref = this._value.getBytes(StandardCharsets.UTF_8);
			}
		}

		@Override
		public int appendUnquotedUTF8(byte[] buffer, int offset) {
			encode();
			return super.appendUnquotedUTF8(buffer, offset);
		}

		@Override
		public int writeUnquotedUTF8(OutputStream out) throws IOException {
			encode();
			return super.writeUnquotedUTF8(out);
		}

	}

}
