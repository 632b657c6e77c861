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

import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.ExecutableMode;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.beans.factory.aot.BeanRegistrationAotContribution;
import org.springframework.beans.factory.aot.BeanRegistrationAotProcessor;
import org.springframework.beans.factory.support.RegisteredBean;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.util.ClassUtils;

/**
 * Registers, for native images, the {@link EventGridListener} methods of each bean for
 * invocation, and the types of their parameters for binding (Jackson reads the event data
 * into them). Whatever resolves a listener's arguments, those are the types it reads.
 * Registered in {@code META-INF/spring/aot.factories}.
 *
 * @author Event Grid for Spring Boot team
 */
class EventGridListenerBeanRegistrationAotProcessor implements BeanRegistrationAotProcessor {

	@Override
	public @Nullable BeanRegistrationAotContribution processAheadOfTime(RegisteredBean registeredBean) {
		Class<?> beanClass = ClassUtils.getUserClass(registeredBean.getBeanClass());
		Set<Method> methods = listenerMethods(beanClass);
		if (methods.isEmpty()) {
			return null;
		}
		return (generationContext, code) -> registerHints(generationContext.getRuntimeHints(), methods);
	}

	/**
	 * Return the {@link EventGridListener} methods of a class.
	 * @param beanClass the class
	 * @return the methods, none if it has no listener
	 */
	static Set<Method> listenerMethods(Class<?> beanClass) {
		if (!AnnotationUtils.isCandidateClass(beanClass, EventGridListener.class)) {
			return Set.of();
		}
		return MethodIntrospector
			.selectMethods(beanClass, (MethodIntrospector.MetadataLookup<Method>) (
					method) -> AnnotatedElementUtils.hasAnnotation(method, EventGridListener.class) ? method : null)
			.keySet();
	}

	/**
	 * Register listener methods for invocation and the types of their parameters for
	 * binding.
	 * @param hints the hints to add to
	 * @param methods the listener methods
	 */
	static void registerHints(RuntimeHints hints, Set<Method> methods) {
		BindingReflectionHintsRegistrar binding = new BindingReflectionHintsRegistrar();
		for (Method method : methods) {
			hints.reflection().registerMethod(method, ExecutableMode.INVOKE);
			for (int i = 0; i < method.getParameterCount(); i++) {
				Type type = MethodParameter.forExecutable(method, i).getGenericParameterType();
				binding.registerReflectionHints(hints.reflection(), type);
			}
		}
	}

}
