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
import dev.eventgrid.spring.event.CloudEvent;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Publishes a CloudEvent to a channel of a partner namespace, the way a SaaS partner
 * delivers events into its customers' Azure subscriptions: the publisher's
 * {@code channel-name} is sent in the {@code aeg-channel-name} header, and Event Grid
 * routes the event to that channel's partner topic. Mirrors the Python sample
 * {@code sample_publish_to_channel.py}.
 * <p>
 * Against Azure, set {@code EVENTGRID_PUBLISHERS_PARTNER_ENDPOINT} and
 * {@code EVENTGRID_PUBLISHERS_PARTNER_KEY} to a partner namespace, and
 * {@code EVENTGRID_PUBLISHERS_PARTNER_CHANNELNAME} to one of its channels.
 *
 * @author Event Grid for Spring Boot team
 */
@Component
@Order(140)
class PublishToPartnerChannelSample implements Sample {

	private final EventGridOperations eventGrid;

	private final SampleOutput output;

	PublishToPartnerChannelSample(EventGridOperations eventGrid, SampleOutput output) {
		this.eventGrid = eventGrid;
		this.output = output;
	}

	@Override
	public String name() {
		return "partner-channel";
	}

	@Override
	public String description() {
		return "Publish a CloudEvent to a partner namespace channel";
	}

	@Override
	public String publisher() {
		return "partner";
	}

	@Override
	public void run() {
		CloudEvent event = CloudEvent.builder()
			.source("/contoso/warehouse")
			.type("Contoso.Warehouse.ItemReceived")
			.subject("dock-10")
			.data(new ItemReceived("SKU-10001", 9, "dock-10"))
			.build();
		SendResult result = this.eventGrid.send("partner", event);
		this.output.sent(result, event);
	}

}
