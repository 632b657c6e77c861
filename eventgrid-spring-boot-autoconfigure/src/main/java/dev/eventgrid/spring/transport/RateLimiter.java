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

import java.util.function.LongSupplier;

/**
 * Paces the requests of one publisher so that they stay within its topic's ingress limit.
 * It may hold a configured rate of events and bytes per second; and, when adaptive, it
 * learns the limit from the service's {@code 429} answers: on the first it starts pacing
 * at 95% of the rate the topic accepted over the last second, on each later one (at most
 * one a second) it slows to 95% of what was accepted, by half at most, and while requests
 * wait for it without a {@code 429} it speeds up by 2% a second, until it lets go after
 * ten seconds without waiting or refusal. A backlog then drains at about the topic's
 * limit instead of in a storm of retries. Until a {@code 429} arrives an adaptive limiter
 * only counts what is accepted.
 *
 * @author Event Grid for Spring Boot team
 */
public final class RateLimiter {

	private static final long SECOND = 1_000_000_000L;

	private static final long SLOT = SECOND / 10;

	private static final int SLOTS = 10;

	private static final long RELEASE_AFTER = 10 * SECOND;

	private static final double FIRST_DECREASE = 0.9;

	private static final double DECREASE = 0.95;

	private static final double INCREASE = 1.02;

	private final boolean adaptive;

	private final double maxEventsPerSecond;

	private final double maxBytesPerSecond;

	private final LongSupplier nanoTime;

	private final long[] slotStart = new long[SLOTS];

	private final long[] slotEvents = new long[SLOTS];

	private final long[] slotBytes = new long[SLOTS];

	private volatile boolean limited;

	private double eventsPerSecond = Double.POSITIVE_INFINITY;

	private double bytesPerSecond = Double.POSITIVE_INFINITY;

	private long nextStart;

	private long lastThrottled = Long.MIN_VALUE / 2;

	private long lastChange;

	private long lastWait;

	/**
	 * Create a limiter.
	 * @param settings the configured rates and whether to adapt to {@code 429}s
	 * @param nanoTime the monotonic clock, {@code System::nanoTime} but in tests
	 */
	public RateLimiter(RateLimitSettings settings, LongSupplier nanoTime) {
		this.adaptive = settings.adaptive();
		this.maxEventsPerSecond = (settings.maxEventsPerSecond() > 0) ? settings.maxEventsPerSecond()
				: Double.POSITIVE_INFINITY;
		this.maxBytesPerSecond = (settings.maxBytesPerSecond() > 0) ? settings.maxBytesPerSecond()
				: Double.POSITIVE_INFINITY;
		this.nanoTime = nanoTime;
		long now = nanoTime.getAsLong();
		this.lastChange = now;
		this.nextStart = now;
		resetRate(now);
	}

	/**
	 * Return whether requests are paced now; when not, {@link #reserve} returns 0.
	 * @return whether the limiter holds a rate
	 */
	public boolean isLimiting() {
		return this.limited;
	}

	/**
	 * Reserve the start of a request: return how long it must wait before it leaves.
	 * @param events the events of the request
	 * @param bytes the size of its body
	 * @return the wait in nanoseconds, 0 to leave at once
	 */
	public synchronized long reserve(int events, long bytes) {
		if (!this.limited) {
			return 0;
		}
		long now = this.nanoTime.getAsLong();
		adjust(now);
		if (!this.limited) {
			return 0;
		}
		long start = Math.max(now, this.nextStart);
		this.nextStart = start + interval(events, bytes);
		if (start > now) {
			this.lastWait = now;
		}
		return start - now;
	}

	/**
	 * Count a request the service accepted.
	 * @param events the events it carried
	 * @param bytes the size of its body
	 */
	public void accepted(int events, long bytes) {
		if (!this.adaptive) {
			return;
		}
		long now = this.nanoTime.getAsLong();
		synchronized (this) {
			int slot = slot(now);
			this.slotEvents[slot] += events;
			this.slotBytes[slot] += bytes;
		}
	}

