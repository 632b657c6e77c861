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
import java.util.function.IntPredicate;
import java.util.function.Supplier;

import dev.eventgrid.spring.listener.EventGridListenerAnnotationBeanPostProcessor;
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
import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * Creates a {@link EventGridPullListenerContainer} for each {@link EventGridPullListener}
 * method of every bean and registers it in the {@link EventGridPullListenerRegistry} once
 * every singleton exists, resolving placeholders in the annotation's attributes. A method
 * whose parameters cannot be resolved, or that names an unknown receiver
 * ({@link UnknownEventGridReceiverException}, also when no receiver is configured at all)
 * or a setting out of range, fails the startup naming the method.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.2.0
 */
public class EventGridPullListenerAnnotationBeanPostProcessor
		implements BeanPostProcessor, BeanFactoryAware, SmartInitializingSingleton {

	private final Supplier<EventGridPullListenerRegistry> registry;

	private final Supplier<@Nullable EventGridReceivers> receivers;

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
	 * @param receivers supplies the named receivers, or {@code null} when none is
	 * configured, so that every listener method fails the startup
	 * @param methodFactory supplies the factory that resolves listener arguments
	 * @param errorHandler supplies the error handler of listeners that name none, or
	 * {@code null} for the default one
	 * @param observationRegistry supplies the registry that observes listener calls, or
	 * {@code null} for none
	 */
	public EventGridPullListenerAnnotationBeanPostProcessor(Supplier<EventGridPullListenerRegistry> registry,
			Supplier<@Nullable EventGridReceivers> receivers, Supplier<EventGridListenerMethodFactory> methodFactory,
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
		if (this.classesWithoutListeners.contains(targetClass)) {
			return bean;
		}
		if (!EventGridListenerAnnotationBeanPostProcessor.declaresAnnotation(targetClass,
				EventGridPullListener.class)) {
			this.classesWithoutListeners.add(targetClass);
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
				this.pending.add(() -> register(container.get()));
				return;
			}
		}
		register(container.get());
	}

	private void register(EventGridPullListenerContainer container) {
		this.registry.get().register(container);
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
		String listener = method.getDeclaringClass().getName() + "#" + method.getName();
		ReactiveEventGridReceiver receiver = receiver(resolve(annotation.receiver()).trim(), listener);
		String id = StringUtils.hasText(annotation.id()) ? resolve(annotation.id())
				: targetClass.getSimpleName() + "#" + method.getName();
		Method invocable = AopUtils.selectInvocableMethod(method, bean.getClass());
		try {
			int concurrency = number(annotation.concurrency(), "concurrency", listener,
					(value) -> value >= 1 && value <= EventGridPullListenerContainer.MAX_CONCURRENCY,
					"from 1 to " + EventGridPullListenerContainer.MAX_CONCURRENCY);
			int maxEvents = number(annotation.maxEvents(), "maxEvents", listener,
					(value) -> value >= 1 && value <= ReactiveEventGridReceiver.MAX_EVENTS,
					"from 1 to " + ReactiveEventGridReceiver.MAX_EVENTS + " (the most one receive returns)");
			Duration maxWait = maxWait(annotation.maxWait(), listener);
			String lockRenewalText = resolve(annotation.lockRenewal()).trim();
			Duration lockRenewal = lockRenewalText.isEmpty() ? null
					: duration(lockRenewalText, "lockRenewal", listener);
			if (lockRenewal != null && lockRenewal.compareTo(Duration.ofMillis(100)) < 0) {
				throw new IllegalArgumentException(invalid(listener, "lockRenewal", lockRenewalText,
						"write an interval of at least 100ms, well within the subscription's lock duration, "
								+ "or nothing not to renew"));
			}
			Boolean batch = flag(annotation.batch(), "batch", listener);
			Boolean autoStartup = flag(annotation.autoStartup(), "autoStartup", listener);
			EventGridListenerEndpoint endpoint = EventGridListenerEndpoint.builder(bean, invocable)
				.id(id)
				.batch(batch)
				.errorHandler(errorHandler(annotation.errorHandler(), id))
				.methodFactory(this.methodFactory.get())
				.build();
			EventGridPullListenerContainer container = new EventGridPullListenerContainer(endpoint, receiver,
					concurrency, maxEvents, maxWait);
			container.setLockRenewal(lockRenewal);
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

	private ReactiveEventGridReceiver receiver(String name, String listener) {
		EventGridReceivers receivers = this.receivers.get();
		if (receivers == null || !receivers.getNames().contains(name)) {
			throw new UnknownEventGridReceiverException(listener, name,
					(receivers != null) ? receivers.getNames() : Set.of());
		}
		return receivers.getReactiveReceiver(name);
	}

	private static String invalid(String listener, String attribute, String value, String fix) {
		return "The @EventGridPullListener method " + listener + " declares " + attribute + " = \"" + value + "\"; "
				+ fix;
	}

	private int number(String value, String attribute, String listener, IntPredicate valid, String range) {
		String text = resolve(value).trim();
		int number;
		try {
			number = Integer.parseInt(text);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(invalid(listener, attribute, text, "write a whole number " + range));
		}
		if (!valid.test(number)) {
			throw new IllegalArgumentException(invalid(listener, attribute, text, "write a whole number " + range));
		}
		return number;
	}

	private Duration maxWait(String value, String listener) {
		String text = resolve(value).trim();
		Duration wait = duration(text, "maxWait", listener);
		if (wait.compareTo(ReactiveEventGridReceiver.MIN_WAIT) < 0
				|| wait.compareTo(ReactiveEventGridReceiver.MAX_WAIT) > 0 || wait.toNanosPart() != 0) {
			throw new IllegalArgumentException(invalid(listener, "maxWait", text,
					"write whole seconds from " + ReactiveEventGridReceiver.MIN_WAIT.toSeconds() + "s to "
							+ ReactiveEventGridReceiver.MAX_WAIT.toSeconds() + "s, such as 10s"));
		}
		return wait;
	}

	private Duration duration(String text, String attribute, String listener) {
		try {
			return DurationStyle.detectAndParse(text);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(invalid(listener, attribute, text, "write a duration such as 10s"));
		}
	}

	private @Nullable Boolean flag(String value, String attribute, String listener) {
		String text = resolve(value).trim();
		if (text.isEmpty()) {
			return null;
		}
		if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
			throw new IllegalArgumentException(
					invalid(listener, attribute, text, "write \"true\", \"false\" or nothing"));
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
