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

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Operators;
import reactor.util.context.Context;

/**
 * Timeouts of requests and their attempts, kept by one daemon thread that looks at them
 * every {@value #TICK_MILLIS} ms. Reactor's {@code timeout(Duration)} schedules a task
 * per subscription and cancels it when the request completes, which on a busy publisher
 * wakes a scheduler thread for almost every request; here a deadline is registered only
 * if its source has not signalled by the time it is subscribed, registering and removing
 * it touches a concurrent set only, and the thread is woken only when it sleeps because
 * none was pending. A timeout fires at most one tick late.
 *
 * @author Event Grid for Spring Boot team
 */
final class Deadlines {

	static final long TICK_MILLIS = 10;

	/**
	 * The deadlines of every publisher.
	 */
	static final Deadlines SHARED = new Deadlines();

	private final Set<Deadline<?>> pending = ConcurrentHashMap.newKeySet();

	private final AtomicInteger count = new AtomicInteger();

	private volatile boolean sleeping;

	private volatile @Nullable Thread thread;

	/**
	 * Return a {@link Mono} that behaves as {@code source} if it signals within
	 * {@code timeout}, and otherwise cancels it and fails with the error
	 * {@code onTimeout} gives.
	 */
	<T> Mono<T> within(Mono<T> source, Duration timeout, Supplier<? extends Throwable> onTimeout) {
		return new Within<>(source, timeout.toNanos(), onTimeout, this);
	}

	private void register(Deadline<?> entry) {
		entry.registered = true;
		this.pending.add(entry);
		this.count.incrementAndGet();
		if (this.sleeping || this.thread == null) {
			LockSupport.unpark(thread());
		}
	}

	private void remove(Deadline<?> entry) {
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
				// Registrations wake the thread only while it sleeps here.
				this.sleeping = true;
				if (this.count.get() == 0) {
					LockSupport.park(this);
				}
				this.sleeping = false;
				continue;
			}
			long now = System.nanoTime();
			for (Deadline<?> entry : this.pending) {
				if (now - entry.deadline >= 0) {
					remove(entry);
					entry.expire();
				}
			}
			LockSupport.parkNanos(this, TimeUnit.MILLISECONDS.toNanos(TICK_MILLIS));
		}
	}

	/**
	 * A source with a deadline.
	 */
	private static final class Within<T> extends Mono<T> {

		private final Mono<T> source;

		private final long timeoutNanos;

		private final Supplier<? extends Throwable> onTimeout;

		private final Deadlines deadlines;

		Within(Mono<T> source, long timeoutNanos, Supplier<? extends Throwable> onTimeout, Deadlines deadlines) {
			this.source = source;
			this.timeoutNanos = timeoutNanos;
			this.onTimeout = onTimeout;
			this.deadlines = deadlines;
		}

		@Override
		public void subscribe(CoreSubscriber<? super T> actual) {
			Deadline<T> entry = new Deadline<>(actual, System.nanoTime() + this.timeoutNanos, this.onTimeout,
					this.deadlines);
			this.source.subscribe(entry);
			// A source that signalled while it was subscribed needs no deadline.
			if (entry.state == Deadline.WAITING) {
				this.deadlines.register(entry);
				if (entry.state != Deadline.WAITING) {
					this.deadlines.remove(entry);
				}
			}
		}

	}

	/**
	 * One subscription with a deadline: passes on the first of its source's signals and
	 * the expiry of the deadline, and cancels the source if the deadline comes first.
	 */
	private static final class Deadline<T> implements CoreSubscriber<T>, Subscription {

		static final int WAITING = 0;

		static final int SIGNALLED = 1;

		static final int EXPIRED = 2;

		static final int CANCELLED = 3;

		@SuppressWarnings("rawtypes")
		private static final AtomicIntegerFieldUpdater<Deadline> STATE = AtomicIntegerFieldUpdater
			.newUpdater(Deadline.class, "state");

		private final CoreSubscriber<? super T> actual;

		private final long deadline;

		private final Supplier<? extends Throwable> onTimeout;

		private final Deadlines deadlines;

		private @Nullable Subscription upstream;

		volatile int state;

		volatile boolean registered;

		Deadline(CoreSubscriber<? super T> actual, long deadline, Supplier<? extends Throwable> onTimeout,
				Deadlines deadlines) {
			this.actual = actual;
			this.deadline = deadline;
			this.onTimeout = onTimeout;
			this.deadlines = deadlines;
		}

		@Override
		public Context currentContext() {
			return this.actual.currentContext();
		}

		@Override
		public void onSubscribe(Subscription subscription) {
			if (Operators.validate(this.upstream, subscription)) {
				this.upstream = subscription;
				this.actual.onSubscribe(this);
			}
		}

		@Override
		public void onNext(T value) {
			if (this.state == SIGNALLED || win()) {
				this.actual.onNext(value);
			}
			else {
				Operators.onNextDropped(value, currentContext());
			}
		}

		@Override
		public void onError(Throwable error) {
			if (win()) {
				this.actual.onError(error);
			}
			else if (this.state != SIGNALLED) {
				Operators.onErrorDropped(error, currentContext());
			}
			else {
				this.actual.onError(error);
			}
		}

		@Override
		public void onComplete() {
			if (this.state == SIGNALLED || win()) {
				this.actual.onComplete();
			}
		}

		@Override
		public void request(long n) {
			Subscription upstream = this.upstream;
			if (upstream != null) {
				upstream.request(n);
			}
		}

		@Override
		public void cancel() {
			if (STATE.compareAndSet(this, WAITING, CANCELLED) && this.registered) {
				this.deadlines.remove(this);
			}
			Subscription upstream = this.upstream;
			if (upstream != null) {
				upstream.cancel();
			}
		}

		private boolean win() {
			if (STATE.compareAndSet(this, WAITING, SIGNALLED)) {
				if (this.registered) {
					this.deadlines.remove(this);
				}
				return true;
			}
			return false;
		}

		void expire() {
			if (STATE.compareAndSet(this, WAITING, EXPIRED)) {
				Subscription upstream = this.upstream;
				if (upstream != null) {
					upstream.cancel();
				}
				this.actual.onError(this.onTimeout.get());
			}
		}

	}

}
