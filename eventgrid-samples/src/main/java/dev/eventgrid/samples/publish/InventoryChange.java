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

import java.time.OffsetDateTime;

/**
 * An event in the application's own schema, sent as-is to a custom schema topic. The
 * topic's input schema mapping tells Event Grid which of these fields are its id, event
 * type, subject and time.
 *
 * @param changeId the unique id of the change, mapped to the event id
 * @param kind what happened, such as {@code stock.adjusted}, mapped to the event type
 * @param sku the item whose stock changed, mapped to the subject
 * @param delta by how much the stock changed
 * @param changedAt when it changed, mapped to the event time
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public record InventoryChange(String changeId, String kind, String sku, int delta, OffsetDateTime changedAt) {

}
