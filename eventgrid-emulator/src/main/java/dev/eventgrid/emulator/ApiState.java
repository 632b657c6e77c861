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

package dev.eventgrid.emulator;

import java.util.List;

import dev.eventgrid.emulator.api.EmulatorState;
import dev.eventgrid.emulator.delivery.EmulatedSubscription;
import dev.eventgrid.emulator.fault.FaultPlan;
import dev.eventgrid.emulator.model.EmulatedTopic;
import dev.eventgrid.emulator.model.ReceivedEvent;
import dev.eventgrid.emulator.namespace.EmulatedNamespace;

/**
 * The emulator as its HTTP API sees it.
 *
 * @author Event Grid for Spring Boot team
 */
final class ApiState implements EmulatorState {

	private final EventGridEmulator emulator;

	private final EventRecorder recorder;

	ApiState(EventGridEmulator emulator, EventRecorder recorder) {
		this.emulator = emulator;
		this.recorder = recorder;
	}

	@Override
	public List<EmulatedTopic> topics() {
		return this.emulator.topics();
	}

	@Override
	public EmulatedTopic topic(String name) {
		return this.emulator.topic(name);
	}

	@Override
	public String httpsEndpoint(String name) {
		return this.emulator.httpsEndpoint(name);
	}

	@Override
	public String httpEndpoint(String name) {
		return this.emulator.httpEndpoint(name);
	}

	@Override
	public List<ReceivedEvent> receivedEvents(String name) {
		return this.emulator.receivedEvents(name);
	}

	@Override
	public void clearEvents(String name) {
		this.recorder.clear(this.emulator.topic(name).name());
	}

	@Override
	public void clear() {
		this.emulator.clear();
	}

	@Override
	public List<EmulatedSubscription> subscriptions() {
		return this.emulator.subscriptions();
	}

	@Override
	public EmulatedSubscription subscription(String name) {
		return this.emulator.subscription(name);
	}

	@Override
	public List<EmulatedNamespace> namespaces() {
		return this.emulator.namespaces();
	}

	@Override
	public EmulatedNamespace namespace(String name) {
		return this.emulator.namespace(name);
	}

	@Override
	public FaultPlan faults() {
		return this.emulator.faults();
	}

}
