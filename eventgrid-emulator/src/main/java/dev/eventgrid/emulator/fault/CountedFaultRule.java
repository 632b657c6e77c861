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

import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;

/**
 * A rule that applies one fault to the next {@code count} requests it is asked about.
 *
 * @author Event Grid for Spring Boot team
 */
public final class CountedFaultRule implements FaultRule {

	private final Fault fault;

	private final AtomicInteger remaining;

	/**
	 * Create a rule.
	 * @param fault the fault to apply
	 * @param count how many requests to apply it to
	 */
	public CountedFaultRule(Fault fault, int count) {
		if (count < 1) {
			throw new IllegalArgumentException("The count must be at least 1, not " + count);
		}
		this.fault = fault;
		this.remaining = new AtomicInteger(count);
	}

	@Override
	public @Nullable Fault select(String topic) {
		int left = this.remaining.getAndUpdate((current) -> Math.max(current - 1, 0));
		return (left > 0) ? this.fault : null;
	}

	@Override
	public boolean isExhausted() {
		return this.remaining.get() == 0;
	}

	/**
	 * Return how many more requests this rule will apply to.
	 * @return the remaining count
	 */
	public int remaining() {
		return this.remaining.get();
	}

	@Override
	public String toString() {
		return "next " + this.remaining.get() + ": " + this.fault;
	}

}
