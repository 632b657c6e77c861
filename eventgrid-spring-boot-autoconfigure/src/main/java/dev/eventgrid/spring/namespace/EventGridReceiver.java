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

import java.time.Duration;
import java.util.Collection;
import java.util.List;

import dev.eventgrid.spring.EventGridException;
import reactor.core.publisher.Mono;

import org.springframework.util.Assert;

/**
 * The blocking form of a {@link ReactiveEventGridReceiver}: each method waits for the
 * service's answer. Not to be called on a thread that must not block, such as a Reactor
 * Netty event loop.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.2.0
 */
public final class EventGridReceiver {

	private final ReactiveEventGridReceiver reactive;

	/**
	 * Create a blocking receiver.
	 * @param reactive the receiver it waits on
	 */
	public EventGridReceiver(ReactiveEventGridReceiver reactive) {
		Assert.notNull(reactive, "'reactive' must not be null");
		this.reactive = reactive;
	}

	/**
	 * Return the reactive receiver this one waits on.
	 * @return the reactive receiver
	 */
	public ReactiveEventGridReceiver getReactive() {
		return this.reactive;
	}

	/**
	 * Return the receiver's name.
	 * @return the name
	 */
	public String getName() {
		return this.reactive.getName();
	}

	/**
	 * Receive events, waiting until some are available or the wait is over.
	 * @param maxEvents the most events to receive, from 1 to 100
	 * @param maxWait how long the service may wait for events: whole seconds from 10 to
	 * 120
	 * @return the events received, locked to this receiver; empty if none arrived
	 * @throws IllegalArgumentException if an argument is out of range
	 * @throws EventGridException if the service refused the request
	 */
	public List<ReceivedEvent> receive(int maxEvents, Duration maxWait) {
		return block(this.reactive.receive(maxEvents, maxWait));
	}

	/**
	 * Acknowledge events: they are gone for every receiver.
	 * @param lockTokens the lock tokens of the events
	 * @return what became of each token
	 * @throws EventGridException if the service refused the request
	 */
	public LockTokenResult acknowledge(Collection<String> lockTokens) {
		return block(this.reactive.acknowledge(lockTokens));
	}

	/**
	 * Release events at once.
	 * @param lockTokens the lock tokens of the events
	 * @return what became of each token
	 * @throws EventGridException if the service refused the request
	 */
	public LockTokenResult release(Collection<String> lockTokens) {
		return block(this.reactive.release(lockTokens));
	}

	/**
	 * Release events after a delay.
	 * @param lockTokens the lock tokens of the events
	 * @param delay the delay
	 * @return what became of each token
	 * @throws EventGridException if the service refused the request
	 */
	public LockTokenResult release(Collection<String> lockTokens, ReleaseDelay delay) {
		return block(this.reactive.release(lockTokens, delay));
	}

	/**
	 * Release events after a delay that Event Grid accepts.
	 * @param lockTokens the lock tokens of the events
	 * @param delay the delay: 0, 10 s, 1 min, 10 min or 1 h
	 * @return what became of each token
	 * @throws IllegalArgumentException if the delay is not one the service accepts
	 * @throws EventGridException if the service refused the request
	 */
	public LockTokenResult release(Collection<String> lockTokens, Duration delay) {
		return block(this.reactive.release(lockTokens, delay));
	}

	/**
	 * Reject events: dead-lettered or dropped, never received again.
	 * @param lockTokens the lock tokens of the events
	 * @return what became of each token
	 * @throws EventGridException if the service refused the request
	 */
	public LockTokenResult reject(Collection<String> lockTokens) {
		return block(this.reactive.reject(lockTokens));
	}

	/**
	 * Renew the locks of events.
	 * @param lockTokens the lock tokens of the events
	 * @return what became of each token
	 * @throws EventGridException if the service refused the request
	 */
	public LockTokenResult renewLocks(Collection<String> lockTokens) {
		return block(this.reactive.renewLocks(lockTokens));
	}

	private static <T> T block(Mono<T> operation) {
		T result = operation.block();
		Assert.state(result != null, "The operation completed without a result");
		return result;
	}

	@Override
	public String toString() {
		return "EventGridReceiver[" + this.reactive + "]";
	}

}
