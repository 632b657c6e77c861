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

import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.ExecutableMode;
import org.springframework.beans.factory.aot.BeanRegistrationAotContribution;
import org.springframework.beans.factory.aot.BeanRegistrationAotProcessor;
import org.springframework.beans.factory.support.RegisteredBean;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.util.ClassUtils;

/**
 * Registers, for native images, the {@link EventGridPullListener} methods of each bean
 * for invocation, and the types of their parameters for binding. Registered in
 * {@code META-INF/spring/aot.factories}.
 *
 * @author Event Grid for Spring Boot team
 */
class EventGridPullListenerBeanRegistrationAotProcessor implements BeanRegistrationAotProcessor {

	@Override
	public @Nullable BeanRegistrationAotContribution processAheadOfTime(RegisteredBean registeredBean) {
		Class<?> beanClass = ClassUtils.getUserClass(registeredBean.getBeanClass());
		if (!AnnotationUtils.isCandidateClass(beanClass, EventGridPullListener.class)) {
			return null;
		}
		Set<Method> methods = MethodIntrospector
			.selectMethods(beanClass, (MethodIntrospector.MetadataLookup<Method>) (
					method) -> AnnotatedElementUtils.hasAnnotation(method, EventGridPullListener.class) ? method : null)
			.keySet();
		if (methods.isEmpty()) {
			return null;
		}
		return (generationContext, code) -> {
			BindingReflectionHintsRegistrar binding = new BindingReflectionHintsRegistrar();
			for (Method method : methods) {
				generationContext.getRuntimeHints().reflection().registerMethod(method, ExecutableMode.INVOKE);
				for (int i = 0; i < method.getParameterCount(); i++) {
					Type type = MethodParameter.forExecutable(method, i).getGenericParameterType();
					binding.registerReflectionHints(generationContext.getRuntimeHints().reflection(), type);
				}
			}
		};
	}

}
