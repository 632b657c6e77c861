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

package dev.eventgrid.spring.autoconfigure.aot;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

import dev.eventgrid.spring.autoconfigure.EventGridListenerProperties;
import dev.eventgrid.spring.autoconfigure.EventGridProperties;
import dev.eventgrid.spring.autoconfigure.EventGridPublisherProperties;
import dev.eventgrid.spring.autoconfigure.webhook.EventGridWebhookProperties;
import dev.eventgrid.spring.event.CloudEvent;
import dev.eventgrid.spring.event.EventGridEvent;
import dev.eventgrid.spring.event.system.StorageBlobCreatedEventData;
import dev.eventgrid.spring.event.system.SystemEventMappings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.TypeReference;
import org.springframework.aot.hint.predicate.ReflectionHintsPredicates;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.beans.factory.aot.AotServices;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of the runtime hints that {@code META-INF/spring/aot.factories} registers, for
 * each kind of type the library reaches reflectively.
 *
 * @author Event Grid for Spring Boot team
 */
class EventGridRuntimeHintsTests {

	private static final ReflectionHintsPredicates reflection = RuntimeHintsPredicates.reflection();

	private final RuntimeHints hints = hints();

	private static RuntimeHints hints() {
		RuntimeHints hints = new RuntimeHints();
		List<RuntimeHintsRegistrar> registrars = AotServices.factories().load(RuntimeHintsRegistrar.class).asList();
		assertThat(registrars).extracting((registrar) -> registrar.getClass().getName())
			.contains("dev.eventgrid.spring.event.EventRuntimeHints",
					EventGridAutoConfigurationRuntimeHints.class.getName());
		registrars
			.forEach((registrar) -> registrar.registerHints(hints, EventGridRuntimeHintsTests.class.getClassLoader()));
		return hints;
	}

	@Test
	void bindsEveryTypedSystemEventRecordFromTheMappingsWithItsMembers() {
		assertThat(SystemEventMappings.all().values()).hasSizeGreaterThan(200).allSatisfy(this::assertBindable);
	}

	@Test
	void bindsTheRecordsAndDeserializersThatSystemEventRecordsUse() {
		List<Class<?>> members = SystemEventMappings.all()
			.values()
			.stream()
			.flatMap((type) -> Arrays.stream(type.getRecordComponents()))
			.map(RecordComponent::getType)
			.filter((type) -> type.isRecord()
					&& type.getPackageName().equals(StorageBlobCreatedEventData.class.getPackageName()))
			.distinct()
			.toList();

		assertThat(members).isNotEmpty().allSatisfy(this::assertBindable);
		assertThat(reflection
			.onType(TypeReference.of(StorageBlobCreatedEventData.class.getPackageName() + ".LenientLongDeserializer"))
			.withMemberCategory(MemberCategory.INVOKE_DECLARED_CONSTRUCTORS)).accepts(this.hints);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "EventGridEventJsonSerializer", "EventGridEventJsonDeserializer",
			"CloudEventJsonSerializer", "CloudEventJsonDeserializer", "EventSchemaEditor" })
	void createsTheEventSerializersAndTheSchemaEditor(String name) {
		assertThat(reflection.onType(TypeReference.of("dev.eventgrid.spring.event." + name))
			.withMemberCategory(MemberCategory.INVOKE_DECLARED_CONSTRUCTORS)).accepts(this.hints);
		assertThat(reflection.onType(EventGridEvent.class).and(reflection.onType(CloudEvent.class)))
			.accepts(this.hints);
	}

	@Test
	void bindsEveryPropertiesClass() {
		assertThat(reflection.onMethodInvocation(EventGridProperties.class, "setDefaultPublisher")
			.and(reflection.onMethodInvocation(EventGridPublisherProperties.class, "setSchema"))
			.and(reflection.onMethodInvocation(EventGridPublisherProperties.Credential.class, "setClientId"))
			.and(reflection.onMethodInvocation(EventGridPublisherProperties.Retry.class, "setMaxAttempts"))
			.and(reflection.onMethodInvocation(EventGridProperties.Template.class, "setObservationEnabled"))
			.and(reflection.onMethodInvocation(EventGridWebhookProperties.class, "setPath"))
			.and(reflection.onMethodInvocation(EventGridWebhookProperties.Secret.class, "setValue"))
			.and(reflection.onMethodInvocation(EventGridListenerProperties.class, "setObservationEnabled")))
			.accepts(this.hints);
	}

	@Test
	void findsTheOptionalClassesLookedUpByName() {
		assertThat(EventGridAutoConfigurationRuntimeHints.OPTIONAL_CLASSES)
			.allSatisfy((name) -> assertThat(reflection.onType(TypeReference.of(name))).accepts(this.hints));
	}

	private void assertBindable(Class<?> type) {
		Constructor<?> canonical = canonicalConstructor(type);
		assertThat(reflection.onType(type).and(reflection.onConstructorInvocation(canonical))).as(type.getName())
			.accepts(this.hints);
		assertThat(type.getRecordComponents())
			.allSatisfy((component) -> assertThat(reflection.onMethodInvocation(component.getAccessor()))
				.as(type.getName() + "." + component.getName())
				.accepts(this.hints));
	}

	private static Constructor<?> canonicalConstructor(Class<?> record) {
		Class<?>[] types = Arrays.stream(record.getRecordComponents())
			.map(RecordComponent::getType)
			.toArray(Class<?>[]::new);
		try {
			return record.getDeclaredConstructor(types);
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
