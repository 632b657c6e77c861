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

/**
 * Settles the events of one pull listener call by hand: declare a parameter of this type
 * on an {@link EventGridPullListener} method, and the container leaves the events of its
 * calls to it rather than acknowledging them when the call returns. It may be kept and
 * used after the call returns, while the locks last; events it never settles are
 * delivered again once their locks expire. When the call throws before it settled, the
 * error handler decides as usual. Each method waits for the service's answer: call it
 * from the listener's thread or another that may block, not from a Reactor Netty event
 * loop.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.2.0
 */
public interface EventGridAcknowledgement {

	/**
	 * Acknowledge the events: gone for every receiver.
	 * @return what became of each lock token
	 * @throws IllegalStateException if the events were already settled
	 */
	LockTokenResult acknowledge();

	/**
	 * Release the events, to be received again after a delay.
	 * @param delay the delay
	 * @return what became of each lock token
	 * @throws IllegalStateException if the events were already settled
	 */
	LockTokenResult release(ReleaseDelay delay);

	/**
	 * Reject the events: dead-lettered or dropped.
	 * @return what became of each lock token
	 * @throws IllegalStateException if the events were already settled
	 */
	LockTokenResult reject();

	/**
	 * Renew the locks of the events.
	 * @return what became of each lock token
	 */
	LockTokenResult renewLocks();

	/**
	 * Return whether the events were settled through this acknowledgement.
	 * @return whether they were
	 */
	boolean isSettled();

}
