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

package dev.eventgrid.emulator.namespace;

import java.io.ByteArrayOutputStream;

import io.netty.buffer.ByteBuf;

/**
 * A request body kept up to a limit and counted past it, so that an oversized request is
 * read to its end and refused instead of filling memory.
 *
 * @author Event Grid for Spring Boot team
 */
final class BoundedBody {

	private final ByteArrayOutputStream kept = new ByteArrayOutputStream();

	private final int limit;

	private long size;

	BoundedBody(int limit) {
		this.limit = limit;
	}

	void add(ByteBuf chunk) {
		int length = chunk.readableBytes();
		int room = (int) Math.max(0, Math.min(length, this.limit - this.size));
		if (room > 0) {
			byte[] bytes = new byte[room];
			chunk.getBytes(chunk.readerIndex(), bytes);
			this.kept.writeBytes(bytes);
		}
		this.size += length;
	}

	long size() {
		return this.size;
	}

	boolean isTruncated() {
		return this.size > this.limit;
	}

	byte[] bytes() {
		return this.kept.toByteArray();
	}

}
