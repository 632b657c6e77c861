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

package dev.eventgrid.samples.webhook;

import dev.eventgrid.spring.listener.EventGridDelivery;

/**
 * What a listener method received, with the delivery properties of the request that
 * brought it.
 *
 * @param <T> the type of what the method received
 * @param event what the method received
 * @param delivery the {@code aeg-*} headers of the delivery
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public record Received<T>(T event, EventGridDelivery delivery) {

}
