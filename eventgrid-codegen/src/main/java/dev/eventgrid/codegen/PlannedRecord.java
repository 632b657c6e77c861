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

package dev.eventgrid.codegen;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A top-level record to write: the data of one or more event types, or an object that the
 * data of several event types share.
 *
 * @param name the simple name of the record
 * @param key the definition the record is written from
 * @param eventTypes the event types whose data the record is, empty for a shared object
 * @param nested the keys of the objects written as records nested in this one
 * @param retired why the service no longer publishes these events, or {@code null}
 * @param usedBy the records of event data that use this shared object
 * @author Event Grid for Spring Boot team
 */
record PlannedRecord(String name, String key, List<String> eventTypes, List<String> nested, @Nullable String retired,
		List<String> usedBy) {

	/**
	 * Return whether this record is the data of an event type.
	 * @return whether the record implements {@code SystemEventData}
	 */
	boolean isEventData() {
		return !this.eventTypes.isEmpty();
	}

}
