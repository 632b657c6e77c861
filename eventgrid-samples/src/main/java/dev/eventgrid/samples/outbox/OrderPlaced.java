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

import org.springframework.modulith.events.Externalized;

/**
 * Published by {@link OrderService} when it saves an order. Spring Modulith stores the
 * event in the order's transaction, and Event Grid's externalizer sends it once that
 * transaction has committed: through the {@code default} publisher, with the subject
 * {@code orders/<orderId>}.
 *
 * @param orderId the order's id, also the CloudEvent's id
 * @param customer who placed the order
 * @param amount the order's amount
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@Externalized("default::#{'orders/' + orderId()}")
public record OrderPlaced(String orderId, String customer, BigDecimal amount) {

}
