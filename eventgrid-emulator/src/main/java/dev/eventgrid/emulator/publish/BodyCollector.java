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

package dev.eventgrid.emulator.publish;

import java.util.Arrays;

import io.netty.buffer.ByteBuf;

/**
 * Accumulates a request body up to a limit, then only counts the rest, so an oversized
 * request is drained and answered with 413 instead of filling memory.
 *
 * @author Event Grid for Spring Boot team
 */
final class BodyCollector {

	private final int limit;

	private byte[] bytes;

	private int stored;

	private long size;

	BodyCollector(int limit, long expectedSize) {
		this.limit = limit;
		this.bytes = new byte[(int) Math.max(0, Math.min(expectedSize, limit))];
	}

	void append(ByteBuf buffer) {
		int readable = buffer.readableBytes();
		this.size += readable;
		int toStore = (int) Math.min(readable, (long) this.limit - this.stored);
		if (toStore <= 0) {
			return;
		}
		if (this.stored + toStore > this.bytes.length) {
			int grown = (int) Math.min(this.limit, Math.max(this.stored + toStore, 2L * this.bytes.length));
			this.bytes = Arrays.copyOf(this.bytes, grown);
		}
		buffer.getBytes(buffer.readerIndex(), this.bytes, this.stored, toStore);
		this.stored += toStore;
	}

	long size() {
		return this.size;
	}

	byte[] bytes() {
		return (this.stored == this.bytes.length) ? this.bytes : Arrays.copyOf(this.bytes, this.stored);
	}

}
