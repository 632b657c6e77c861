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

package dev.eventgrid.samples.publish;

import java.math.BigDecimal;

/**
 * A payload that {@code convertAndSend} wraps in a CloudEvent: the application's own
 * type, knowing nothing of Event Grid.
 *
 * @param orderId the order number
 * @param customer who placed the order
 * @param total the order total
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public record OrderPlaced(String orderId, String customer, BigDecimal total) {

}
