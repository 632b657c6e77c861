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

package dev.eventgrid.spring.observation;

import java.util.Map;

import io.micrometer.observation.transport.Kind;
import io.micrometer.observation.transport.ReceiverContext;
import org.jspecify.annotations.Nullable;

/**
 * {@link ReceiverContext} of one call of an Event Grid listener. Its carrier is the W3C
 * trace context ({@code traceparent}, {@code tracestate}) of the delivered CloudEvent's
 * distributed-tracing extension attributes, so the consumer span continues the producer's
 * trace; events in Event Grid's schema carry none.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public class EventGridReceiverContext extends ReceiverContext<Map<String, String>> {

	private final String listenerId;

	private final String path;

	private final String eventType;

	private final String eventId;

	private final String schema;

	private final int eventCount;

	private final @Nullable String subscriptionName;

	private final int deliveryCount;

	private volatile @Nullable String outcome;

	/**
	 * Create a context for one listener call.
	 * @param traceContext the trace context the event carries, possibly empty
	 * @param listenerId the listener's id
	 * @param path the webhook path
	 * @param eventType the type of the (first) event
	 * @param eventId the id of the (first) event
	 * @param schema {@code event-grid-event} or {@code cloud-event}
	 * @param eventCount how many events the call hands over
	 * @param subscriptionName the delivering event subscription, or {@code null}
	 * @param deliveryCount how many attempts came before this one
	 */
	public EventGridReceiverContext(Map<String, String> traceContext, String listenerId, String path, String eventType,
			String eventId, String schema, int eventCount, @Nullable String subscriptionName, int deliveryCount) {
		super((carrier, key) -> (carrier != null) ? carrier.get(key) : null, Kind.CONSUMER);
		setCarrier(Map.copyOf(traceContext));
		setRemoteServiceName("Azure Event Grid");
		this.listenerId = listenerId;
		this.path = path;
		this.eventType = eventType;
		this.eventId = eventId;
		this.schema = schema;
		this.eventCount = eventCount;
		this.subscriptionName = subscriptionName;
		this.deliveryCount = deliveryCount;
	}

	public String getListenerId() {
		return this.listenerId;
	}

	public String getPath() {
		return this.path;
	}

	public String getEventType() {
		return this.eventType;
	}

	public String getEventId() {
		return this.eventId;
	}

	public String getSchema() {
		return this.schema;
	}

	public int getEventCount() {
		return this.eventCount;
	}

	public @Nullable String getSubscriptionName() {
		return this.subscriptionName;
	}

	public int getDeliveryCount() {
		return this.deliveryCount;
	}

	/**
	 * Return the simple class name of the error the listener ended with.
	 * @return the error type, or {@code null} if it succeeded
	 */
	public @Nullable String getErrorType() {
		Throwable error = getError();
		return (error != null) ? error.getClass().getSimpleName() : null;
	}

	/**
	 * Return how the events of the call were settled.
	 * @return {@code acknowledged}, {@code released}, {@code rejected} or {@code manual}
	 * (the listener settles by hand), or {@code null} if the transport does not settle (a
	 * webhook answers with a status)
	 */
	public @Nullable String getOutcome() {
		return this.outcome;
	}

	/**
	 * Set how the events of the call were settled, before the observation stops.
	 * @param outcome {@code acknowledged}, {@code released}, {@code rejected},
	 * {@code manual}, or {@code null}
	 */
	public void setOutcome(@Nullable String outcome) {
		this.outcome = outcome;
	}

}
