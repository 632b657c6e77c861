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

import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Operators;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.http.ReactiveHttpOutputMessage;
import org.springframework.web.reactive.function.BodyInserter;

/**
 * The body of one publish request as it is written: bytes held in a few chunks, so that
 * growing it never copies, and sent as they are, so that sending never copies either.
 * Chunks are sized from the expected size of the body when it is known and grow by a
 * quarter of what is held otherwise, so that little more is allocated than written. They
 * come from the publisher's {@link BodyBuffers} and go back to it when the request has
 * been accepted and every write of it has completed.
 *
 * @author Event Grid for Spring Boot team
 */
public final class RequestBody extends OutputStream {

	private static final int MIN_CHUNK = 512;

	private static final byte[] EMPTY = new byte[0];

	private final @Nullable BodyBuffers buffers;

	private final List<byte[]> chunks = new ArrayList<>(4);

	private final AtomicInteger writesStarted = new AtomicInteger();

	private final AtomicInteger writesCompleted = new AtomicInteger();

	private final AtomicBoolean reusable = new AtomicBoolean(true);

	private byte[] current = EMPTY;

	private int position;

	private int size;

	private int allocated;

	private int expected;

	/**
	 * Create a body whose chunks are taken from, and given back to, a pool.
	 * @param buffers the pool, or {@code null} to allocate every chunk
	 */
	RequestBody(@Nullable BodyBuffers buffers) {
		this.buffers = buffers;
	}

	/**
	 * Set how large the body is expected to grow, which sizes the chunks still to come.
	 * @param expectedSize the expected size, in bytes
	 */
	void expect(int expectedSize) {
		this.expected = expectedSize;
	}

	@Override
	public void write(int b) {
		if (this.position == this.current.length) {
			grow(1);
		}
		this.current[this.position++] = (byte) b;
		this.size++;
	}

	@Override
	public void write(byte[] bytes, int offset, int length) {
		int written = 0;
		while (written < length) {
			if (this.position == this.current.length) {
				grow(length - written);
			}
			int count = Math.min(length - written, this.current.length - this.position);
			System.arraycopy(bytes, offset + written, this.current, this.position, count);
			this.position += count;
			written += count;
		}
		this.size += length;
	}

	private void grow(int needed) {
		int remaining = this.expected - this.allocated;
		int chunk = Math.max(needed, (remaining > 0) ? remaining : this.allocated / 4);
		int length = Math.max(chunk, MIN_CHUNK);
		this.current = (this.buffers != null) ? this.buffers.take(length) : new byte[length];
		this.chunks.add(this.current);
		this.allocated += this.current.length;
		this.position = 0;
	}

	/**
	 * Return the number of bytes written.
	 * @return the size of the body, in bytes
	 */
	public int size() {
		return this.size;
	}

	/**
	 * Return the number of bytes allocated to hold the body.
	 * @return the total length of the chunks
	 */
	public int allocated() {
		return this.allocated;
	}

	/**
	 * Return the byte at a position.
	 * @param index the position, from 0
	 * @return the byte
	 */
	byte byteAt(int index) {
		int offset = index;
		for (byte[] chunk : this.chunks) {
			if (offset < chunk.length) {
				return chunk[offset];
			}
			offset -= chunk.length;
		}
		throw new IndexOutOfBoundsException(index);
	}

	/**
	 * Copy the bytes from a position to the end.
	 * @param from the position of the first byte to copy
	 * @return the bytes, in a new array
	 */
	public byte[] copyFrom(int from) {
		byte[] copy = new byte[this.size - from];
		int offset = 0;
		int copied = 0;
		for (byte[] chunk : this.chunks) {
			int start = Math.max(from - offset, 0);
			int end = Math.min(chunk.length, this.size - offset);
			if (start < end) {
				System.arraycopy(chunk, start, copy, copied, end - start);
				copied += end - start;
			}
			offset += chunk.length;
		}
		return copy;
	}

	/**
	 * Drop the bytes from a position to the end.
	 * @param newSize the position of the first byte to drop, which becomes the size
	 */
	void truncate(int newSize) {
		int offset = 0;
		int index = 0;
		while (index < this.chunks.size() - 1 && offset + this.chunks.get(index).length < newSize) {
			offset += this.chunks.get(index).length;
			index++;
		}
		while (this.chunks.size() > index + 1) {
			this.chunks.remove(this.chunks.size() - 1);
		}
		if (!this.chunks.isEmpty()) {
			this.current = this.chunks.get(index);
			this.position = newSize - offset;
		}
		this.size = newSize;
	}

	/**
	 * Return an inserter that writes the body to a request, wrapping its chunks without
	 * copying them; it can be used for every attempt of the request.
	 * @return the inserter
	 */
	BodyInserter<RequestBody, ReactiveHttpOutputMessage> inserter() {
		return (message, context) -> new Write(message);
	}

	/**
	 * Give the chunks back to the pool once the request is done: only if every write of
	 * the body completed, after which the HTTP client reads none of them any more. A
	 * write that failed or was cancelled may still be read from, so its chunks are left
	 * to the garbage collector. The size stays readable; the bytes do not.
	 */
	public void recycle() {
		if (this.buffers != null && this.writesStarted.get() == this.writesCompleted.get()
				&& this.reusable.compareAndSet(true, false)) {
			this.buffers.give(this.chunks);
			this.chunks.clear();
			this.current = EMPTY;
			this.position = 0;
		}
	}

	private Publisher<DataBuffer> buffers(DataBufferFactory factory) {
		int offset = 0;
		List<DataBuffer> buffers = new ArrayList<>(this.chunks.size());
		for (byte[] chunk : this.chunks) {
			int length = Math.min(chunk.length, this.size - offset);
			if (length > 0) {
				buffers.add(factory.wrap(ByteBuffer.wrap(chunk, 0, length)));
			}
			offset += chunk.length;
		}
		return (buffers.size() == 1) ? Mono.just(buffers.get(0)) : Flux.fromIterable(buffers);
	}

	/**
	 * One write of the body, which counts as completed only when it signals completion
	 * and makes the chunks unfit for reuse when it fails or is cancelled.
	 */
	private final class Write extends Mono<Void> {

		private final ReactiveHttpOutputMessage message;

		Write(ReactiveHttpOutputMessage message) {
			this.message = message;
		}

		@Override
		public void subscribe(CoreSubscriber<? super Void> actual) {
			RequestBody.this.writesStarted.incrementAndGet();
			Mono<Void> write;
			try {
				write = this.message.writeWith(buffers(this.message.bufferFactory()));
			}
			catch (Throwable ex) {
				RequestBody.this.reusable.set(false);
				Operators.error(actual, ex);
				return;
			}
			write.subscribe(new WriteSubscriber(actual));
		}

	}

	/**
	 * Passes on the signals of one write and accounts for how it ended.
	 */
	private final class WriteSubscriber extends ForwardingSubscriber<Void> {

		private volatile boolean done;

		WriteSubscriber(CoreSubscriber<? super Void> actual) {
			super(actual);
		}

		@Override
		public void onNext(Void value) {
		}

		@Override
		public void onError(Throwable error) {
			this.done = true;
			RequestBody.this.reusable.set(false);
			this.actual.onError(error);
		}

		@Override
		public void onComplete() {
			this.done = true;
			RequestBody.this.writesCompleted.incrementAndGet();
			this.actual.onComplete();
		}

		@Override
		public void cancel() {
			if (!this.done) {
				RequestBody.this.reusable.set(false);
			}
			cancelUpstream();
		}

	}

}
