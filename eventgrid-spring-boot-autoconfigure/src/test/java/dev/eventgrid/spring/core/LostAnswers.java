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

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.eventgrid.emulator.fault.Fault;
import dev.eventgrid.emulator.model.ReceivedEvent;
import dev.eventgrid.emulator.model.RecordedRequest;
import dev.eventgrid.emulator.model.ResponseWrite;

/**
 * Tells, from the emulator's records, which accepted requests the client cannot have
 * known were accepted: those whose connection a fault dropped after accepting them, and
 * those whose 200 was never flushed to the connection (the client had given up waiting,
 * or the connection broke). A client may send the events of such a request again; sending
 * again the events of any other accepted request is a bug, which
 * {@link #unexplainedRepeats} names.
 *
 * @author Event Grid for Spring Boot team
 */
final class LostAnswers {

	private final Set<Long> lost = new HashSet<>();

	private final Map<String, List<Long>> acceptances = new LinkedHashMap<>();

	private LostAnswers(List<RecordedRequest> requests, List<ReceivedEvent> events) {
		for (RecordedRequest request : requests) {
			if (request.accepted() && (request.fault() instanceof Fault.DropAfterAccept
					|| request.response().await(Duration.ofSeconds(30)) != ResponseWrite.Outcome.FLUSHED)) {
				this.lost.add(request.sequence());
			}
		}
		events.stream()
			.sorted(Comparator.comparingLong(ReceivedEvent::requestSequence))
			.forEach((event) -> this.acceptances.computeIfAbsent(event.text("id"), (id) -> new ArrayList<>())
				.add(event.requestSequence()));
	}

	/**
	 * Read the records once every answer has ended.
	 * @param requests the requests the emulator recorded
	 * @param events the events it accepted
	 * @return the lost answers
	 */
	static LostAnswers of(List<RecordedRequest> requests, List<ReceivedEvent> events) {
		return new LostAnswers(requests, events);
	}

	/**
	 * Return the events accepted more than once where an earlier acceptance was answered:
	 * the client sent them again although it had been told they were accepted.
	 * @return the event ids, empty when every repeat has a lost answer before it
	 */
	List<String> unexplainedRepeats() {
		List<String> unexplained = new ArrayList<>();
		this.acceptances.forEach((id, sequences) -> {
			for (int i = 0; i < sequences.size() - 1; i++) {
				if (!this.lost.contains(sequences.get(i))) {
					unexplained.add(id);
					return;
				}
			}
		});
		return unexplained;
	}

	/**
	 * Return those of the given events that were accepted in a request whose answer was
	 * delivered to the client.
	 * @param ids the event ids
	 * @return the ids the client was told were accepted
	 */
	List<String> answeredAmong(Set<String> ids) {
		return ids.stream()
			.filter((id) -> this.acceptances.getOrDefault(id, List.of())
				.stream()
				.anyMatch((sequence) -> !this.lost.contains(sequence)))
			.sorted()
			.toList();
	}

	/**
	 * Return how many accepted requests the client cannot have known were accepted.
	 * @return the number of requests with a lost answer
	 */
	int count() {
		return this.lost.size();
	}

}
