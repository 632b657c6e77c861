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

package dev.eventgrid.spring.namespace;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import reactor.core.publisher.Mono;

import org.springframework.util.Assert;

/**
 * The acknowledgement of the events of one pull listener call.
 *
 * @author Event Grid for Spring Boot team
 */
final class ReceiverAcknowledgement implements EventGridAcknowledgement {

	private final ReactiveEventGridReceiver receiver;

	private final List<String> lockTokens;

	private final AtomicBoolean settled = new AtomicBoolean();

	ReceiverAcknowledgement(ReactiveEventGridReceiver receiver, List<String> lockTokens) {
		this.receiver = receiver;
		this.lockTokens = List.copyOf(lockTokens);
	}

	@Override
	public LockTokenResult acknowledge() {
		return settle("acknowledge", () -> this.receiver.acknowledge(this.lockTokens));
	}

	@Override
	public LockTokenResult release(ReleaseDelay delay) {
		Assert.notNull(delay, "'delay' must not be null; use ReleaseDelay.NONE for none");
		return settle("release", () -> this.receiver.release(this.lockTokens, delay));
	}

	@Override
	public LockTokenResult reject() {
		return settle("reject", () -> this.receiver.reject(this.lockTokens));
	}

	@Override
	public LockTokenResult renewLocks() {
		return block(this.receiver.renewLocks(this.lockTokens));
	}

	@Override
	public boolean isSettled() {
		return this.settled.get();
	}

	private LockTokenResult settle(String action, Supplier<Mono<LockTokenResult>> operation) {
		if (!this.settled.compareAndSet(false, true)) {
			throw new IllegalStateException(
					"Cannot " + action + " events already settled through this " + "acknowledgement; settle them once");
		}
		return block(operation.get());
	}

	private static LockTokenResult block(Mono<LockTokenResult> operation) {
		LockTokenResult result = operation.block();
		Assert.state(result != null, "The operation completed without a result");
		return result;
	}

	@Override
	public String toString() {
		return "EventGridAcknowledgement[" + this.lockTokens.size() + " events, settled=" + this.settled.get() + "]";
	}

}
