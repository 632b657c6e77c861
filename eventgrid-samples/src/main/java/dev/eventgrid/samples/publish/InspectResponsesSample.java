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

import dev.eventgrid.samples.Sample;
import dev.eventgrid.samples.SampleOutput;
import dev.eventgrid.spring.core.EventGridOperations;
import dev.eventgrid.spring.core.SendResult;
import dev.eventgrid.spring.event.EventGridEvent;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Looks at the raw HTTP response of a send, with the {@link ResponseHook} filter: its
 * status code and the {@code x-ms-request-id} that Azure support asks for. The
 * {@code SendResult} already says how many requests and attempts a send took; failures
 * carry the status, error code and request id in the exception. Mirrors the Python sample
 * {@code sample_use_raw_response_hook.py}.
 * <p>
 * Against Azure, set {@code EVENTGRID_PUBLISHERS_EG_ENDPOINT} and
 * {@code EVENTGRID_PUBLISHERS_EG_KEY} to a topic created with the Event Grid schema.
 *
 * @author Event Grid for Spring Boot team
 */
@Component
@Order(155)
class InspectResponsesSample implements Sample {

	private final EventGridOperations eventGrid;

	private final ResponseHook responseHook;

	private final SampleOutput output;

	InspectResponsesSample(EventGridOperations eventGrid, ResponseHook responseHook, SampleOutput output) {
		this.eventGrid = eventGrid;
		this.responseHook = responseHook;
		this.output = output;
	}

	@Override
	public String name() {
		return "response-hook";
	}

	@Override
	public String description() {
		return "Look at the HTTP response of a send";
	}

	@Override
	public String publisher() {
		return "eg";
	}

	@Override
	public void run() {
		this.responseHook.takeResponses();
		EventGridEvent event = EventGridEvent.builder()
			.subject("warehouse/dock-12")
			.eventType("Contoso.Warehouse.ItemReceived")
			.dataVersion("1.0")
			.data(new ItemReceived("SKU-12001", 1, "dock-12"))
			.build();
		SendResult result = this.eventGrid.send("eg", event);
		this.output.sent(result, event);
		this.responseHook.takeResponses().forEach((response) -> this.output.note("response: " + response));
	}

}
