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

package dev.eventgrid.emulator.namespace;

import java.util.function.UnaryOperator;

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.EventGridEmulatorBuilder;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An emulator with namespaces for a test class: started before the first test, emptied
 * (events, subscriptions, fault plans) before each, closed after the last, with a client
 * of its first namespace.
 *
 * @author Event Grid for Spring Boot team
 */
final class RunningNamespaceEmulator implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

	private final UnaryOperator<EventGridEmulatorBuilder> declaration;

	private EventGridEmulator emulator;

	private NamespaceClient client;

	RunningNamespaceEmulator(UnaryOperator<EventGridEmulatorBuilder> declaration) {
		this.declaration = declaration;
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		this.emulator = this.declaration.apply(EventGridEmulator.builder()).start();
		this.client = NamespaceClient.of(this.emulator, this.emulator.namespaces().get(0).name());
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		this.emulator.clear();
		this.emulator.namespaces().forEach((namespace) -> namespace.faults().clear());
	}

	@Override
	public void afterAll(ExtensionContext context) {
		this.emulator.close();
	}

	EventGridEmulator emulator() {
		return this.emulator;
	}

	NamespaceClient client() {
		return this.client;
	}

}
