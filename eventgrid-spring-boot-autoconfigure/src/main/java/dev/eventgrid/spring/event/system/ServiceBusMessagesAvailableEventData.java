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

package dev.eventgrid.spring.event.system;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * Data of the {@code Microsoft.ServiceBus} events: active or dead-lettered messages are
 * waiting, with no listener or as a periodic notification. All four event types carry
 * this shape.
 *
 * @param namespaceName the Service Bus namespace
 * @param requestUri the URI of the queue or subscription
 * @param entityType the type of entity, such as {@code subscriber}
 * @param queueName the queue, when the entity is a queue
 * @param topicName the topic, when the entity is a subscription
 * @param subscriptionName the subscription, when the entity is a subscription
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ServiceBusMessagesAvailableEventData(@Nullable String namespaceName, @Nullable String requestUri,
		@Nullable String entityType, @Nullable String queueName, @Nullable String topicName,
		@Nullable String subscriptionName) implements SystemEventData {

}
