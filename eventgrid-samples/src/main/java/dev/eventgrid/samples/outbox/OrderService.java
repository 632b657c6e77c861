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
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places orders: saves the order and publishes {@link OrderPlaced} in one transaction.
 * The event is sent to Event Grid only if the transaction commits, and is sent again
 * after a crash until Event Grid has accepted it.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@Service
public class OrderService {

	/**
	 * The largest amount an order may have.
	 */
	public static final BigDecimal CREDIT_LIMIT = new BigDecimal("1000.00");

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	OrderService(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/**
	 * Save an order and publish its {@link OrderPlaced} event.
	 * @param customer who places the order
	 * @param amount the amount
	 * @return the id of the order
	 * @throws CreditLimitExceededException if the amount exceeds {@link #CREDIT_LIMIT};
	 * nothing is saved and nothing is sent
	 */
	@Transactional
	public String place(String customer, BigDecimal amount) {
		String orderId = "O-" + UUID.randomUUID().toString().substring(24);
		this.jdbc.sql("insert into orders (id, customer, amount) values (?, ?, ?)")
			.params(orderId, customer, amount)
			.update();
		this.events.publishEvent(new OrderPlaced(orderId, customer, amount));
		// why after publishing: the rollback must take the stored event with it.
		if (amount.compareTo(CREDIT_LIMIT) > 0) {
			throw new CreditLimitExceededException(customer, amount, CREDIT_LIMIT);
		}
		return orderId;
	}

}
