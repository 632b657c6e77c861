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

package dev.eventgrid.spring.listener;

import java.lang.reflect.Constructor;
import java.util.List;

import dev.eventgrid.spring.event.CloudEvent;
import dev.eventgrid.spring.event.system.StorageBlobCreatedEventData;
import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.predicate.ReflectionHintsPredicates;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.aot.test.generate.TestGenerationContext;
import org.springframework.beans.factory.aot.BeanRegistrationAotContribution;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RegisteredBean;
import org.springframework.beans.factory.support.RootBeanDefinition;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link EventGridListenerBeanRegistrationAotProcessor}: listener methods are
 * registered for invocation and the types they take for binding.
 *
 * @author Event Grid for Spring Boot team
 */
class EventGridListenerBeanRegistrationAotProcessorTests {

	private static final ReflectionHintsPredicates reflection = RuntimeHintsPredicates.reflection();

	private final DefaultListableBeanFactory beanFactory = new DefaultListableBeanFactory();

	@Test
	void registersListenerMethodsForInvocationAndTheirParameterTypesForBinding() throws Exception {
		TestGenerationContext generationContext = new TestGenerationContext();

		contribution(Listeners.class).applyTo(generationContext, null);

		assertThat(reflection.onMethodInvocation(Listeners.class, "placed")
			.and(reflection.onMethodInvocation(Listeners.class, "batch"))
			.and(reflection.onMethodInvocation(Listeners.class, "blob"))
			.and(reflection.onType(OrderPlaced.class))
			.and(reflection.onConstructorInvocation(constructor(OrderPlaced.class)))
			.and(reflection.onMethodInvocation(OrderPlaced.class, "quantity"))
			.and(reflection.onType(OrderLine.class))
			.and(reflection.onType(StorageBlobCreatedEventData.class))).accepts(generationContext.getRuntimeHints());
		assertThat(reflection.onMethodInvocation(Listeners.class, "notAListener"))
			.rejects(generationContext.getRuntimeHints());
	}

	@Test
	void contributesNothingForBeansWithoutListeners() {
		assertThat(contributionOrNull(String.class)).isNull();
		assertThat(contributionOrNull(NoListeners.class)).isNull();
	}

	private BeanRegistrationAotContribution contribution(Class<?> beanClass) {
		BeanRegistrationAotContribution contribution = contributionOrNull(beanClass);
		assertThat(contribution).isNotNull();
		return contribution;
	}

	private BeanRegistrationAotContribution contributionOrNull(Class<?> beanClass) {
		String name = beanClass.getName();
		this.beanFactory.registerBeanDefinition(name, new RootBeanDefinition(beanClass));
		return new EventGridListenerBeanRegistrationAotProcessor()
			.processAheadOfTime(RegisteredBean.of(this.beanFactory, name));
	}

	private static Constructor<?> constructor(Class<?> type) throws NoSuchMethodException {
		return type.getDeclaredConstructor(String.class, int.class);
	}

	record OrderPlaced(String id, int quantity) {

	}

	record OrderLine(String sku) {

	}

	static class Listeners {

		@EventGridListener(eventTypes = "Contoso.OrderPlaced")
		void placed(OrderPlaced order, EventGridDelivery delivery) {
		}

		@EventGridListener(path = "/lines")
		void batch(List<OrderLine> lines) {
		}

		@EventGridListener(path = "/blobs")
		void blob(StorageBlobCreatedEventData blob, CloudEvent event) {
		}

		void notAListener(OrderPlaced order) {
		}

	}

	static class NoListeners {

		void placed(OrderPlaced order) {
		}

	}

}
