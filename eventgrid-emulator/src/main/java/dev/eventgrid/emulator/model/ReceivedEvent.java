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

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * An event the emulator accepted, with the request that carried it.
 *
 * @param topic the name of the topic or domain the event was published to
 * @param domainTopic the domain topic the event was routed to, or {@code null} for a
 * plain topic
 * @param json the event's JSON text exactly as it was sent
 * @param node the parsed event; treat it as read-only
 * @param headers the headers of the request
 * @param requestId the {@code x-ms-request-id} the emulator answered with
 * @param requestSequence the sequence number of the request, as in
 * {@link RecordedRequest#sequence()}
 * @param index the position of the event in the request
 * @param receivedAt when the request was received
 * @author Event Grid for Spring Boot team
 */
public record ReceivedEvent(String topic, @Nullable String domainTopic, String json, JsonNode node,
		RequestHeaders headers, String requestId, long requestSequence, int index, Instant receivedAt) {

	/**
	 * Return a text member of the event, such as {@code id} or {@code type}.
	 * @param name the member name
	 * @return the text, or {@code null} if the member is absent or not a string
	 */
	public @Nullable String text(String name) {
		JsonNode value = this.node.get(name);
		return (value != null && value.isString()) ? value.asString() : null;
	}

	@Override
	public String toString() {
		return "ReceivedEvent[topic=" + this.topic + ((this.domainTopic != null) ? "/" + this.domainTopic : "")
				+ ", request=" + this.requestSequence + ", index=" + this.index + ", json=" + this.json + "]";
	}

}
