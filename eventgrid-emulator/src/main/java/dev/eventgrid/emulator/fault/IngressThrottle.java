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

package dev.eventgrid.emulator.fault;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.jspecify.annotations.Nullable;

/**
 * The ingress limits of an emulator's topics and domains: one token bucket of events and
 * one of bytes per limited topic, each holding one second of its rate and refilled
 * continuously. A request is accepted whole, taking its events and bytes from both
 * buckets, or refused whole, taking nothing. A request larger than a bucket passes when
 * that bucket is full, leaving it in debt, so that no request is refused forever.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public final class IngressThrottle {

	private static final long NANOS_PER_SECOND = 1_000_000_000L;

	private final Map<String, IngressLimit> limits;

	private final @Nullable IngressLimit defaultLimit;

	private final LongSupplier nanoTime;

	private final Map<String, Buckets> buckets = new ConcurrentHashMap<>();

	/**
	 * Create the throttle of an emulator.
	 * @param defaultLimit the limit of every topic and domain without one of its own, or
	 * {@code null} for none
	 * @param limits the limits of single topics and domains, by name
	 * @param nanoTime the monotonic clock, such as {@code System::nanoTime}
	 */
	public IngressThrottle(@Nullable IngressLimit defaultLimit, Map<String, IngressLimit> limits,
			LongSupplier nanoTime) {
		this.defaultLimit = defaultLimit;
		Map<String, IngressLimit> byName = new ConcurrentHashMap<>();
		limits.forEach((name, limit) -> byName.put(name.toLowerCase(Locale.ROOT), limit));
		this.limits = byName;
		this.nanoTime = nanoTime;
	}

	/**
	 * Return a throttle that limits nothing.
	 * @return the throttle
	 */
	public static IngressThrottle none() {
		return new IngressThrottle(null, Map.of(), System::nanoTime);
	}

	/**
	 * Return the limit of a topic or domain.
	 * @param topic its name
	 * @return the limit, or {@code null} if it has none
	 */
	public @Nullable IngressLimit limit(String topic) {
		IngressLimit limit = this.limits.get(topic.toLowerCase(Locale.ROOT));
		return (limit != null) ? limit : this.defaultLimit;
	}

	/**
	 * Take a request's events and bytes from a topic's buckets if both hold enough.
	 * @param topic the name of the topic or domain
	 * @param events the events of the request
	 * @param bytes the size of its body
	 * @return the limit that refused the request, or {@code null} if it is accepted
	 */
	public @Nullable IngressLimit tryAcquire(String topic, long events, long bytes) {
		IngressLimit limit = limit(topic);
		if (limit == null) {
			return null;
		}
		Buckets topicBuckets = this.buckets.computeIfAbsent(topic.toLowerCase(Locale.ROOT),
				(name) -> new Buckets(limit, this.nanoTime.getAsLong()));
		return topicBuckets.tryAcquire(events, bytes, this.nanoTime.getAsLong()) ? null : limit;
	}

	/**
	 * The two buckets of one topic.
	 */
	private static final class Buckets {

		private final Bucket events;

		private final Bucket bytes;

		Buckets(IngressLimit limit, long now) {
			this.events = new Bucket(limit.eventsPerSecond(), now);
			this.bytes = new Bucket(limit.bytesPerSecond(), now);
		}

		synchronized boolean tryAcquire(long eventCount, long byteCount, long now) {
			this.events.refill(now);
			this.bytes.refill(now);
			if (!this.events.holds(eventCount) || !this.bytes.holds(byteCount)) {
				return false;
			}
			this.events.take(eventCount);
			this.bytes.take(byteCount);
			return true;
		}

	}

	/**
	 * Tokens refilled at a rate up to one second's worth.
	 */
	private static final class Bucket {

		private final long perSecond;

		private double tokens;

		private long refilledAt;

		Bucket(long perSecond, long now) {
			this.perSecond = perSecond;
			this.tokens = perSecond;
			this.refilledAt = now;
		}

		void refill(long now) {
			long elapsed = now - this.refilledAt;
			if (elapsed > 0) {
				this.tokens = Math.min(this.perSecond,
						this.tokens + (double) elapsed * this.perSecond / NANOS_PER_SECOND);
				this.refilledAt = now;
			}
		}

		boolean holds(long count) {
			return count <= this.tokens || this.tokens >= this.perSecond;
		}

		void take(long count) {
			this.tokens -= count;
		}

	}

}
