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

package dev.eventgrid.spring.autoconfigure.namespace;

import dev.eventgrid.spring.autoconfigure.EventGridPublisherProperties;
import org.jspecify.annotations.Nullable;

/**
 * Settings of one receiver of an Event Grid namespace topic's queue subscription.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.2.0
 */
public class EventGridReceiverProperties {

	/**
	 * Endpoint of the namespace, such as
	 * https://<namespace>.<region>-1.eventgrid.azure.net.
	 */
	private @Nullable String endpoint;

	/**
	 * Namespace topic whose events are received.
	 */
	private @Nullable String topic;

	/**
	 * Event subscription of the topic, in queue mode.
	 */
	private @Nullable String subscription;

	/**
	 * Access key of the namespace, sent as Authorization: SharedAccessKey.
	 */
	private @Nullable String key;

	/**
	 * Shared access signature, sent as aeg-sas-token.
	 */
	private @Nullable String sasToken;

	private final EventGridPublisherProperties.Credential credential = new EventGridPublisherProperties.Credential();

	public @Nullable String getEndpoint() {
		return this.endpoint;
	}

	public void setEndpoint(@Nullable String endpoint) {
		this.endpoint = endpoint;
	}

	public @Nullable String getTopic() {
		return this.topic;
	}

	public void setTopic(@Nullable String topic) {
		this.topic = topic;
	}

	public @Nullable String getSubscription() {
		return this.subscription;
	}

	public void setSubscription(@Nullable String subscription) {
		this.subscription = subscription;
	}

	public @Nullable String getKey() {
		return this.key;
	}

	public void setKey(@Nullable String key) {
		this.key = key;
	}

	public @Nullable String getSasToken() {
		return this.sasToken;
	}

	public void setSasToken(@Nullable String sasToken) {
		this.sasToken = sasToken;
	}

	public EventGridPublisherProperties.Credential getCredential() {
		return this.credential;
	}

	@Override
	public String toString() {
		return "EventGridReceiverProperties[endpoint=" + this.endpoint + ", topic=" + this.topic + ", subscription="
				+ this.subscription + ", key=" + ((this.key != null) ? "***" : "none") + ", sasToken="
				+ ((this.sasToken != null) ? "***" : "none") + "]";
	}

}