	/**
	 * Slow down after the service answered {@code 429}: at most once a second, to 90% of
	 * what it accepted over the last second the first time and 95% later, at most by
	 * half. The next request waits at least as long as the refused one takes at that
	 * rate, for the topic to have room.
	 * @param events the events of the refused request
	 * @param bytes the size of its body
	 */
	public synchronized void throttled(int events, long bytes) {
		if (!this.adaptive) {
			return;
		}
		long now = this.nanoTime.getAsLong();
		if (now - this.lastThrottled < SECOND) {
			if (this.limited) {
				this.nextStart = Math.max(this.nextStart, now + interval(events, bytes));
			}
			return;
		}
		this.lastThrottled = now;
		this.lastChange = now;
		double acceptedEvents = 0;
		double acceptedBytes = 0;
		for (int i = 0; i < SLOTS; i++) {
			if (now - this.slotStart[i] < SECOND) {
				acceptedEvents += this.slotEvents[i];
				acceptedBytes += this.slotBytes[i];
			}
		}
		if (!this.limited) {
			if (acceptedEvents == 0) {
				// Nothing of ours got through: others use the topic's limit, at a rate
				// this publisher cannot know; its retries back off instead.
				return;
			}
			// Below the limit at first, so that the topic's bucket, just emptied, refills
			// and absorbs the jitter of requests; speeding up takes it back to the limit.
			this.eventsPerSecond = acceptedEvents * FIRST_DECREASE;
			this.bytesPerSecond = acceptedBytes * FIRST_DECREASE;
		}
		else {
			this.eventsPerSecond = slower(this.eventsPerSecond, acceptedEvents);
			this.bytesPerSecond = slower(this.bytesPerSecond, acceptedBytes);
		}
		capToConfigured();
		this.limited = true;
		this.nextStart = Math.max(this.nextStart, now + interval(events, bytes));
	}

	private long interval(int events, long bytes) {
		return (long) (Math.max(events / this.eventsPerSecond, bytes / this.bytesPerSecond) * SECOND);
	}

	/**
	 * Return the events per second the limiter paces at now.
	 * @return the rate, infinite when it does not limit them
	 */
	public synchronized double eventsPerSecond() {
		return this.limited ? this.eventsPerSecond : Double.POSITIVE_INFINITY;
	}

	/**
	 * Return the bytes per second the limiter paces at now.
	 * @return the rate, infinite when it does not limit them
	 */
	public synchronized double bytesPerSecond() {
		return this.limited ? this.bytesPerSecond : Double.POSITIVE_INFINITY;
	}

	private static double slower(double current, double accepted) {
		return Math.max(current / 2, Math.min(current, accepted) * DECREASE);
	}

	// Speed up by 2% for every second that requests waited without a 429; let go after
	// ten seconds without either.
	private void adjust(long now) {
		if (!this.adaptive || now - this.lastChange < SECOND) {
			return;
		}
		long quiet = now - Math.max(this.lastThrottled, this.lastWait);
		if (quiet >= RELEASE_AFTER) {
			resetRate(now);
			return;
		}
		if (now - this.lastThrottled >= SECOND && now - this.lastWait < SECOND) {
			this.eventsPerSecond *= INCREASE;
			this.bytesPerSecond *= INCREASE;
			capToConfigured();
		}
		this.lastChange = now;
	}

	private void resetRate(long now) {
		this.eventsPerSecond = this.maxEventsPerSecond;
		this.bytesPerSecond = this.maxBytesPerSecond;
		this.limited = !Double.isInfinite(this.eventsPerSecond) || !Double.isInfinite(this.bytesPerSecond);
		this.lastChange = now;
	}

	private void capToConfigured() {
		this.eventsPerSecond = Math.min(this.eventsPerSecond, this.maxEventsPerSecond);
		this.bytesPerSecond = Math.min(this.bytesPerSecond, this.maxBytesPerSecond);
	}

	private int slot(long now) {
		long number = Math.floorDiv(now, SLOT);
		int slot = (int) Math.floorMod(number, SLOTS);
		long start = number * SLOT;
		if (this.slotStart[slot] != start) {
			this.slotStart[slot] = start;
			this.slotEvents[slot] = 0;
			this.slotBytes[slot] = 0;
		}
		return slot;
	}

	/**
	 * Return a limiter that never limits.
	 * @return the limiter
	 */
	public static RateLimiter none() {
		return new RateLimiter(RateLimitSettings.NONE, System::nanoTime);
	}

	/**
	 * Check a configured rate.
	 * @param rate the rate, 0 for none
	 * @param name the name of the setting, for the message
	 */
	static void checkRate(double rate, String name) {
		if (rate < 0) {
			throw new IllegalArgumentException("'" + name + "' must not be negative but was " + rate);
		}
	}

}
