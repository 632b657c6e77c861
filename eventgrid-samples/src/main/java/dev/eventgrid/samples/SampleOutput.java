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

package dev.eventgrid.samples;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import dev.eventgrid.spring.core.SendResult;
import dev.eventgrid.spring.event.CloudEvent;
import dev.eventgrid.spring.event.EventGridEvent;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Prints what the samples do, one line per event sent, and counts the events. Lines go to
 * {@code System.out} as it is when they are printed.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@Component
public class SampleOutput {

	private int eventsSent;

	/**
	 * Print the events of a send, one line each, and what Event Grid accepted.
	 * @param result the result of the send
	 * @param events the events given to the send, or the payloads given to
	 * {@code convertAndSend}
	 */
	public void sent(SendResult result, Object... events) {
		sent(result, Arrays.asList(events));
	}

	/**
	 * Print the events of a send, one line each, and what Event Grid accepted.
	 * @param result the result of the send
	 * @param events the events given to the send
	 */
	public void sent(SendResult result, List<?> events) {
		for (Object event : events) {
			line("sent [" + result.publisher() + "] " + describe(event));
		}
		this.eventsSent += result.eventCount();
		line("accepted by [" + result.publisher() + "]: " + count(result.eventCount(), "event") + " in "
				+ count(result.requestCount(), "request") + " (" + result.bytes() + " bytes, "
				+ count(result.attempts(), "attempt") + ")");
	}

	/**
	 * Print a remark about what the sample is doing.
	 * @param text the remark
	 */
	public void note(String text) {
		line(text);
	}

	/**
	 * Print an indented line.
	 * @param text the line
	 */
	public void line(String text) {
		System.out.println("  " + text);
	}

	/**
	 * Print a line without indent.
	 * @param text the line
	 */
	public void heading(String text) {
		System.out.println(text);
	}

	/**
	 * Return how many events Event Grid accepted from the samples since the last
	 * {@link #reset()}.
	 * @return the number of events
	 */
	public int eventsSent() {
		return this.eventsSent;
	}

	/**
	 * Start counting events from zero.
	 */
	public void reset() {
		this.eventsSent = 0;
	}

	/**
	 * Return a count followed by a noun, plural unless the count is one.
	 * @param count the count
	 * @param noun the singular noun
	 * @return the text, such as {@code 2 events}
	 */
	public static String count(long count, String noun) {
		return count + " " + noun + ((count != 1) ? "s" : "");
	}

	private static String describe(@Nullable Object event) {
		if (event instanceof EventGridEvent eventGridEvent) {
			return "id=" + eventGridEvent.getId() + " type=" + eventGridEvent.getEventType()
					+ ((eventGridEvent.getTopic() != null) ? " topic=" + eventGridEvent.getTopic() : "");
		}
		if (event instanceof CloudEvent cloudEvent) {
			return "id=" + cloudEvent.getId() + " type=" + cloudEvent.getType() + " source=" + cloudEvent.getSource();
		}
		if (event instanceof com.azure.core.models.CloudEvent cloudEvent) {
			return "id=" + cloudEvent.getId() + " type=" + cloudEvent.getType() + " source=" + cloudEvent.getSource()
					+ " (azure-core)";
		}
		if (event instanceof io.cloudevents.CloudEvent cloudEvent) {
			return "id=" + cloudEvent.getId() + " type=" + cloudEvent.getType() + " source=" + cloudEvent.getSource()
					+ " (CNCF)";
		}
		if (event instanceof Map<?, ?> map) {
			Object type = map.containsKey("eventType") ? map.get("eventType") : map.get("type");
			return "id=" + map.get("id") + " type=" + type + " (map)";
		}
		return String.valueOf(event);
	}

}
