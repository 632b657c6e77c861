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
import java.util.Map;

import dev.eventgrid.samples.Sample;
import dev.eventgrid.samples.SampleOutput;
import dev.eventgrid.spring.EventGridHeaders;
import dev.eventgrid.spring.core.EventGridOperations;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Sends the application's own objects with {@code convertAndSend}, which wraps each in an
 * event of the publisher's schema: here a CloudEvent whose {@code source} is
 * {@code eventgrid.cloud-event.source} and whose {@code type} is
 * {@code eventgrid.cloud-event.type-prefix} followed by the class name
 * ({@code com.contoso.orders.OrderPlaced}). {@link EventGridHeaders} set any attribute
 * per call, extension attributes included. This is the Spring way of publishing; the
 * Python library has no equivalent.
 * <p>
 * Against Azure, set {@code EVENTGRID_ENDPOINT} and {@code EVENTGRID_KEY} to a topic
 * created with the CloudEvents schema.
 *
 * @author Event Grid for Spring Boot team
 */
@Component
@Order(160)
class ConvertAndSendSample implements Sample {

	private final EventGridOperations eventGrid;

	private final SampleOutput output;

	ConvertAndSendSample(EventGridOperations eventGrid, SampleOutput output) {
		this.eventGrid = eventGrid;
		this.output = output;
	}

	@Override
	public String name() {
		return "convert-and-send";
	}

	@Override
	public String description() {
		return "Send the application's objects as CloudEvents with convertAndSend";
	}

	@Override
	public void run() {
		OrderPlaced order = new OrderPlaced("A-1001", "Fabrikam", new BigDecimal("42.50"));
		this.output.sent(this.eventGrid.convertAndSend(order), order);

		OrderPlaced rushOrder = new OrderPlaced("A-1002", "Northwind", new BigDecimal("99.90"));
		Map<String, Object> headers = Map.of(EventGridHeaders.SUBJECT, "orders/A-1002",
				EventGridHeaders.EXTENSION_PREFIX + "priority", "rush");
		this.output.sent(this.eventGrid.convertAndSend("default", rushOrder, headers), rushOrder);
	}

}
