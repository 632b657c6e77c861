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
import java.util.ArrayList;
import java.util.List;

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.namespace.DeadLetteredCloudEvent;
import dev.eventgrid.emulator.namespace.EmulatedNamespace;
import dev.eventgrid.samples.Sample;
import dev.eventgrid.samples.SampleOutput;
import dev.eventgrid.samples.SampleSkippedException;
import dev.eventgrid.spring.core.EventGridOperations;
import dev.eventgrid.spring.core.SendResult;
import dev.eventgrid.spring.event.CloudEvent;
import dev.eventgrid.spring.namespace.EventGridReceiver;
import dev.eventgrid.spring.namespace.EventGridReceivers;
import dev.eventgrid.spring.namespace.ReactiveEventGridReceiver;
import dev.eventgrid.spring.namespace.ReceivedEvent;
import dev.eventgrid.spring.namespace.ReleaseDelay;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Failure and dead-lettering with pull delivery: publishes two invoices to the namespace
 * topic and reads them from the {@code invoicing} subscription (max delivery count 3).
 * Processing the first fails each time and the sample releases it, so it is delivered
 * again, until its third release dead-letters it; the second cannot ever be processed and
 * the sample rejects it, which dead-letters it at once. Against the emulator it then
 * prints the emulator's dead-letter records; against Azure, set
 * {@code eventgrid.receivers.invoicing.*} for a subscription whose max delivery count is
 * 3 and give it a dead-letter destination to find them there.
 *
 * @author Event Grid for Spring Boot team
 */
@Component
@Order(216)
class NamespaceDeadLetterSample implements Sample {

	static final String RECEIVER = "invoicing";

	/**
	 * The max delivery count of the subscription.
	 */
	static final int MAX_DELIVERIES = 3;

	/**
	 * The type of the events, which the subscription filters on.
	 */
	static final String TYPE = "com.contoso.orders.OrderInvoiced";

	private static final String MALFORMED = "invoices/malformed";

	private static final Duration WAIT = Duration.ofSeconds(10);

	private final EventGridOperations eventGrid;

	private final ObjectProvider<EventGridReceivers> receivers;

	private final ObjectProvider<EventGridEmulator> emulator;

	private final SampleOutput output;

	NamespaceDeadLetterSample(EventGridOperations eventGrid, ObjectProvider<EventGridReceivers> receivers,
			ObjectProvider<EventGridEmulator> emulator, SampleOutput output) {
		this.eventGrid = eventGrid;
		this.receivers = receivers;
		this.emulator = emulator;
		this.output = output;
	}

	@Override
	public String name() {
		return "namespace-dead-letter";
	}

	@Override
	public String description() {
		return "Release a failing event until its max delivery count dead-letters it; reject one that never can be "
				+ "processed";
	}

	@Override
	public String publisher() {
		return "namespace";
	}

	@Override
	public void run() {
		EventGridReceivers available = this.receivers.getIfAvailable();
		if (available == null || !available.getNames().contains(RECEIVER)) {
			throw new SampleSkippedException("needs a receiver of a queue subscription with max delivery count "
					+ MAX_DELIVERIES + ": set eventgrid.receivers.invoicing.endpoint, .topic, .subscription and .key");
		}
		SendResult sent = this.eventGrid.send("namespace", List.of(invoice(new OrderInvoiced("INV-7", "A-1001", false)),
				invoice(new OrderInvoiced("INV-8", "A-1002", true))));
		this.output.line("sent " + sent.eventCount() + " invoices to the namespace topic");
		EventGridReceiver receiver = available.getReceiver(RECEIVER);
		for (int round = 1; round <= MAX_DELIVERIES; round++) {
			List<ReceivedEvent> received = receiver.receive(10, WAIT);
			List<String> release = new ArrayList<>();
			List<String> reject = new ArrayList<>();
			for (ReceivedEvent event : received) {
				String invoice = event.event().getId();
				if (MALFORMED.equals(event.event().getSubject())) {
					// Never processable: reject it, and Event Grid dead-letters it at
					// once.
					this.output.line("delivery " + event.deliveryCount() + " of " + invoice + ": malformed, rejected");
					reject.add(event.lockToken());
				}
				else {
					// The billing system is down: release it to be delivered again.
					this.output.line(
							"delivery " + event.deliveryCount() + " of " + invoice + ": billing unavailable, released");
					release.add(event.lockToken());
				}
			}
			if (!reject.isEmpty()) {
				receiver.reject(reject);
			}
			if (!release.isEmpty()) {
				receiver.release(release, ReleaseDelay.NONE);
			}
		}
		printDeadLetters(available.getReactiveReceiver(RECEIVER));
	}

	private static CloudEvent invoice(OrderInvoiced invoice) {
		return CloudEvent.builder()
			.id(invoice.invoiceId())
			.source("/billing")
			.type(TYPE)
			.subject(invoice.malformed() ? MALFORMED : "invoices")
			.data(invoice)
			.build();
	}

	private void printDeadLetters(ReactiveEventGridReceiver receiver) {
		EventGridEmulator emulator = this.emulator.getIfAvailable();
		if (emulator == null) {
			this.output.line("both invoices are in the subscription's dead-letter destination");
			return;
		}
		for (EmulatedNamespace namespace : emulator.namespaces()) {
			if (namespace.topics().stream().noneMatch((topic) -> topic.name().equals(receiver.getTopic()))) {
				continue;
			}
			List<DeadLetteredCloudEvent> deadLetters;
			try {
				deadLetters = namespace.subscription(receiver.getTopic(), receiver.getSubscription())
					.awaitDeadLetteredEvents(2, Duration.ofSeconds(5));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for the dead-letter records", ex);
			}
			for (DeadLetteredCloudEvent deadLetter : deadLetters) {
				this.output.line("dead-lettered " + deadLetter.eventId() + " after " + deadLetter.deliveryAttempts()
						+ " deliveries: " + deadLetter.deadLetterReason() + " (" + deadLetter.deliveryResult() + ")");
			}
		}
	}

	/**
	 * The data of the events the sample publishes.
	 *
	 * @param invoiceId the invoice
	 * @param orderId the order
	 * @param malformed whether the invoice can never be processed
	 */
	record OrderInvoiced(String invoiceId, String orderId, boolean malformed) {

	}

}
