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

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

import org.jspecify.annotations.Nullable;

/**
 * A check that a UTF-8 text is exactly one JSON value under RFC 8259's grammar, with
 * nothing but whitespace around it: the fast path of {@link JsonData#of(String)}, which
 * checks every event's data an application gives as text, on the bytes it sends.
 * <p>
 * It answers {@code true} only for text that Jackson's parser with its default limits
 * reads as one value ({@code JsonSyntaxTests} holds it to that); for anything else,
 * including text within the grammar but past a limit of its own (nesting deeper than
 * {@value #MAX_DEPTH}, names longer than {@value #MAX_NAME_LENGTH} bytes, numbers longer
 * than {@value #MAX_NUMBER_LENGTH}, text longer than {@value #MAX_TEXT_LENGTH} bytes), it
 * answers {@code false} and leaves the verdict and its message to Jackson.
 *
 * @author Event Grid for Spring Boot team
 */
// Why not Jackson's parser alone: for 1 KiB of data it took 1.0 of the 2.6 us of
// building a CloudEvent (creating the parser, tokenizing and canonicalizing names that a
// syntax check does not need). This check reads the UTF-8 bytes the data is sent as (all
// of JSON's structure is ASCII), skips string contents eight bytes at a time, and
// allocates only for nesting deeper than a long's bits.
final class JsonSyntax {

	static final int MAX_DEPTH = 256;

	static final int MAX_NAME_LENGTH = 1000;

	static final int MAX_NUMBER_LENGTH = 100;

	static final int MAX_TEXT_LENGTH = 10_000_000;

	private static final int NOT_JSON = -1;

	private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

	private static final long ONES = 0x0101010101010101L;

	private static final long HIGH_BITS = 0x8080808080808080L;

	private JsonSyntax() {
	}

	/**
	 * Return whether a UTF-8 text is one JSON value, with only whitespace around it.
	 * @param text the text, such as a Java string's {@code getBytes(UTF_8)}
	 * @return {@code true} if it is, {@code false} if it is not or is past a limit of
	 * this check
	 */
	static boolean isSingleValue(byte[] text) {
		return text.length <= MAX_TEXT_LENGTH && new Reader(text).readSingleValue();
	}

	/**
	 * Return whether any of eight bytes is a quote, a backslash or a control character,
	 * which end a run of string content (bytes of multi-byte characters, at 0x80 and
	 * above, do not).
	 * @param word eight bytes
	 * @return whether one of them needs a look
	 */
	private static boolean endsStringRun(long word) {
		long quotes = word ^ (ONES * '"');
		long backslashes = word ^ (ONES * '\\');
		// Each term sets a byte's high bit where a byte of the word is zero or below
		// 0x20 (a borrow runs only from such a byte, so the test is exact).
		long zeroQuote = (quotes - ONES) & ~quotes;
		long zeroBackslash = (backslashes - ONES) & ~backslashes;
		long control = (word - ONES * 0x20) & ~word;
		return ((zeroQuote | zeroBackslash | control) & HIGH_BITS) != 0;
	}

	/**
	 * Reads one text; containers open at each depth are kept as bits, set for an object.
	 */
	private static final class Reader {

		private final byte[] text;

		private final int length;

		private int depth;

		private long objects;

		private long @Nullable [] deeperObjects;

		Reader(byte[] text) {
			this.text = text;
			this.length = text.length;
		}

		boolean readSingleValue() {
			int i = skipWhitespace(0);
			while (true) {
				i = readValue(i);
				if (i == NOT_JSON) {
					return false;
				}
				i = closeContainers(i);
				if (i == NOT_JSON || this.depth == 0) {
					return i == this.length;
				}
				// After a comma: an array's next value, or an object's next name.
				i = skipWhitespace(i);
				if (inObject()) {
					i = readName(i);
					if (i == NOT_JSON) {
						return false;
					}
				}
			}
		}

		/**
		 * Read a value, or open a container and read up to its first value.
		 * @param start where the value starts (whitespace skipped)
		 * @return where the value ends, or where the first value of a container starts
		 * when it is not empty, or {@link #NOT_JSON}
		 */
		private int readValue(int start) {
			int i = start;
			while (true) {
				if (i >= this.length) {
					return NOT_JSON;
				}
				byte c = this.text[i];
				if (c == '{' || c == '[') {
					boolean object = c == '{';
					if (!open(object)) {
						return NOT_JSON;
					}
					i = skipWhitespace(i + 1);
					if (i < this.length && this.text[i] == (object ? '}' : ']')) {
						this.depth--;
						return i + 1;
					}
					if (object) {
						i = readName(i);
						if (i == NOT_JSON) {
							return NOT_JSON;
						}
					}
				}
				else if (c == '"') {
					return readString(i);
				}
				else if (c == 't') {
					return readLiteral(i, "true");
				}
				else if (c == 'f') {
					return readLiteral(i, "false");
				}
				else if (c == 'n') {
					return readLiteral(i, "null");
				}
				else {
					return readNumber(i);
				}
			}
		}

