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

package dev.eventgrid.spring.namespace;

import java.util.List;

import dev.eventgrid.spring.event.CloudEvent;
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
 * Tests for {@link EventGridPullListenerBeanRegistrationAotProcessor}.
 *
 * @author Event Grid for Spring Boot team
 */
class EventGridPullListenerBeanRegistrationAotProcessorTests {

	private static final ReflectionHintsPredicates reflection = RuntimeHintsPredicates.reflection();

	private final DefaultListableBeanFactory beanFactory = new DefaultListableBeanFactory();

	@Test
	void registersPullListenerMethodsForInvocationAndTheirParameterTypesForBinding() {
		TestGenerationContext generationContext = new TestGenerationContext();

		BeanRegistrationAotContribution contribution = contribution(Listeners.class);
		assertThat(contribution).isNotNull();
		contribution.applyTo(generationContext, null);

		assertThat(reflection.onMethodInvocation(Listeners.class, "placed")
			.and(reflection.onMethodInvocation(Listeners.class, "batch"))
			.and(reflection.onType(OrderPlaced.class))
			.and(reflection.onMethodInvocation(OrderPlaced.class, "quantity")))
			.accepts(generationContext.getRuntimeHints());
		assertThat(reflection.onMethodInvocation(Listeners.class, "notAListener"))
			.rejects(generationContext.getRuntimeHints());
	}

	@Test
	void contributesNothingForBeansWithoutPullListeners() {
		assertThat(contribution(String.class)).isNull();
		assertThat(contribution(OrderPlaced.class)).isNull();
	}

	private BeanRegistrationAotContribution contribution(Class<?> beanClass) {
		String name = beanClass.getName();
		this.beanFactory.registerBeanDefinition(name, new RootBeanDefinition(beanClass));
		return new EventGridPullListenerBeanRegistrationAotProcessor()
			.processAheadOfTime(RegisteredBean.of(this.beanFactory, name));
	}

	record OrderPlaced(String id, int quantity) {
	}

	static class Listeners {

		@EventGridPullListener(receiver = "workers")
		void placed(OrderPlaced order) {
		}

		@EventGridPullListener(receiver = "workers", batch = "true")
		void batch(List<CloudEvent> events) {
		}

		void notAListener(String text) {
		}

	}

}
