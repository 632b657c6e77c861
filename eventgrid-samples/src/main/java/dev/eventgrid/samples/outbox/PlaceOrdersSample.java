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

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.eventgrid.samples.Sample;
import dev.eventgrid.samples.SampleOutput;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Places orders through {@link OrderService}, which saves each order and publishes its
 * {@link OrderPlaced} in one transaction: Spring Modulith's event publication registry
 * stores the event with the order (in an H2 database file here; PostgreSQL in
 * production), and Event Grid's externalizer sends it after the commit, completing the
 * publication only once Event Grid has accepted it. An order over the credit limit is
 * rolled back, and its event is never sent. Events left outstanding by a crash are sent
 * when the application starts again.
 *
 * @author Event Grid for Spring Boot team
 */
@Component
@Order(170)
class PlaceOrdersSample implements Sample {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final OrderService orders;

	private final ExternalizedOrders externalized;

	private final SampleOutput output;

	PlaceOrdersSample(OrderService orders, ExternalizedOrders externalized, SampleOutput output) {
		this.orders = orders;
		this.externalized = externalized;
		this.output = output;
	}

	@Override
	public String name() {
		return "outbox";
	}

	@Override
	public String description() {
		return "Save an order and publish OrderPlaced in one transaction (Spring Modulith's transactional outbox)";
	}

	@Override
	public void run() {
		reportEarlierRuns();
		Map<String, OrderPlaced> placed = new LinkedHashMap<>();
		place(placed, "Fabrikam", "42.50");
		place(placed, "Northwind", "5000.00");
		place(placed, "Contoso", "99.90");
		placed.forEach((orderId, order) -> this.output.sent(awaitAcceptance(orderId).result(), order));
	}

	private void place(Map<String, OrderPlaced> placed, String customer, String amount) {
		BigDecimal value = new BigDecimal(amount);
		try {
			String orderId = this.orders.place(customer, value);
			placed.put(orderId, new OrderPlaced(orderId, customer, value));
			this.output.note("committed order " + orderId + " of " + customer + " (" + amount
					+ "): OrderPlaced stored with it, to be sent after the commit");
		}
		catch (CreditLimitExceededException ex) {
			this.output.note("rolled back the order of " + customer + " (" + ex.getMessage()
					+ "): its OrderPlaced was rolled back with it and is never sent");
		}
	}

	private ExternalizedOrders.Accepted awaitAcceptance(String orderId) {
		try {
			return this.externalized.acceptance(orderId).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException | ExecutionException ex) {
			throw new IllegalStateException("The OrderPlaced of " + orderId + " was not accepted within " + TIMEOUT
					+ "; it stays in the event publication registry and is sent again at the next start", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for the OrderPlaced of " + orderId, ex);
		}
		finally {
			this.externalized.forget(orderId);
		}
	}

	private void reportEarlierRuns() {
		for (ExternalizedOrders.Accepted earlier : this.externalized.takeUnclaimed()) {
			this.output.note("an earlier run left the OrderPlaced of " + earlier.order().orderId()
					+ " outstanding: sent again at startup");
			this.output.sent(earlier.result(), earlier.order());
		}
	}

}
