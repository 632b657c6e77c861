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

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;

/**
 * Counts what each observed send did, beside the timer the observation itself makes:
 * {@code eventgrid.events.sent}, {@code eventgrid.events.failed},
 * {@code eventgrid.bytes.sent}, {@code eventgrid.requests} and {@code eventgrid.retries},
 * tagged with the observation's low cardinality tags.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public class EventGridSendMetricsHandler implements ObservationHandler<EventGridSenderContext> {

	private final MeterRegistry meterRegistry;

	/**
	 * Create a handler registering meters in the given registry.
	 * @param meterRegistry the registry
	 */
	public EventGridSendMetricsHandler(MeterRegistry meterRegistry) {
		this.meterRegistry = meterRegistry;
	}

	@Override
	public void onStop(EventGridSenderContext context) {
		Tags tags = Tags.empty();
		for (io.micrometer.common.KeyValue keyValue : context.getLowCardinalityKeyValues()) {
			tags = tags.and(keyValue.getKey(), keyValue.getValue());
		}
		count("eventgrid.events.sent", "Events Event Grid accepted", null, tags, context.getAcceptedEvents());
		count("eventgrid.events.failed", "Events Event Grid did not accept", null, tags, context.getFailedEvents());
		count("eventgrid.bytes.sent", "Bytes of the accepted request bodies", "bytes", tags, context.getBytes());
		count("eventgrid.requests", "Publish requests", null, tags, context.getRequests());
		count("eventgrid.retries", "Retried publish attempts", null, tags, context.getRetries());
	}

	private void count(String name, String description, String unit, Tags tags, double amount) {
		Counter.builder(name)
			.description(description)
			.baseUnit(unit)
			.tags(tags)
			.register(this.meterRegistry)
			.increment(amount);
	}

	@Override
	public boolean supportsContext(Observation.Context context) {
		return context instanceof EventGridSenderContext;
	}

}
