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

import java.util.Map;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.util.Assert;

/**
 * The blocking implementation of {@link EventGridOperations}, over a
 * {@link ReactiveEventGridOperations}. Each call blocks until the send completes, so it
 * refuses to run on a non-blocking thread, such as a WebFlux handler's: use
 * {@link ReactiveEventGridTemplate} there.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public class EventGridTemplate implements EventGridOperations {

	private final ReactiveEventGridOperations reactive;

	/**
	 * Create a template sending through the given reactive operations.
	 * @param reactive the reactive operations
	 */
	public EventGridTemplate(ReactiveEventGridOperations reactive) {
		Assert.notNull(reactive, "'reactive' must not be null");
		this.reactive = reactive;
	}

	/**
	 * Return the reactive operations this template sends through.
	 * @return the reactive operations
	 */
	public ReactiveEventGridOperations getReactiveOperations() {
		return this.reactive;
	}

	@Override
	public SendResult send(Object event) {
		return block(this.reactive.send(event));
	}

	@Override
	public SendResult send(Iterable<?> events) {
		return block(this.reactive.send(events));
	}

	@Override
	public SendResult send(String publisher, Object event) {
		return block(this.reactive.send(publisher, event));
	}

	@Override
	public SendResult send(String publisher, Iterable<?> events) {
		return block(this.reactive.send(publisher, events));
	}

	@Override
	public SendResult convertAndSend(Object payload) {
		return block(this.reactive.convertAndSend(payload));
	}

	@Override
	public SendResult convertAndSend(String publisher, Object payload) {
		return block(this.reactive.convertAndSend(publisher, payload));
	}

	@Override
	public SendResult convertAndSend(String publisher, Object payload, Map<String, ?> headers) {
		return block(this.reactive.convertAndSend(publisher, payload, headers));
	}

	private static SendResult block(Mono<SendResult> result) {
		// Why before block(): Reactor's own refusal names block(), not what to use
		// instead.
		if (Schedulers.isInNonBlockingThread()) {
			throw new IllegalStateException("EventGridTemplate blocks until Event Grid answers, which thread '"
					+ Thread.currentThread().getName() + "' must not do: it is a non-blocking thread, such as a "
					+ "WebFlux handler's. Inject ReactiveEventGridTemplate (ReactiveEventGridOperations) there and "
					+ "return its Mono<SendResult>.");
		}
		SendResult sent = result.block();
		Assert.state(sent != null, "Send completed without a result");
		return sent;
	}

}
