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

package dev.eventgrid.spring.event;

import java.util.List;

import dev.eventgrid.spring.event.system.SystemEventMappings;
import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

/**
 * What Jackson and Spring reach reflectively in the event model, for native images: the
 * serializers and deserializers that {@link EventGridEvent} and {@link CloudEvent} name,
 * every typed system event record that {@link SystemEventMappings} maps a type to (with
 * the records and deserializers their members use), and the {@link EventSchemaEditor}
 * that binds {@link EventSchema} from configuration. Registered in
 * {@code META-INF/spring/aot.factories}.
 *
 * @author Event Grid for Spring Boot team
 */
class EventRuntimeHints implements RuntimeHintsRegistrar {

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		hints.reflection().registerType(EventGridEvent.class);
		hints.reflection().registerType(CloudEvent.class);
		for (Class<?> type : List.of(EventGridEventJsonSerializer.class, EventGridEventJsonDeserializer.class,
				CloudEventJsonSerializer.class, CloudEventJsonDeserializer.class, EventSchemaEditor.class)) {
			hints.reflection().registerType(type, MemberCategory.INVOKE_DECLARED_CONSTRUCTORS);
		}
		new BindingReflectionHintsRegistrar().registerReflectionHints(hints.reflection(),
				SystemEventMappings.all().values().toArray(Class<?>[]::new));
	}

}
