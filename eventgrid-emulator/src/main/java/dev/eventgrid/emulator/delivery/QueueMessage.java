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

package dev.eventgrid.emulator.delivery;

import java.time.Instant;
import java.util.Map;

/**
 * A message Event Grid wrote to a queue subscription: a Storage Queue message whose text
 * is one event object, Base64-encoded unless configured otherwise, or a Service Bus
 * message whose body is one event object and whose application properties carry the
 * {@code aeg-*} values.
 *
 * @param body the message text exactly as Event Grid writes it
 * @param properties the application properties; empty for a Storage Queue message
 * @param messageId the message id; for Service Bus it is stable across redeliveries of
 * the same event
 * @param enqueuedAt when the message was stored
 * @author Event Grid for Spring Boot team
 */
public record QueueMessage(String body, Map<String, String> properties, String messageId, Instant enqueuedAt) {

	/**
	 * Create a message, copying the properties.
	 * @param body the message text
	 * @param properties the application properties
	 * @param messageId the message id
	 * @param enqueuedAt when the message was stored
	 */
	public QueueMessage {
		properties = Map.copyOf(properties);
	}

}
