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

package dev.eventgrid.spring.core;

import java.util.List;

/**
 * The events of one publish request, in order, and the request body they make: a JSON
 * array of their serialized forms.
 *
 * @param number the request's number within its send, from 1
 * @param events the events
 * @param body the request body
 * @author Event Grid for Spring Boot team
 */
record RequestBatch(int number, List<PreparedEvent> events, byte[] body) {

	static RequestBatch of(int number, List<PreparedEvent> events) {
		int size = 1;
		for (PreparedEvent event : events) {
			size += event.json().length + 1;
		}
		byte[] body = new byte[size];
		body[0] = '[';
		int position = 1;
		for (PreparedEvent event : events) {
			if (position > 1) {
				body[position++] = ',';
			}
			System.arraycopy(event.json(), 0, body, position, event.json().length);
			position += event.json().length;
		}
		body[position] = ']';
		return new RequestBatch(number, events, body);
	}

	/**
	 * Return the size a request holding events of the given total JSON size would have.
	 */
	static long sizeOf(long eventBytes, int eventCount) {
		return eventBytes + eventCount + 1;
	}

	String describe() {
		return "request " + this.number + " (" + this.events.size() + " events at indexes " + this.events.get(0).index()
				+ ".." + this.events.get(this.events.size() - 1).index() + ", " + this.body.length + " bytes)";
	}

}