		/**
		 * After a value: close the containers it ends, up to the next comma.
		 * @param start where the value ended
		 * @return where the next value or name starts after a comma, the end of the text
		 * when no container is open, or {@link #NOT_JSON}
		 */
		private int closeContainers(int start) {
			int i = skipWhitespace(start);
			while (this.depth > 0) {
				if (i >= this.length) {
					return NOT_JSON;
				}
				byte c = this.text[i];
				if (c == ',') {
					return i + 1;
				}
				if (c != (inObject() ? '}' : ']')) {
					return NOT_JSON;
				}
				this.depth--;
				i = skipWhitespace(i + 1);
			}
			return i;
		}

		/**
		 * Read an object member's name and its colon.
		 * @param start where the name starts (whitespace skipped)
		 * @return where the member's value starts, or {@link #NOT_JSON}
		 */
		private int readName(int start) {
			if (start >= this.length || this.text[start] != '"') {
				return NOT_JSON;
			}
			int end = readString(start);
			if (end == NOT_JSON || end - start - 2 > MAX_NAME_LENGTH) {
				return NOT_JSON;
			}
			int i = skipWhitespace(end);
			if (i >= this.length || this.text[i] != ':') {
				return NOT_JSON;
			}
			return skipWhitespace(i + 1);
		}

		private int readString(int start) {
			byte[] text = this.text;
			int length = this.length;
			int i = start + 1;
			while (true) {
				while (i + Long.BYTES <= length && !endsStringRun((long) LONGS.get(text, i))) {
					i += Long.BYTES;
				}
				if (i >= length) {
					return NOT_JSON;
				}
				byte c = text[i++];
				if (c == '"') {
					return i;
				}
				if (c == '\\') {
					i = readEscape(i);
					if (i == NOT_JSON) {
						return NOT_JSON;
					}
				}
				else if (c >= 0 && c < 0x20) {
					return NOT_JSON;
				}
			}
		}

		private int readEscape(int start) {
			if (start >= this.length) {
				return NOT_JSON;
			}
			byte c = this.text[start];
			if (c == 'u') {
				if (start + 4 >= this.length) {
					return NOT_JSON;
				}
				for (int i = start + 1; i <= start + 4; i++) {
					if (!isHexDigit(this.text[i])) {
						return NOT_JSON;
					}
				}
				return start + 5;
			}
			return ("\"\\/bfnrt".indexOf(c) >= 0) ? start + 1 : NOT_JSON;
		}

		private static boolean isHexDigit(byte c) {
			return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
		}

		private int readLiteral(int start, String literal) {
			int end = start + literal.length();
			if (end > this.length) {
				return NOT_JSON;
			}
			for (int i = start; i < end; i++) {
				if (this.text[i] != literal.charAt(i - start)) {
					return NOT_JSON;
				}
			}
			return end;
		}

		private int readNumber(int start) {
			int i = start;
			if (i < this.length && this.text[i] == '-') {
				i++;
			}
			if (i < this.length && this.text[i] == '0') {
				i++;
			}
			else {
				int digits = skipDigits(i);
				if (digits == i) {
					return NOT_JSON;
				}
				i = digits;
			}
			if (i < this.length && this.text[i] == '.') {
				int digits = skipDigits(i + 1);
				if (digits == i + 1) {
					return NOT_JSON;
				}
				i = digits;
			}
			if (i < this.length && (this.text[i] == 'e' || this.text[i] == 'E')) {
				i++;
				if (i < this.length && (this.text[i] == '+' || this.text[i] == '-')) {
					i++;
				}
				int digits = skipDigits(i);
				if (digits == i) {
					return NOT_JSON;
				}
				i = digits;
			}
			return (i - start <= MAX_NUMBER_LENGTH) ? i : NOT_JSON;
		}

		private int skipDigits(int start) {
			int i = start;
			while (i < this.length && this.text[i] >= '0' && this.text[i] <= '9') {
				i++;
			}
			return i;
		}

		private int skipWhitespace(int start) {
			int i = start;
			while (i < this.length) {
				byte c = this.text[i];
				if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
					break;
				}
				i++;
			}
			return i;
		}

		private boolean open(boolean object) {
			if (this.depth == MAX_DEPTH) {
				return false;
			}
			int depth = this.depth++;
			long bit = 1L << (depth & 63);
			if (depth < 64) {
				this.objects = object ? (this.objects | bit) : (this.objects & ~bit);
				return true;
			}
			long[] deeper = this.deeperObjects;
			if (deeper == null) {
				deeper = new long[MAX_DEPTH / 64 - 1];
				this.deeperObjects = deeper;
			}
			int word = depth / 64 - 1;
			deeper[word] = object ? (deeper[word] | bit) : (deeper[word] & ~bit);
			return true;
		}

		private boolean inObject() {
			int depth = this.depth - 1;
			long bit = 1L << (depth & 63);
			long[] deeper = this.deeperObjects;
			long word = (depth < 64 || deeper == null) ? this.objects : deeper[depth / 64 - 1];
			return (word & bit) != 0;
		}

	}

}
