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

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.observation.transport.Kind;
import io.micrometer.observation.transport.SenderContext;
import org.jspecify.annotations.Nullable;

/**
 * {@link SenderContext} of a send through an Event Grid template. Its carrier collects
 * the trace context (W3C {@code traceparent} and {@code tracestate}) that the request
 * headers and the CloudEvents of the send carry; the publisher records what each request
 * did.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public class EventGridSenderContext extends SenderContext<Map<String, String>> {

	private final String beanName;

	private final String publisher;

	private final String destination;

	private final String schema;

	private final AtomicInteger acceptedEvents = new AtomicInteger();

	private final AtomicInteger failedEvents = new AtomicInteger();

	private final AtomicInteger requests = new AtomicInteger();

	private final AtomicInteger attempts = new AtomicInteger();

	private final AtomicLong bytes = new AtomicLong();

	/**
	 * Create a context for one send.
	 * @param beanName the name of the template bean
	 * @param publisher the name of the publisher
	 * @param destination the topic or domain the publisher sends to
	 * @param schema the publisher's schema
	 */
	public EventGridSenderContext(String beanName, String publisher, String destination, String schema) {
		super((carrier, key, value) -> {
			if (carrier != null) {
				carrier.put(key, value);
			}
		}, Kind.PRODUCER);
		setCarrier(new HashMap<>());
		this.beanName = beanName;
		this.publisher = publisher;
		this.destination = destination;
		this.schema = schema;
		setRemoteServiceName("Azure Event Grid");
	}

	/**
	 * Record one request of the send, accepted or not.
	 * @param events the events the request carried
	 * @param size the size of its body, in bytes
	 * @param attempts how many attempts it took
	 * @param accepted whether Event Grid accepted it
	 */
	public void recordRequest(int events, long size, int attempts, boolean accepted) {
		this.requests.incrementAndGet();
		this.attempts.addAndGet(attempts);
		if (accepted) {
			this.acceptedEvents.addAndGet(events);
			this.bytes.addAndGet(size);
		}
		else {
			this.failedEvents.addAndGet(events);
		}
	}

	/**
	 * Return the trace context to send, as header names and values.
	 * @return the trace context, empty when no tracer is active
	 */
	public Map<String, String> getTraceContext() {
		Map<String, String> carrier = getCarrier();
		return (carrier != null) ? carrier : Map.of();
	}

	public String getBeanName() {
		return this.beanName;
	}

	public String getPublisher() {
		return this.publisher;
	}

	public String getDestination() {
		return this.destination;
	}

	public String getSchema() {
		return this.schema;
	}

	public int getAcceptedEvents() {
		return this.acceptedEvents.get();
	}

	public int getFailedEvents() {
		return this.failedEvents.get();
	}

	public int getRequests() {
		return this.requests.get();
	}

	public int getAttempts() {
		return this.attempts.get();
	}

	/**
	 * Return how many attempts were retries.
	 * @return the retries
	 */
	public int getRetries() {
		return Math.max(0, this.attempts.get() - this.requests.get());
	}

	public long getBytes() {
		return this.bytes.get();
	}

	/**
	 * Return the simple class name of the error that ended the send.
	 * @return the error type, or {@code null} if the send succeeded
	 */
	public @Nullable String getErrorType() {
		Throwable error = getError();
		return (error != null) ? error.getClass().getSimpleName() : null;
	}

}
