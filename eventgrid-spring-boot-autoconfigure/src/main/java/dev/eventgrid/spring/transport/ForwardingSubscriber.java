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

import org.jspecify.annotations.Nullable;
import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Operators;
import reactor.util.context.Context;

/**
 * A subscriber that stands between a source and its subscriber, passing the
 * subscription's requests and cancellation up and leaving the signals to its subclasses,
 * which pass them down as they decide. The base of the transport's two operators: the
 * deadline of a request and the accounting of a body's writes.
 *
 * @param <T> the type of the values
 * @author Event Grid for Spring Boot team
 */
abstract class ForwardingSubscriber<T> implements CoreSubscriber<T>, Subscription {

	/**
	 * The subscriber the signals go to.
	 */
	protected final CoreSubscriber<? super T> actual;

	private volatile @Nullable Subscription upstream;

	ForwardingSubscriber(CoreSubscriber<? super T> actual) {
		this.actual = actual;
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
	public void request(long n) {
		Subscription upstream = this.upstream;
		if (upstream != null) {
			upstream.request(n);
		}
	}

	@Override
	public void cancel() {
		cancelUpstream();
	}

	/**
	 * Cancel the subscription to the source, if there is one yet.
	 */
	protected final void cancelUpstream() {
		Subscription upstream = this.upstream;
		if (upstream != null) {
			upstream.cancel();
		}
	}

}
