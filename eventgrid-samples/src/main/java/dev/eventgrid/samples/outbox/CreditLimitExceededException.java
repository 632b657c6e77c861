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

/**
 * Thrown when an order exceeds the credit limit; the order's transaction is rolled back,
 * and its {@link OrderPlaced} event with it.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public class CreditLimitExceededException extends RuntimeException {

	CreditLimitExceededException(String customer, BigDecimal amount, BigDecimal limit) {
		super("An order of " + amount + " by " + customer + " exceeds the credit limit of " + limit);
	}

}
