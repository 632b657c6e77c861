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

package dev.eventgrid.samples.stream;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import java.util.function.Function;

import dev.eventgrid.samples.consume.OrderShipped;
import dev.eventgrid.spring.event.CloudEvent;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The functions Spring Cloud Stream binds ({@code spring.cloud.function.definition} in
 * {@code application.yml}), written as any Spring Cloud Stream application writes them.
 * Their input payloads, the bytes or text of the queue messages Event Grid wrote, become
 * a {@link CloudEvent} and an {@link OrderShipped} through the auto-configured
 * {@code EventGridMessageConverter}, which Spring Cloud Stream puts first among its
 * converters because it is a {@code MessageConverter} bean.
 *
 * @author Event Grid for Spring Boot team
 */
@Configuration(proxyBeanMethods = false)
class StreamFunctions {

	/**
	 * The messages {@link #orderEvents(BlockingQueue)} received, for the sample to show.
	 * @return the queue
	 */
	@Bean
	BlockingQueue<Message<CloudEvent>> receivedOrderEvents() {
		return new LinkedBlockingQueue<>();
	}

	/**
	 * Receive each event, typed, with the message's headers (for Service Bus, Event
	 * Grid's application properties such as {@code aeg-delivery-count}).
	 * @param received where the events go
	 * @return the consumer, bound to {@code orderEvents-in-0}
	 */
	@Bean
	Consumer<Message<CloudEvent>> orderEvents(BlockingQueue<Message<CloudEvent>> received) {
		return received::add;
	}

	/**
	 * Turn the data of each event into a shipping label, sent to the output binding.
	 * @return the function, bound to {@code shippingLabels-in-0} and
	 * {@code shippingLabels-out-0}
	 */
	@Bean
	Function<OrderShipped, String> shippingLabels() {
		return (order) -> order.carrier() + " " + order.trackingNumber() + " for order " + order.orderId();
	}

}
