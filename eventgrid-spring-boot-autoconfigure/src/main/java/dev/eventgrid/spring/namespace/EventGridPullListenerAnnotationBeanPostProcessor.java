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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import dev.eventgrid.spring.listener.EventGridListenerEndpoint;
import dev.eventgrid.spring.listener.EventGridListenerErrorHandler;
import dev.eventgrid.spring.listener.EventGridListenerMethodFactory;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.BeanInitializationException;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * Creates a {@link EventGridPullListenerContainer} for each {@link EventGridPullListener}
 * method of every bean and registers it in the {@link EventGridPullListenerRegistry} once
 * every singleton exists, resolving placeholders in the annotation's attributes. A method
 * whose parameters cannot be resolved, or that names an unknown receiver or a setting out
 * of range, fails the startup.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.2.0
 */
public class EventGridPullListenerAnnotationBeanPostProcessor
		implements BeanPostProcessor, BeanFactoryAware, SmartInitializingSingleton {

	private final Supplier<EventGridPullListenerRegistry> registry;

	private final Supplier<EventGridReceivers> receivers;

	private final Supplier<EventGridListenerMethodFactory> methodFactory;

	private final Supplier<@Nullable EventGridListenerErrorHandler> errorHandler;

	private final Supplier<@Nullable ObservationRegistry> observationRegistry;

	private final Set<Class<?>> classesWithoutListeners = ConcurrentHashMap.newKeySet();

	private final List<Runnable> pending = new ArrayList<>();

	private boolean singletonsInstantiated;

	private @Nullable ConfigurableBeanFactory beanFactory;

	/**
	 * Create a post-processor.
	 * @param registry supplies the registry once every singleton exists
	 * @param receivers supplies the named receivers
	 * @param methodFactory supplies the factory that resolves listener arguments
	 * @param errorHandler supplies the error handler of listeners that name none, or
	 * {@code null} for the default one
	 * @param observationRegistry supplies the registry that observes listener calls, or
	 * {@code null} for none
	 */
	public EventGridPullListenerAnnotationBeanPostProcessor(Supplier<EventGridPullListenerRegistry> registry,
			Supplier<EventGridReceivers> receivers, Supplier<EventGridListenerMethodFactory> methodFactory,
			Supplier<@Nullable EventGridListenerErrorHandler> errorHandler,
			Supplier<@Nullable ObservationRegistry> observationRegistry) {
		Assert.notNull(registry, "'registry' must not be null");
		Assert.notNull(receivers, "'receivers' must not be null");
		Assert.notNull(methodFactory, "'methodFactory' must not be null");
		Assert.notNull(errorHandler, "'errorHandler' must not be null");
		Assert.notNull(observationRegistry, "'observationRegistry' must not be null");
		this.registry = registry;
		this.receivers = receivers;
		this.methodFactory = methodFactory;
		this.errorHandler = errorHandler;
		this.observationRegistry = observationRegistry;
	}

	@Override
	public void setBeanFactory(BeanFactory beanFactory) {
		this.beanFactory = (beanFactory instanceof ConfigurableBeanFactory configurable) ? configurable : null;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
		Class<?> targetClass = AopUtils.getTargetClass(bean);
		if (this.classesWithoutListeners.contains(targetClass)
				|| !AnnotationUtils.isCandidateClass(targetClass, EventGridPullListener.class)) {
			return bean;
		}
		Map<Method, EventGridPullListener> methods = MethodIntrospector.selectMethods(targetClass,
				(MethodIntrospector.MetadataLookup<EventGridPullListener>) (method) -> AnnotatedElementUtils
					.findMergedAnnotation(method, EventGridPullListener.class));
		if (methods.isEmpty()) {
			this.classesWithoutListeners.add(targetClass);
			return bean;
		}
		methods.forEach((method, annotation) -> register(() -> container(bean, beanName, method, annotation)));
		return bean;
	}

	private void register(Supplier<EventGridPullListenerContainer> container) {
		synchronized (this.pending) {
			if (!this.singletonsInstantiated) {
				this.pending.add(() -> this.registry.get().register(container.get()));
				return;
			}
		}
		this.registry.get().register(container.get());
	}

	@Override
	public void afterSingletonsInstantiated() {
		List<Runnable> registrations;
		synchronized (this.pending) {
			this.singletonsInstantiated = true;
			registrations = List.copyOf(this.pending);
			this.pending.clear();
		}
		registrations.forEach(Runnable::run);
	}

	private EventGridPullListenerContainer container(Object bean, String beanName, Method method,
			EventGridPullListener annotation) {
		Class<?> targetClass = AopUtils.getTargetClass(bean);
		String id = StringUtils.hasText(annotation.id()) ? resolve(annotation.id())
				: targetClass.getSimpleName() + "#" + method.getName();
		Method invocable = AopUtils.selectInvocableMethod(method, bean.getClass());
		try {
			EventGridListenerEndpoint endpoint = EventGridListenerEndpoint.builder(bean, invocable)
				.id(id)
				.batch(flag(annotation.batch(), "batch", id))
				.errorHandler(errorHandler(annotation.errorHandler(), id))
				.methodFactory(this.methodFactory.get())
				.build();
			ReactiveEventGridReceiver receiver = this.receivers.get()
				.getReactiveReceiver(resolve(annotation.receiver()));
			EventGridPullListenerContainer container = new EventGridPullListenerContainer(endpoint, receiver,
					number(annotation.concurrency(), "concurrency", id),
					number(annotation.maxEvents(), "maxEvents", id), duration(annotation.maxWait(), "maxWait", id));
			String lockRenewal = resolve(annotation.lockRenewal()).trim();
			if (!lockRenewal.isEmpty()) {
				container.setLockRenewal(duration(lockRenewal, "lockRenewal", id));
			}
			Boolean autoStartup = flag(annotation.autoStartup(), "autoStartup", id);
			container.setAutoStartup(autoStartup == null || autoStartup);
			ObservationRegistry observations = this.observationRegistry.get();
			if (observations != null) {
				container.setObservationRegistry(observations);
			}
			return container;
		}
		catch (IllegalStateException | IllegalArgumentException ex) {
			throw new BeanInitializationException(
					"Cannot register the @EventGridPullListener methods of bean '" + beanName + "': " + ex.getMessage(),
					ex);
		}
	}

	private int number(String value, String attribute, String id) {
		String text = resolve(value).trim();
		try {
			return Integer.parseInt(text);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(
					"Listener " + id + " declares " + attribute + " = \"" + text + "\"; write a whole number");
		}
	}

	private Duration duration(String value, String attribute, String id) {
		String text = resolve(value).trim();
		try {
			return DurationStyle.detectAndParse(text);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(
					"Listener " + id + " declares " + attribute + " = \"" + text + "\"; write a duration such as 10s");
		}
	}

	private @Nullable Boolean flag(String value, String attribute, String id) {
		String text = resolve(value).trim();
		if (text.isEmpty()) {
			return null;
		}
		if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
			throw new IllegalArgumentException("Listener " + id + " declares " + attribute + " = \"" + text
					+ "\"; write \"true\", \"false\" or nothing");
		}
		return Boolean.valueOf(text);
	}

	private EventGridListenerErrorHandler errorHandler(String name, String id) {
		String beanName = resolve(name).trim();
		if (beanName.isEmpty()) {
			EventGridListenerErrorHandler handler = this.errorHandler.get();
			return (handler != null) ? handler : EventGridListenerErrorHandler.defaultHandler();
		}
		Assert.state(this.beanFactory != null, () -> "Listener " + id + " names the error handler '" + beanName
				+ "' but there is no bean factory to find it in");
		if (!this.beanFactory.containsBean(beanName)) {
			throw new IllegalStateException("Listener " + id + " names the error handler '" + beanName
					+ "', but there is no such bean; declare an EventGridListenerErrorHandler bean of that name");
		}
		return this.beanFactory.getBean(beanName, EventGridListenerErrorHandler.class);
	}

	private String resolve(String value) {
		String resolved = (this.beanFactory != null) ? this.beanFactory.resolveEmbeddedValue(value) : value;
		return (resolved != null) ? resolved : value;
	}

}
