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

package dev.eventgrid.samples.namespace;

import java.time.Duration;
import java.util.List;

import dev.eventgrid.samples.Sample;
import dev.eventgrid.samples.SampleOutput;
import dev.eventgrid.samples.SampleSkippedException;
import dev.eventgrid.spring.core.EventGridOperations;
import dev.eventgrid.spring.core.SendResult;
import dev.eventgrid.spring.namespace.EventGridReceiver;
import dev.eventgrid.spring.namespace.EventGridReceivers;
import dev.eventgrid.spring.namespace.LockTokenResult;
import dev.eventgrid.spring.namespace.ReceivedEvent;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Publishes CloudEvents to an Event Grid namespace topic through the template (publisher
 * {@code namespace}, with {@code namespace-topic: orders}), then receives them from the
 * topic's queue subscription with the {@code workers} receiver and acknowledges them.
 * Against the emulator, both are connected to its {@code contoso} namespace; against
 * Azure, set {@code EVENTGRID_PUBLISHERS_NAMESPACE_ENDPOINT} and its key, and
 * {@code eventgrid.receivers.workers.endpoint}, {@code .topic}, {@code .subscription} and
 * {@code .key}.
 *
 * @author Event Grid for Spring Boot team
 */
@Component
@Order(215)
class NamespacePullDeliverySample implements Sample {

	static final String RECEIVER = "workers";

	private static final Duration WAIT = Duration.ofSeconds(10);

	private final EventGridOperations eventGrid;

	private final ObjectProvider<EventGridReceivers> receivers;

	private final SampleOutput output;

	NamespacePullDeliverySample(EventGridOperations eventGrid, ObjectProvider<EventGridReceivers> receivers,
			SampleOutput output) {
		this.eventGrid = eventGrid;
		this.receivers = receivers;
		this.output = output;
	}

	@Override
	public String name() {
		return "namespace-pull";
	}

	@Override
	public String description() {
		return "Publish to an Event Grid namespace topic, receive from its subscription and acknowledge";
	}

	@Override
	public String publisher() {
		return "namespace";
	}

	@Override
	public void run() {
		EventGridReceivers available = this.receivers.getIfAvailable();
		if (available == null || !available.getNames().contains(RECEIVER)) {
			throw new SampleSkippedException("needs a receiver of the namespace topic's queue subscription: set "
					+ "eventgrid.receivers.workers.endpoint, .topic, .subscription and .key");
		}
		// Not SampleOutput.sent(...): the samples count the events the emulator's topics
		// received, and a namespace topic is not one of them.
		SendResult sent = this.eventGrid.convertAndSend("namespace",
				new OrderPacked("A-1001", List.of("umbrella", "boots")));
		this.output
			.line("sent " + sent.eventCount() + " event to the namespace topic in " + sent.requestCount() + " request");
		EventGridReceiver receiver = available.getReceiver(RECEIVER);
		List<ReceivedEvent> received = receiver.receive(10, WAIT);
		for (ReceivedEvent event : received) {
			this.output.line("received " + event.event().getType() + " id=" + event.event().getId()
					+ ", delivery count " + event.deliveryCount() + ", locked to this receiver");
		}
		if (received.isEmpty()) {
			throw new IllegalStateException("The subscription gave no event within " + WAIT);
		}
		LockTokenResult result = receiver.acknowledge(received.stream().map(ReceivedEvent::lockToken).toList());
		this.output.line("acknowledged " + result.succeededLockTokens().size() + " of " + received.size()
				+ " events; failed: " + result.failedLockTokens());
	}

	/**
	 * The data of the event the sample publishes.
	 *
	 * @param orderId the order
	 * @param items what was packed
	 */
	record OrderPacked(String orderId, List<String> items) {

	}

}
