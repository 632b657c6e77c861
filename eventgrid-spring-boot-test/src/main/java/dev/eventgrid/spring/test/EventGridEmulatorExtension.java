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

package dev.eventgrid.spring.test;

import java.util.function.Consumer;

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.EventGridEmulatorBuilder;
import dev.eventgrid.emulator.model.InputSchema;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import org.springframework.util.Assert;

/**
 * JUnit 5 extension for tests without Spring: starts an Event Grid emulator before the
 * class's tests, clears what it recorded before each test, stops it after, and injects it
 * as a parameter. Used with {@code @ExtendWith} it declares one topic per schema
 * ({@value #EVENT_GRID_TOPIC}, {@value #CLOUD_EVENT_TOPIC}, {@value #CUSTOM_TOPIC}); with
 * {@code @RegisterExtension} it declares what {@link #withEmulator(Consumer)} says.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public class EventGridEmulatorExtension
		implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback, ParameterResolver {

	/**
	 * Topic of EventGridEvents declared by default.
	 */
	public static final String EVENT_GRID_TOPIC = "event-grid-events";

	/**
	 * Topic of CloudEvents declared by default.
	 */
	public static final String CLOUD_EVENT_TOPIC = "cloud-events";

	/**
	 * Topic of custom events declared by default.
	 */
	public static final String CUSTOM_TOPIC = "custom-events";

	private final Consumer<EventGridEmulatorBuilder> declarations;

	private @Nullable EventGridEmulator emulator;

	/**
	 * Create an extension declaring one topic per schema.
	 */
	public EventGridEmulatorExtension() {
		this((builder) -> builder.topic(EVENT_GRID_TOPIC, InputSchema.EVENT_GRID_EVENT)
			.topic(CLOUD_EVENT_TOPIC, InputSchema.CLOUD_EVENT_V1_0)
			.topic(CUSTOM_TOPIC, InputSchema.CUSTOM));
	}

	private EventGridEmulatorExtension(Consumer<EventGridEmulatorBuilder> declarations) {
		this.declarations = declarations;
	}

	/**
	 * Create an extension whose emulator is declared by the given callback.
	 * @param declarations declares topics, domains and settings on the builder
	 * @return the extension
	 */
	public static EventGridEmulatorExtension withEmulator(Consumer<EventGridEmulatorBuilder> declarations) {
		Assert.notNull(declarations, "'declarations' must not be null");
		return new EventGridEmulatorExtension(declarations);
	}

	/**
	 * Return the running emulator.
	 * @return the emulator
	 * @throws IllegalStateException outside the tests of the class
	 */
	public EventGridEmulator getEmulator() {
		EventGridEmulator emulator = this.emulator;
		Assert.state(emulator != null, "The emulator runs only during the tests of the class");
		return emulator;
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		EventGridEmulatorBuilder builder = EventGridEmulator.builder();
		this.declarations.accept(builder);
		this.emulator = builder.start();
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		getEmulator().clear();
		getEmulator().faults().clear();
	}

	@Override
	public void afterAll(ExtensionContext context) {
		EventGridEmulator emulator = this.emulator;
		if (emulator != null) {
			emulator.close();
			this.emulator = null;
		}
	}

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return parameterContext.getParameter().getType() == EventGridEmulator.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return getEmulator();
	}

}
