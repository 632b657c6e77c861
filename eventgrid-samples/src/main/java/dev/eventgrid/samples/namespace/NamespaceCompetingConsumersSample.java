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
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;

import dev.eventgrid.samples.Sample;
import dev.eventgrid.samples.SampleOutput;
import dev.eventgrid.samples.SampleSkippedException;
import dev.eventgrid.spring.core.EventGridOperations;
import dev.eventgrid.spring.core.SendResult;
import dev.eventgrid.spring.event.CloudEvent;
import dev.eventgrid.spring.namespace.EventGridReceiver;
import dev.eventgrid.spring.namespace.EventGridReceivers;
import dev.eventgrid.spring.namespace.ReceivedEvent;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Competing consumers with pull delivery: publishes 20 parcels to the namespace topic,
 * and two consumers, each on its own thread, receive from the one {@code labelling}
 * subscription in batches of up to 5 and acknowledge what they processed. A received
 * event is locked to the consumer that received it, so each parcel is processed by
 * exactly one of them. In an application, each consumer is a listener container (or an
 * instance of the application) on the same subscription. Against Azure, set
 * {@code eventgrid.receivers.labelling.*}.
 *
 * @author Event Grid for Spring Boot team
 */
@Component
@Order(217)
class NamespaceCompetingConsumersSample implements Sample {

	static final String RECEIVER = "labelling";

	/**
	 * The type of the events, which the subscription filters on.
	 */
	static final String TYPE = "com.contoso.orders.ParcelLabelled";

	static final int PARCELS = 20;

	private static final int BATCH = 5;

	private static final Duration WAIT = Duration.ofSeconds(10);

	private final EventGridOperations eventGrid;

	private final ObjectProvider<EventGridReceivers> receivers;

	private final SampleOutput output;

	NamespaceCompetingConsumersSample(EventGridOperations eventGrid, ObjectProvider<EventGridReceivers> receivers,
			SampleOutput output) {
		this.eventGrid = eventGrid;
		this.receivers = receivers;
		this.output = output;
	}

	@Override
	public String name() {
		return "namespace-competing-consumers";
	}

	@Override
	public String description() {
		return "Two consumers share one namespace subscription: each event is processed by exactly one of them";
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
					+ "eventgrid.receivers.labelling.endpoint, .topic, .subscription and .key");
		}
		SendResult sent = this.eventGrid.send("namespace",
				IntStream.rangeClosed(1, PARCELS)
					.mapToObj((i) -> CloudEvent.builder()
						.id("parcel-" + i)
						.source("/warehouse")
						.type(TYPE)
						.data(Map.of("parcel", i))
						.build())
					.toList());
		this.output.line("sent " + sent.eventCount() + " parcels to the namespace topic");
		Map<String, String> processedBy = new ConcurrentHashMap<>();
		List<String> duplicates = new ArrayList<>();
		// The barrier only makes the two consumers take turns, so that both get a share
		// of
		// so few events; real consumers receive whenever they are ready.
		CyclicBarrier turns = new CyclicBarrier(2);
		ExecutorService executor = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> consumers = new ArrayList<>();
			for (String consumer : List.of("consumer-1", "consumer-2")) {
				EventGridReceiver receiver = available.getReceiver(RECEIVER);
				consumers.add(executor.submit(() -> consume(consumer, receiver, turns, processedBy, duplicates)));
			}
			for (Future<Integer> consumer : consumers) {
				consumer.get(30, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while the consumers ran", ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("A consumer failed: " + ex.getMessage(), ex);
		}
		finally {
			executor.shutdownNow();
		}
		long first = processedBy.values().stream().filter("consumer-1"::equals).count();
		long second = processedBy.values().stream().filter("consumer-2"::equals).count();
		this.output.line("consumer-1 processed " + first + " parcels, consumer-2 " + second + "; " + processedBy.size()
				+ " of " + PARCELS + " processed, " + duplicates.size() + " twice");
		if (processedBy.size() != PARCELS) {
			throw new IllegalStateException(
					"Only " + processedBy.size() + " of " + PARCELS + " parcels were processed");
		}
	}

	private int consume(String consumer, EventGridReceiver receiver, CyclicBarrier turns,
			Map<String, String> processedBy, List<String> duplicates)
			throws InterruptedException, BrokenBarrierException, TimeoutException {
		int processed = 0;
		while (processedBy.size() < PARCELS) {
			List<ReceivedEvent> received = receiver.receive(BATCH, WAIT);
			for (ReceivedEvent event : received) {
				if (processedBy.putIfAbsent(event.event().getId(), consumer) != null) {
					synchronized (duplicates) {
						duplicates.add(event.event().getId());
					}
				}
			}
			Set<String> ids = new TreeSet<>(received.stream().map((event) -> event.event().getId()).toList());
			this.output.line(consumer + " received " + received.size() + " (" + String.join(", ", ids)
					+ "), locked to it; acknowledged");
			receiver.acknowledge(received.stream().map(ReceivedEvent::lockToken).toList());
			processed += received.size();
			turns.await(2 * WAIT.toSeconds(), TimeUnit.SECONDS);
		}
		return processed;
	}

}
