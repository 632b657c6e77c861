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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.common.KeyValues;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import org.jspecify.annotations.Nullable;

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

	/**
	 * The most tag sets whose counters are kept: publishers times outcomes and error
	 * types stay far below it.
	 */
	private static final int MAX_CACHED_TAG_SETS = 256;

	private final MeterRegistry meterRegistry;

	private final Map<KeyValues, SendCounters> counters = new ConcurrentHashMap<>();

	/**
	 * Create a handler registering meters in the given registry.
	 * @param meterRegistry the registry
	 */
	public EventGridSendMetricsHandler(MeterRegistry meterRegistry) {
		this.meterRegistry = meterRegistry;
	}

	@Override
	public void onStop(EventGridSenderContext context) {
		counters(context.getLowCardinalityKeyValues()).record(context);
	}

	private SendCounters counters(KeyValues keyValues) {
		SendCounters counters = this.counters.get(keyValues);
		if (counters == null) {
			counters = new SendCounters(this.meterRegistry, keyValues);
			if (this.counters.size() < MAX_CACHED_TAG_SETS) {
				this.counters.put(keyValues, counters);
			}
		}
		return counters;
	}

	@Override
	public boolean supportsContext(Observation.Context context) {
		return context instanceof EventGridSenderContext;
	}

	/**
	 * The counters of one tag set, looked up once rather than on every send.
	 */
	private static final class SendCounters {

		private final Counter eventsSent;

		private final Counter eventsFailed;

		private final Counter bytesSent;

		private final Counter requests;

		private final Counter retries;

		SendCounters(MeterRegistry registry, KeyValues keyValues) {
			List<Tag> tags = new ArrayList<>();
			keyValues.forEach((keyValue) -> tags.add(Tag.of(keyValue.getKey(), keyValue.getValue())));
			Tags all = Tags.of(tags);
			this.eventsSent = counter(registry, "eventgrid.events.sent", "Events Event Grid accepted", null, all);
			this.eventsFailed = counter(registry, "eventgrid.events.failed", "Events Event Grid did not accept", null,
					all);
			this.bytesSent = counter(registry, "eventgrid.bytes.sent", "Bytes of the accepted request bodies", "bytes",
					all);
			this.requests = counter(registry, "eventgrid.requests", "Publish requests", null, all);
			this.retries = counter(registry, "eventgrid.retries", "Retried publish attempts", null, all);
		}

		void record(EventGridSenderContext context) {
			increment(this.eventsSent, context.getAcceptedEvents());
			increment(this.eventsFailed, context.getFailedEvents());
			increment(this.bytesSent, context.getBytes());
			increment(this.requests, context.getRequests());
			increment(this.retries, context.getRetries());
		}

		private static void increment(Counter counter, long amount) {
			if (amount > 0) {
				counter.increment(amount);
			}
		}

		private static Counter counter(MeterRegistry registry, String name, String description, @Nullable String unit,
				Tags tags) {
			return Counter.builder(name).description(description).baseUnit(unit).tags(tags).register(registry);
		}

	}

}
