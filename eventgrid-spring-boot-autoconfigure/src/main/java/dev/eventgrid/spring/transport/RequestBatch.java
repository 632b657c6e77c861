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

package dev.eventgrid.spring.transport;

import java.util.List;

/**
 * The events of one publish request, in order, and the request body they make: a JSON
 * array of their serialized forms, or the one event alone when it is a namespace topic's
 * request of one event.
 *
 * @param number the request's number within its send, from 1
 * @param firstIndex the position of the first event in the send
 * @param events the events as given, in order
 * @param body the request body
 * @param single whether the body is one event alone rather than an array
 * @author Event Grid for Spring Boot team
 */
public record RequestBatch(int number, int firstIndex, List<Object> events, RequestBody body, boolean single) {

	public String describe() {
		return "request " + this.number + " (" + this.events.size() + " events at indexes " + this.firstIndex + ".."
				+ (this.firstIndex + this.events.size() - 1) + ", " + this.body.size() + " bytes)";
	}

}
