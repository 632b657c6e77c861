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

package dev.eventgrid.spring;

/**
 * Names of the message headers the library reads when it wraps a payload as an event, and
 * writes when it turns a delivered event into a message. Headers with the
 * {@code eventgrid_} prefix are ours; the {@code aeg-} ones are the names Event Grid
 * itself uses on deliveries.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public final class EventGridHeaders {

	/**
	 * Prefix of the headers defined by this library.
	 */
	public static final String PREFIX = "eventgrid_";

	/**
	 * Event id: CloudEvent {@code id} or EventGridEvent {@code id}.
	 */
	public static final String ID = PREFIX + "id";

	/**
	 * CloudEvent {@code source}.
	 */
	public static final String SOURCE = PREFIX + "source";

	/**
	 * Event type: CloudEvent {@code type} or EventGridEvent {@code eventType}.
	 */
	public static final String TYPE = PREFIX + "type";

	/**
	 * Event subject: CloudEvent {@code subject} or EventGridEvent {@code subject}.
	 */
	public static final String SUBJECT = PREFIX + "subject";

	/**
	 * Event time ({@link java.time.OffsetDateTime} or RFC 3339 text): CloudEvent
	 * {@code time} or EventGridEvent {@code eventTime}.
	 */
	public static final String TIME = PREFIX + "time";

	/**
	 * CloudEvent {@code dataschema}.
	 */
	public static final String DATA_SCHEMA = PREFIX + "dataschema";

	/**
	 * CloudEvent {@code datacontenttype}.
	 */
	public static final String DATA_CONTENT_TYPE = PREFIX + "datacontenttype";

	/**
	 * EventGridEvent {@code dataVersion}.
	 */
	public static final String DATA_VERSION = PREFIX + "dataversion";

	/**
	 * EventGridEvent {@code topic}; when publishing to a domain, the domain topic.
	 */
	public static final String TOPIC = PREFIX + "topic";

	/**
	 * Prefix of headers that become CloudEvent extension attributes, such as
	 * {@code eventgrid_ext_tenant}.
	 */
	public static final String EXTENSION_PREFIX = PREFIX + "ext_";

	/**
	 * Event Grid delivery property: name of the event subscription that delivered the
	 * event.
	 */
	public static final String SUBSCRIPTION_NAME = "aeg-subscription-name";

	/**
	 * Event Grid delivery property: how many times delivery has been attempted.
	 */
	public static final String DELIVERY_COUNT = "aeg-delivery-count";

	/**
	 * Event Grid delivery property: {@code Notification}, {@code SubscriptionValidation}
	 * or {@code SubscriptionDeletion}.
	 */
	public static final String EVENT_TYPE = "aeg-event-type";

	/**
	 * Event Grid delivery property: metadata version of the delivered event.
	 */
	public static final String METADATA_VERSION = "aeg-metadata-version";

	/**
	 * Event Grid delivery property: data version of the delivered event.
	 */
	public static final String AEG_DATA_VERSION = "aeg-data-version";

	/**
	 * Event Grid delivery property: id of the delivered event.
	 */
	public static final String OUTPUT_EVENT_ID = "aeg-output-event-id";

	private EventGridHeaders() {
	}

}
