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

package dev.eventgrid.spring.transport;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A few arrays that request bodies of one publisher are written into, given back once a
 * request is done with them: a new array of a request's size costs more to allocate (the
 * JVM clears it) than to fill. Holds at most a bounded number of bytes, and takes back
 * only what {@link RequestBody#recycle()} knows no one reads any more.
 *
 * @author Event Grid for Spring Boot team
 */
public final class BodyBuffers {

	private final ConcurrentLinkedQueue<byte[]> buffers = new ConcurrentLinkedQueue<>();

	private final AtomicLong held = new AtomicLong();

	private final long maxBytes;

	/**
	 * Create a pool.
	 * @param maxBytes the most bytes to hold
	 */
	public BodyBuffers(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	/**
	 * Return an array of at least the given length, not much longer: a held one if one
	 * fits, a new one otherwise.
	 * @param length the length needed
	 * @return the array; a held one still has the bytes it was given back with
	 */
	byte[] take(int length) {
		byte[] buffer = this.buffers.poll();
		if (buffer != null) {
			this.held.addAndGet(-buffer.length);
			if (buffer.length >= length && buffer.length / 2 <= length) {
				return buffer;
			}
		}
		return new byte[length];
	}

	/**
	 * Take back arrays that nothing reads any more, as many as fit.
	 * @param arrays the arrays to take back
	 */
	void give(List<byte[]> arrays) {
		for (byte[] buffer : arrays) {
			if (this.held.addAndGet(buffer.length) <= this.maxBytes) {
				this.buffers.offer(buffer);
			}
			else {
				this.held.addAndGet(-buffer.length);
			}
		}
	}

	/**
	 * Return the bytes held.
	 * @return the total length of the arrays held
	 */
	long held() {
		return this.held.get();
	}

}
