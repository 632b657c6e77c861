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

package dev.eventgrid.emulator.model;

import java.util.List;

/**
 * Told about the events of every accepted request; the hook for work that follows
 * acceptance, such as delivering to subscriptions.
 *
 * @author Event Grid for Spring Boot team
 */
@FunctionalInterface
public interface AcceptedEventsListener {

	/**
	 * Called once per accepted request, on a server thread and before the response is
	 * sent; hand any slow work to another thread.
	 * @param topic the topic or domain the events were accepted by
	 * @param events the accepted events, in request order
	 */
	void accepted(EmulatedTopic topic, List<ReceivedEvent> events);

}
