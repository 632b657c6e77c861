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

import java.util.ArrayList;
import java.util.List;

import dev.eventgrid.samples.Sample;
import dev.eventgrid.samples.SampleOutput;
import dev.eventgrid.spring.core.ReactiveEventGridOperations;
import dev.eventgrid.spring.core.SendResult;
import dev.eventgrid.spring.event.CloudEvent;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Publishes a stream of events without blocking, through
 * {@link ReactiveEventGridOperations}. Each request is filled as events arrive and sent
 * when full or when the stream ends, with backpressure; the {@code Mono} completes when
 * Event Grid has accepted every event. A WebFlux application returns that {@code Mono};
 * the sample blocks on it only because it runs from the command line. Mirrors the Python
 * sample {@code sample_publish_events_using_cloud_events_1.0_schema_async.py}.
 * <p>
 * Against Azure, set {@code EVENTGRID_ENDPOINT} and {@code EVENTGRID_KEY} to a topic
 * created with the CloudEvents schema.
 *
 * @author Event Grid for Spring Boot team
 */
@Component
@Order(150)
class PublishReactivelySample implements Sample {

	private final ReactiveEventGridOperations eventGrid;

	private final SampleOutput output;

	PublishReactivelySample(ReactiveEventGridOperations eventGrid, SampleOutput output) {
		this.eventGrid = eventGrid;
		this.output = output;
	}

	@Override
	public String name() {
		return "reactive";
	}

	@Override
	public String description() {
		return "Publish a stream of events with the reactive template";
	}

	@Override
	public void run() {
		List<CloudEvent> sent = new ArrayList<>();
		Flux<CloudEvent> events = Flux.range(1, 5)
			.map((i) -> CloudEvent.builder()
				.source("/contoso/warehouse/scanners")
				.type("Contoso.Warehouse.ItemScanned")
				.data(new ItemReceived("SKU-1100" + i, 1, "dock-11"))
				.build())
			.doOnNext(sent::add);
		Mono<SendResult> result = this.eventGrid.send(events);
		this.output.sent(result.blockOptional().orElseThrow(), sent);
	}

}
