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
import java.util.Map;

import dev.eventgrid.samples.Sample;
import dev.eventgrid.samples.SampleOutput;
import dev.eventgrid.spring.core.EventGridOperations;
import dev.eventgrid.spring.core.SendResult;
import dev.eventgrid.spring.event.CloudEvent;
import dev.eventgrid.spring.event.system.SystemEventNames;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Publishes several events in one call. Event Grid accepts or rejects a request whole;
 * the template packs the events into as few requests as the 1 MB request limit allows
 * (here, one) and checks every event before the first request leaves. The events have the
 * type of a system event, as when simulating Blob Storage events in a custom topic to
 * test their handlers; {@link SystemEventNames} names every system event type. Mirrors
 * the Python samples {@code publish_cloud_events_to_custom_topic_sample.py} and
 * {@code publish_system_events_to_custom_topic.py}.
 * <p>
 * Against Azure, set {@code EVENTGRID_ENDPOINT} and {@code EVENTGRID_KEY} to a topic
 * created with the CloudEvents schema.
 *
 * @author Event Grid for Spring Boot team
 */
@Component
@Order(30)
class PublishEventBatchSample implements Sample {

	private final EventGridOperations eventGrid;

	private final SampleOutput output;

	PublishEventBatchSample(EventGridOperations eventGrid, SampleOutput output) {
		this.eventGrid = eventGrid;
		this.output = output;
	}

	@Override
	public String name() {
		return "batch";
	}

	@Override
	public String description() {
		return "Publish ten events in one call";
	}

	@Override
	public void run() {
		List<CloudEvent> events = new ArrayList<>();
		for (int i = 1; i <= 10; i++) {
			String url = "https://contoso.blob.core.windows.net/invoices/invoice-" + i + ".pdf";
			events.add(CloudEvent.builder()
				.source("/contoso/storage/invoices")
				.type(SystemEventNames.STORAGE_BLOB_CREATED)
				.subject("/blobServices/default/containers/invoices/blobs/invoice-" + i + ".pdf")
				.data(Map.<String, Object>of("api", "PutBlob", "blobType", "BlockBlob", "contentType",
						"application/pdf", "contentLength", 1024 * i, "url", url))
				.build());
		}
		SendResult result = this.eventGrid.send(events);
		this.output.sent(result, events);
	}

}
