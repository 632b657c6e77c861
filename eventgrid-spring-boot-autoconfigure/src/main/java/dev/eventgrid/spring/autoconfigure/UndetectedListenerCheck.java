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

package dev.eventgrid.spring.autoconfigure;

import java.lang.annotation.Annotation;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.eventgrid.spring.listener.EventGridListenerAnnotationBeanPostProcessor;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.BeanInitializationException;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.util.Assert;

/**
 * Stops the startup when a bean has listener methods that
 * {@link EventGridListenersCondition} did not see in the bean definitions, so that the
 * beans that would serve them were not defined: such a listener would otherwise be
 * silently ignored. Does nothing when the post-processor that serves those listeners is
 * defined (a condition negating the detection would evaluate it again at every start).
 *
 * @author Event Grid for Spring Boot team
 * @since 0.2.0
 */
public final class UndetectedListenerCheck implements BeanPostProcessor, BeanFactoryAware {

	private final Class<? extends Annotation> annotationType;

	private final Class<?> postProcessorType;

	private final String remedy;

	private boolean served;

	private final Set<Class<?>> checked = ConcurrentHashMap.newKeySet();

	/**
	 * Create a check.
	 * @param annotationType the listener annotation, such as {@code EventGridListener}
	 * @param postProcessorType the type of the post-processor that serves those
	 * listeners, such as {@code EventGridListenerAnnotationBeanPostProcessor}
	 * @param remedy the other way to have the listeners' beans defined, such as
	 * {@code set eventgrid.webhook.enabled=true}
	 */
	public UndetectedListenerCheck(Class<? extends Annotation> annotationType, Class<?> postProcessorType,
			String remedy) {
		Assert.notNull(annotationType, "'annotationType' must not be null");
		Assert.notNull(postProcessorType, "'postProcessorType' must not be null");
		Assert.hasText(remedy, "'remedy' must not be empty");
		this.annotationType = annotationType;
		this.postProcessorType = postProcessorType;
		this.remedy = remedy;
	}

	@Override
	public void setBeanFactory(BeanFactory beanFactory) {
		this.served = beanFactory instanceof ListableBeanFactory listable
				&& listable.getBeanNamesForType(this.postProcessorType, true, false).length > 0;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
		if (this.served) {
			return bean;
		}
		Class<?> targetClass = AopUtils.getTargetClass(bean);
		if (this.checked.add(targetClass)
				&& EventGridListenerAnnotationBeanPostProcessor.declaresAnnotation(targetClass, this.annotationType)) {
			String annotation = "@" + this.annotationType.getSimpleName();
			throw new BeanInitializationException("Bean '" + beanName + "' of type " + targetClass.getName() + " has "
					+ annotation + " methods that its bean definition does not show (such as a @Bean method whose "
					+ "return type is a supertype of " + targetClass.getSimpleName() + "), so the beans that "
					+ "serve them were not defined. Declare the @Bean method's return type as "
					+ targetClass.getSimpleName() + ", or " + this.remedy + ".");
		}
		return bean;
	}

}
