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

package dev.eventgrid.samples.tracing;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import dev.eventgrid.spring.event.CloudEvent;
import dev.eventgrid.spring.listener.EventGridListener;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Receives the events the tracing sample follows. The library runs each listener call in
 * a consumer span that continues the trace of the CloudEvent's {@code traceparent}
 * extension attribute, so the method's log lines carry the publisher's trace id.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@Component
public class PickingListener {

	private static final Log logger = LogFactory.getLog(PickingListener.class);

	private final Tracer tracer;

	private final BlockingQueue<Picked> picked = new LinkedBlockingQueue<>(100);

	PickingListener(Tracer tracer) {
		this.tracer = tracer;
	}

	@EventGridListener(eventTypes = ItemPicked.TYPE)
	void itemPicked(CloudEvent event) {
		logger.info("Picked " + event.data(ItemPicked.class));
		TraceContext current = this.tracer.currentTraceContext().context();
		this.picked.offer(new Picked(event, String.valueOf(event.getExtension("traceparent")),
				(current != null) ? current.traceId() : null, (current != null) ? current.spanId() : null));
	}

	/**
	 * Wait for the next event.
	 * @param timeout how long to wait at most
	 * @return what the listener saw, or {@code null} if nothing arrived in time
	 */
	@Nullable Picked next(Duration timeout) {
		try {
			return this.picked.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	/**
	 * Forget what arrived and was not taken.
	 */
	void clear() {
		this.picked.clear();
	}

	/**
	 * What the listener saw of one event.
	 *
	 * @param event the event
	 * @param traceparent the event's {@code traceparent} extension attribute
	 * @param traceId the trace of the span the listener ran in
	 * @param spanId the span the listener ran in
	 */
	record Picked(CloudEvent event, String traceparent, @Nullable String traceId, @Nullable String spanId) {

	}

}
