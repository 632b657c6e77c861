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

import java.util.concurrent.atomic.AtomicReferenceArray;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonGeneratorBase;
import tools.jackson.core.json.JsonWriteFeature;

/**
 * Writes attribute values that recur from event to event, such as a source, a type or a
 * content type, from their encoded form: a value seen twice in a row in its slot is
 * encoded once and then copied as bytes, not escaped character by character for every
 * event. A value that does not recur costs a hash and a comparison. Only values of
 * printable ASCII other than quote and backslash are kept, and they are copied only to
 * generators that escape none of those characters (no custom escapes, slashes not
 * escaped), so that the bytes are those the generator would write itself.
 *
 * @author Event Grid for Spring Boot team
 */
final class RecurringStrings {

	private static final int SLOTS = 32;

	private static final int MAX_LENGTH = 256;

	private final @Nullable String[] candidates = new String[SLOTS];

	private final AtomicReferenceArray<SerializedString> encoded = new AtomicReferenceArray<>(SLOTS);

	/**
	 * Write a string value.
	 * @param generator the generator
	 * @param value the value
	 */
	void write(JsonGenerator generator, String value) {
		int slot = value.hashCode() & (SLOTS - 1);
		SerializedString known = this.encoded.get(slot);
		if (known != null && known.getValue().equals(value) && escapesOnlyDefaults(generator)) {
			generator.writeString(known);
			return;
		}
		generator.writeString(value);
		if (known == null || !known.getValue().equals(value)) {
			remember(slot, value);
		}
	}

	private static boolean escapesOnlyDefaults(JsonGenerator generator) {
		if (!(generator instanceof JsonGeneratorBase json) || json.getCharacterEscapes() != null
				|| json.isEnabled(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)) {
			return false;
		}
		int highest = json.getHighestNonEscapedChar();
		return highest == 0 || highest >= '~';
	}

	private static boolean isPlain(String value) {
		if (value.length() > MAX_LENGTH) {
			return false;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c < ' ' || c > '~' || c == '"' || c == '\\') {
				return false;
			}
		}
		return true;
	}

	private void remember(int slot, String value) {
		if (value.equals(this.candidates[slot]) && isPlain(value)) {
			SerializedString encoded = new SerializedString(value);
			// Encoded before it is shared, so that no thread sees it half done.
			encoded.asQuotedUTF8();
			this.encoded.set(slot, encoded);
		}
		else {
			this.candidates[slot] = value;
		}
	}

}
