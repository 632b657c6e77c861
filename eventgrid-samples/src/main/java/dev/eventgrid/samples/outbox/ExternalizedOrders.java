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

package dev.eventgrid.samples.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import dev.eventgrid.spring.core.SendResult;

import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.EventExternalized;
import org.springframework.stereotype.Component;

/**
 * Follows Spring Modulith's {@link EventExternalized} events, published once Event Grid
 * has accepted an {@link OrderPlaced} and its publication was completed, so that the
 * sample can wait for its orders and tell what an earlier run had left outstanding.
 *
 * @author Event Grid for Spring Boot team
 */
@Component
class ExternalizedOrders {

	private final Map<String, CompletableFuture<Accepted>> accepted = new ConcurrentHashMap<>();

	@EventListener
	void externalized(EventExternalized<OrderPlaced, SendResult> externalized) {
		OrderPlaced order = externalized.getEvent();
		SendResult result = externalized.getBrokerResult();
		if (result != null) {
			acceptance(order.orderId()).complete(new Accepted(order, result));
		}
	}

	/**
	 * Return a future completed when Event Grid has accepted an order's event, which may
	 * have happened already.
	 * @param orderId the order
	 * @return the future of the accepted event
	 */
	CompletableFuture<Accepted> acceptance(String orderId) {
		return this.accepted.computeIfAbsent(orderId, (id) -> new CompletableFuture<>());
	}

	/**
	 * Stop following an order.
	 * @param orderId the order
	 */
	void forget(String orderId) {
		this.accepted.remove(orderId);
	}

	/**
	 * Return, and forget, the events accepted that no one waits for: those an earlier run
	 * of the application had left outstanding, sent again at startup.
	 * @return the accepted events
	 */
	List<Accepted> takeUnclaimed() {
		List<Accepted> taken = new ArrayList<>();
		this.accepted.forEach((orderId, future) -> {
			Accepted accepted = future.getNow(null);
			if (accepted != null && this.accepted.remove(orderId, future)) {
				taken.add(accepted);
			}
		});
		return taken;
	}

	record Accepted(OrderPlaced order, SendResult result) {
	}

}
