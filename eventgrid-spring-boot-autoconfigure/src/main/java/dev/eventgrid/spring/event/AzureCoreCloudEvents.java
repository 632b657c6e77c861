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

package dev.eventgrid.spring.event;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.util.Assert;

/**
 * Converts between azure-core's {@link com.azure.core.models.CloudEvent} and ours. Each
 * direction goes through the CloudEvents JSON that the source writes and the target
 * reads, so nothing the Azure SDKs would send is lost or changed. Needs
 * {@code azure-core} on the class path.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public final class AzureCoreCloudEvents {

	private AzureCoreCloudEvents() {
	}

	/**
	 * Convert an azure-core CloudEvent to ours.
	 * @param event the azure-core event
	 * @return the equivalent event
	 * @throws InvalidEventException if the event is not a valid CloudEvent
	 */
	public static CloudEvent toCloudEvent(com.azure.core.models.CloudEvent event) {
		Assert.notNull(event, "'event' must not be null");
		try {
			return CloudEvent.fromJson(event.toJsonString()).get(0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the azure-core CloudEvent as JSON", ex);
		}
	}

	/**
	 * Convert our CloudEvent to azure-core's.
	 * @param event our event
	 * @return the equivalent azure-core event
	 */
	public static com.azure.core.models.CloudEvent fromCloudEvent(CloudEvent event) {
		Assert.notNull(event, "'event' must not be null");
		List<com.azure.core.models.CloudEvent> events = com.azure.core.models.CloudEvent.fromString(event.toJson());
		return events.get(0);
	}

}
