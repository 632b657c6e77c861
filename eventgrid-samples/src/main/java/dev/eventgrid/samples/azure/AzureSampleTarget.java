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

package dev.eventgrid.samples.azure;

import java.util.Locale;

import dev.eventgrid.samples.Sample;
import dev.eventgrid.samples.SampleTarget;
import dev.eventgrid.spring.autoconfigure.EventGridPublisherProperties;
import dev.eventgrid.spring.event.EventSchema;
import org.jspecify.annotations.Nullable;

/**
 * Runs the samples whose publisher has an endpoint, and says which environment variables
 * would run the others.
 *
 * @author Event Grid for Spring Boot team
 */
class AzureSampleTarget implements SampleTarget {

	private final AzureConnectionDetails connectionDetails;

	AzureSampleTarget(AzureConnectionDetails connectionDetails) {
		this.connectionDetails = connectionDetails;
	}

	@Override
	public String describe() {
		EventGridPublisherProperties settings = this.connectionDetails
			.settings(AzureConnectionDetails.DEFAULT_PUBLISHER);
		return "Azure Event Grid at " + ((settings != null) ? settings.getEndpoint() : "?");
	}

	@Override
	public @Nullable String skipReason(Sample sample) {
		String publisher = sample.publisher();
		if (!this.connectionDetails.isParked(publisher)) {
			return null;
		}
		EventGridPublisherProperties settings = this.connectionDetails.settings(publisher);
		String kind = (settings != null) ? describe(settings) : "a topic";
		String variable = "EVENTGRID_PUBLISHERS_" + publisher.toUpperCase(Locale.ROOT);
		return "publisher '" + publisher + "' has no endpoint; set " + variable + "_ENDPOINT to " + kind + ", and "
				+ variable + "_KEY (or _SASTOKEN) unless you sign in for Entra ID";
	}

	private static String describe(EventGridPublisherProperties settings) {
		EventSchema configured = settings.getSchema();
		String schema = " with the " + ((configured != null) ? configured : EventSchema.CLOUD_EVENT).getId()
				+ " schema";
		if (settings.getDomainTopic() != null) {
			return "a domain" + schema;
		}
		if (settings.getChannelName() != null) {
			return "a partner namespace (channel " + settings.getChannelName() + ")";
		}
		return "a topic" + schema;
	}

}
