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

package dev.eventgrid.spring.namespace;

import dev.eventgrid.spring.event.CloudEvent;

import org.springframework.util.Assert;

/**
 * An event received from a namespace topic's queue subscription, locked to its receiver
 * until it is acknowledged, released or rejected with its lock token, or until the lock
 * expires.
 *
 * @param event the event
 * @param lockToken the token that settles the event or renews its lock
 * @param deliveryCount how many times the event was delivered, this time included: 1 at
 * the first delivery
 * @author Event Grid for Spring Boot team
 * @since 0.2.0
 */
public record ReceivedEvent(CloudEvent event, String lockToken, int deliveryCount) {

	public ReceivedEvent {
		Assert.notNull(event, "'event' must not be null");
		Assert.hasText(lockToken, "'lockToken' must not be empty");
	}

}
