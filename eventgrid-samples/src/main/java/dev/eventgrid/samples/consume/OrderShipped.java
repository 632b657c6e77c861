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

package dev.eventgrid.samples.consume;

/**
 * The payload the Storage Queue sample sends with {@code convertAndSend}: an order left
 * the warehouse.
 *
 * @param orderId the order number
 * @param carrier who carries the parcel
 * @param trackingNumber the carrier's tracking number
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public record OrderShipped(String orderId, String carrier, String trackingNumber) {

	/**
	 * The CloudEvents {@code type} {@code convertAndSend} gives it:
	 * {@code eventgrid.cloud-event.type-prefix} followed by the class name.
	 */
	public static final String TYPE = "com.contoso.orders.OrderShipped";

}
