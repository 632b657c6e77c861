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

package dev.eventgrid.spring.core;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;

/**
 * Timeouts of requests and their attempts, kept by one daemon thread that looks at them
 * every {@value #TICK_MILLIS} ms. Reactor's {@code timeout(Duration)} schedules a task
 * per subscription and cancels it when the request completes, which on a busy publisher
 * wakes a scheduler thread for almost every request; here registering and removing a
 * deadline touches a concurrent set only, and the thread sleeps while none is pending. A
 * timeout fires at most one tick late.
 *
 * @author Event Grid for Spring Boot team
 */
final class Deadlines {

	static final long TICK_MILLIS = 10;

	/**
	 * The deadlines of every publisher.
	 */
	static final Deadlines SHARED = new Deadlines();

	private final Set<Deadline> pending = ConcurrentHashMap.newKeySet();

	private final AtomicInteger count = new AtomicInteger();

	private volatile @Nullable Thread thread;

	/**
	 * Return a {@link Mono} that behaves as {@code source} if it signals within
	 * {@code timeout}, and otherwise cancels it and fails with the error
	 * {@code onTimeout} gives.
	 */
	<T> Mono<T> within(Mono<T> source, Duration timeout, Supplier<? extends Throwable> onTimeout) {
		long nanos = timeout.toNanos();
		Mono<T> expired = Mono.<Void>create((sink) -> register(System.nanoTime() + nanos, sink))
			.then(Mono.error(onTimeout));
		return Mono.firstWithSignal(source, expired);
	}

	private void register(long deadline, MonoSink<Void> sink) {
		Deadline entry = new Deadline(deadline, sink);
		sink.onDispose(() -> remove(entry));
		this.pending.add(entry);
		if (this.count.getAndIncrement() == 0) {
			LockSupport.unpark(thread());
		}
	}

	private void remove(Deadline entry) {
		if (this.pending.remove(entry)) {
			this.count.decrementAndGet();
		}
	}

	private Thread thread() {
		Thread thread = this.thread;
		if (thread == null) {
			synchronized (this) {
				thread = this.thread;
				if (thread == null) {
					thread = new Thread(this::run, "eventgrid-deadlines");
					thread.setDaemon(true);
					thread.start();
					this.thread = thread;
				}
			}
		}
		return thread;
	}

	private void run() {
		while (!Thread.currentThread().isInterrupted()) {
			if (this.count.get() == 0) {
				LockSupport.park(this);
				continue;
			}
			long now = System.nanoTime();
			for (Deadline entry : this.pending) {
				if (now - entry.deadline() >= 0) {
					remove(entry);
					entry.sink().success();
				}
			}
			LockSupport.parkNanos(this, TimeUnit.MILLISECONDS.toNanos(TICK_MILLIS));
		}
	}

	/**
	 * One pending deadline and the signal that expires it.
	 *
	 * @param deadline when it expires, as {@link System#nanoTime()}
	 * @param sink completed when it expires
	 */
	private record Deadline(long deadline, MonoSink<Void> sink) {

		@Override
		public boolean equals(@Nullable Object other) {
			return this == other;
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(this);
		}

	}

}
