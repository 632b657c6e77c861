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

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.BeanInitializationException;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.AnnotationFilter;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.util.Assert;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;
import org.springframework.util.StringUtils;

/**
 * Registers the {@link EventGridListener} methods of every bean in an
 * {@link EventGridListenerRegistry}, resolving placeholders in their attributes. The
 * methods found while the context starts are registered once every singleton exists, with
 * the arguments resolved by the application's {@link EventGridListenerMethodFactory} and
 * failures handled by the error handler the annotation names or the application's one; a
 * method whose parameters cannot be resolved fails the startup.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public class EventGridListenerAnnotationBeanPostProcessor
		implements BeanPostProcessor, BeanFactoryAware, SmartInitializingSingleton {

	/**
	 * Java, Jakarta, Kotlin and Spring types: their beans declare no listener methods (as
	 * Spring's own event listener processor assumes of its container classes), and their
	 * annotations cannot carry ours.
	 */
	private static final AnnotationFilter FOREIGN_TYPES = AnnotationFilter.packages("java", "javax", "jakarta",
			"kotlin", "org.springframework");

	private final Supplier<EventGridListenerRegistry> registry;

	private final Supplier<EventGridListenerMethodFactory> methodFactory;

	private final Supplier<@Nullable EventGridListenerErrorHandler> errorHandler;

	private final Set<Class<?>> classesWithoutListeners = ConcurrentHashMap.newKeySet();

	private final List<Runnable> pending = new ArrayList<>();

	private boolean singletonsInstantiated;

	private @Nullable ConfigurableBeanFactory beanFactory;

	/**
	 * Create a post-processor whose listeners have a default
	 * {@link EventGridListenerMethodFactory} and the default error handler.
	 * @param registry supplies the registry once every singleton exists, so that it need
	 * not exist while post-processors are created
	 */
	public EventGridListenerAnnotationBeanPostProcessor(Supplier<EventGridListenerRegistry> registry) {
		this(registry, EventGridListenerMethodFactory::new, () -> null);
	}

	/**
	 * Create a post-processor.
	 * @param registry supplies the registry once every singleton exists
	 * @param methodFactory supplies the factory that resolves the arguments of every
	 * listener
	 * @param errorHandler supplies the error handler of listeners that name none, or
	 * {@code null} for the default one
	 */
	public EventGridListenerAnnotationBeanPostProcessor(Supplier<EventGridListenerRegistry> registry,
			Supplier<EventGridListenerMethodFactory> methodFactory,
			Supplier<@Nullable EventGridListenerErrorHandler> errorHandler) {
		Assert.notNull(registry, "'registry' must not be null");
		Assert.notNull(methodFactory, "'methodFactory' must not be null");
		Assert.notNull(errorHandler, "'errorHandler' must not be null");
		this.registry = registry;
		this.methodFactory = methodFactory;
		this.errorHandler = errorHandler;
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
		if (!declaresAnnotation(targetClass, EventGridListener.class)) {
			this.classesWithoutListeners.add(targetClass);
			return bean;
		}
		Map<Method, EventGridListener> methods = MethodIntrospector.selectMethods(targetClass,
				(MethodIntrospector.MetadataLookup<EventGridListener>) (method) -> AnnotatedElementUtils
					.findMergedAnnotation(method, EventGridListener.class));
		if (methods.isEmpty()) {
			this.classesWithoutListeners.add(targetClass);
			return bean;
		}
		methods
			.forEach((method, annotation) -> register(() -> endpoint(bean, beanName, targetClass, method, annotation)));
		return bean;
	}

	private void register(Supplier<EventGridListenerEndpoint> endpoint) {
		synchronized (this.pending) {
			if (!this.singletonsInstantiated) {
				this.pending.add(() -> this.registry.get().register(endpoint.get()));
				return;
			}
		}
		this.registry.get().register(endpoint.get());
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

	/**
	 * Return whether a method of the class, of a superclass or of an interface carries an
	 * annotation that is, or is meta-annotated with, the given listener annotation, such
	 * as {@link EventGridListener}. Looking at each method's own annotations once is
	 * cheap (Spring and the JDK cache the methods and their annotations, which Spring's
	 * own event listener processor reads for every bean); it spares the beans without
	 * listeners, nearly all of them, a search of every method's hierarchy. Classes and
	 * annotations of Java, Jakarta, Kotlin and Spring cannot carry listener methods and
	 * are not looked into.
	 * @param targetClass the class of the bean
	 * @param annotationType the listener annotation
	 * @return whether a method may be a listener method
	 */
	public static boolean declaresAnnotation(Class<?> targetClass, Class<? extends Annotation> annotationType) {
		Assert.notNull(targetClass, "'targetClass' must not be null");
		Assert.notNull(annotationType, "'annotationType' must not be null");
		if (FOREIGN_TYPES.matches(targetClass.getName())
				|| !AnnotationUtils.isCandidateClass(targetClass, annotationType)) {
			return false;
		}
		Set<Class<?>> types = new LinkedHashSet<>(ClassUtils.getAllInterfacesForClassAsSet(targetClass));
		for (Class<?> type = targetClass; type != null && type != Object.class; type = type.getSuperclass()) {
			types.add(type);
		}
		for (Class<?> type : types) {
			for (Method method : ReflectionUtils.getDeclaredMethods(type)) {
				for (Annotation annotation : method.getDeclaredAnnotations()) {
					Class<? extends Annotation> declared = annotation.annotationType();
					if (declared == annotationType || (!FOREIGN_TYPES.matches(declared)
							&& AnnotationUtils.isAnnotationMetaPresent(declared, annotationType))) {
						return true;
					}
				}
			}
		}
		return false;
	}

	private EventGridListenerEndpoint endpoint(Object bean, String beanName, Class<?> targetClass, Method method,
			EventGridListener annotation) {
		String id = StringUtils.hasText(annotation.id()) ? resolve(annotation.id())
				: targetClass.getSimpleName() + "#" + method.getName();
		List<String> eventTypes = Arrays.stream(annotation.eventTypes())
			.map(this::resolve)
			.flatMap((types) -> StringUtils.commaDelimitedListToSet(types).stream())
			.toList();
		Method invocable = AopUtils.selectInvocableMethod(method, bean.getClass());
		try {
			return EventGridListenerEndpoint.builder(bean, invocable)
				.id(id)
				.path(resolve(annotation.path()))
				.eventTypes(eventTypes)
				.batch(batch(annotation.batch(), id))
				.errorHandler(errorHandler(annotation.errorHandler(), id))
				.methodFactory(this.methodFactory.get())
				.build();
		}
		catch (IllegalStateException | IllegalArgumentException ex) {
			throw new BeanInitializationException(
					"Cannot register the @EventGridListener methods of bean '" + beanName + "': " + ex.getMessage(),
					ex);
		}
	}

	private @Nullable Boolean batch(String value, String id) {
		String batch = resolve(value).trim();
		if (batch.isEmpty()) {
			return null;
		}
		if (!batch.equalsIgnoreCase("true") && !batch.equalsIgnoreCase("false")) {
			throw new IllegalArgumentException(
					"Listener " + id + " declares batch = \"" + batch + "\"; write \"true\", \"false\" or nothing");
		}
		return Boolean.valueOf(batch);
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
