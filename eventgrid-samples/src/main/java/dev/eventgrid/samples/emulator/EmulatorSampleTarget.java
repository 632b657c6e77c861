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

package dev.eventgrid.samples.emulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.model.ReceivedEvent;
import dev.eventgrid.samples.SampleOutput;
import dev.eventgrid.samples.SampleTarget;

/**
 * Reports, after each sample, what the emulator received during it: how many events per
 * topic (and domain topic), and their ids.
 *
 * @author Event Grid for Spring Boot team
 */
class EmulatorSampleTarget implements SampleTarget {

	private final EventGridEmulator emulator;

	private final SampleOutput output;

	private final Map<String, Integer> receivedPerTopic = new LinkedHashMap<>();

	private int mark;

	EmulatorSampleTarget(EventGridEmulator emulator, SampleOutput output) {
		this.emulator = emulator;
		this.output = output;
	}

	@Override
	public String describe() {
		return "the in-process Event Grid emulator on port " + this.emulator.httpPort()
				+ " (set EVENTGRID_ENDPOINT and EVENTGRID_KEY to publish to Azure)";
	}

	@Override
	public void startRun() {
		this.receivedPerTopic.clear();
	}

	@Override
	public void beforeSample() {
		this.mark = this.emulator.receivedEvents().size();
	}

	@Override
	public void afterSample() {
		List<ReceivedEvent> all = this.emulator.receivedEvents();
		List<ReceivedEvent> received = all.subList(Math.min(this.mark, all.size()), all.size());
		Map<String, List<ReceivedEvent>> byTopic = new LinkedHashMap<>();
		for (ReceivedEvent event : received) {
			byTopic.computeIfAbsent(topicOf(event), (topic) -> new ArrayList<>()).add(event);
		}
		byTopic.forEach((topic, events) -> {
			this.receivedPerTopic.merge(topic, events.size(), Integer::sum);
			this.output
				.line("received by " + topic + ": " + SampleOutput.count(events.size(), "event") + ", " + ids(events));
		});
	}

	@Override
	public String summary() {
		int total = this.receivedPerTopic.values().stream().mapToInt(Integer::intValue).sum();
		String perTopic = this.receivedPerTopic.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + " " + entry.getValue())
			.collect(Collectors.joining(", "));
		return "The emulator received " + SampleOutput.count(total, "event")
				+ (perTopic.isEmpty() ? "." : ": " + perTopic + ".");
	}

	private static String topicOf(ReceivedEvent event) {
		return (event.domainTopic() != null) ? event.topic() + "/" + event.domainTopic() : event.topic();
	}

	private static String ids(List<ReceivedEvent> events) {
		List<String> ids = events.stream().map((event) -> String.valueOf(event.text("id"))).toList();
		return ids.stream().allMatch("null"::equals) ? "no id field (custom schema)" : "ids " + String.join(", ", ids);
	}

}
