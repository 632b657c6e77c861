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
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;

import dev.eventgrid.spring.event.EventSchema;
import dev.eventgrid.spring.event.system.SystemEventMappings;
import dev.eventgrid.spring.event.system.SystemEventNames;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.core.ReactiveAdapterRegistry;
import org.springframework.messaging.Message;
import org.springframework.util.Assert;

/**
 * A listener method on a bean, with the webhook path and event types it receives, bound
 * to the argument resolvers of an {@link EventGridListenerMethodFactory} and to an
 * {@link EventGridListenerErrorHandler}. Created from {@link EventGridListener} methods,
 * or with {@link #builder(Object, Method)} to register a listener without the annotation.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public final class EventGridListenerEndpoint {

	private static final Log logger = LogFactory.getLog(EventGridListenerEndpoint.class);

	private static final Set<String> LIFECYCLE_TYPES = Set.of(
			SystemEventNames.EVENT_GRID_SUBSCRIPTION_VALIDATION.toLowerCase(Locale.ROOT),
			SystemEventNames.EVENT_GRID_SUBSCRIPTION_DELETED.toLowerCase(Locale.ROOT));

	private final String id;

	private final String path;

	private final Set<String> eventTypes;

	private final Object bean;

	private final Method method;

	private final ListenerSignature signature;

	private final ListenerHandlerMethod handlerMethod;

	private final EventGridListenerErrorHandler errorHandler;

	private final boolean async;

	/**
	 * Create an endpoint whose arguments are resolved by a default
	 * {@link EventGridListenerMethodFactory}, with the default error handler.
	 * @param id the listener's id
	 * @param path the webhook path, or empty for the default one
	 * @param eventTypes the event types received; empty for all but Event Grid's own
	 * validation and deletion events
	 * @param bean the bean to call the method on
	 * @param method the method, invocable on the bean
	 * @throws IllegalStateException if a parameter of the method cannot be resolved
	 */
	public EventGridListenerEndpoint(String id, String path, Collection<String> eventTypes, Object bean,
			Method method) {
		this(builder(bean, method).id(id).path(path).eventTypes(eventTypes));
	}

	private EventGridListenerEndpoint(Builder builder) {
		this.id = (builder.id != null) ? builder.id
				: builder.method.getDeclaringClass().getSimpleName() + "#" + builder.method.getName();
		this.path = builder.path;
		this.eventTypes = builder.eventTypes.stream()
			.map((type) -> type.trim().toLowerCase(Locale.ROOT))
			.filter((type) -> !type.isEmpty())
			.collect(Collectors.toUnmodifiableSet());
		this.bean = builder.bean;
		this.method = builder.method;
		this.signature = ListenerSignature.of(builder.method, builder.methodFactory, builder.batch);
		this.handlerMethod = builder.methodFactory.createListenerMethod(builder.bean, builder.method);
		this.errorHandler = builder.errorHandler;
		this.async = isAsync(builder.method.getReturnType());
	}

	/**
	 * Start building an endpoint for a method.
	 * @param bean the bean to call the method on
	 * @param method the method, invocable on the bean
	 * @return a builder
	 */
	public static Builder builder(Object bean, Method method) {
		return new Builder(bean, method);
	}

	private static boolean isAsync(Class<?> returnType) {
		return CompletionStage.class.isAssignableFrom(returnType)
				|| ReactiveAdapterRegistry.getSharedInstance().getAdapter(returnType) != null;
	}

	/**
	 * Return the identifier of the listener, used in logs and observations.
	 * @return the id
	 */
	public String getId() {
		return this.id;
	}

	/**
	 * Return the path as given, empty for the default one.
	 * @return the path
	 */
	public String getPath() {
		return this.path;
	}

	/**
	 * Return the event types received, lower-cased.
	 * @return the event types; empty for all
	 */
	public Set<String> getEventTypes() {
		return this.eventTypes;
	}

	/**
	 * Return the bean the method is called on.
	 * @return the bean
	 */
	public Object getBean() {
		return this.bean;
	}

	/**
	 * Return the listener method.
	 * @return the method
	 */
	public Method getMethod() {
		return this.method;
	}

	/**
	 * Return the handler that decides what becomes of events whose call failed.
	 * @return the error handler
	 */
	public EventGridListenerErrorHandler getErrorHandler() {
		return this.errorHandler;
	}

	/**
	 * Return whether the listener receives events of a type.
	 * @param eventType the event type
	 * @return whether it does
	 */
	public boolean accepts(String eventType) {
		String type = eventType.toLowerCase(Locale.ROOT);
		if (!this.eventTypes.isEmpty()) {
			return this.eventTypes.contains(type);
		}
		Class<?> dataType = this.signature.systemEventDataType();
		if (LIFECYCLE_TYPES.contains(type)) {
			return dataType != null && SystemEventMappings.dataType(eventType).orElse(null) == dataType;
		}
		return dataType == null
				|| SystemEventMappings.dataType(eventType).map(dataType::isAssignableFrom).orElse(false);
	}

	/**
	 * Return the schema the listener's parameter needs, if it needs one.
	 * @return the schema, or {@code null} if the listener takes either
	 */
	public @Nullable EventSchema schema() {
		return this.signature.schema();
	}

	/**
	 * Return whether the listener takes all the events of a delivery in one call, as
	 * {@link EventGridListener#batch()} declares or its {@code List} parameter implies.
	 * @return whether it does
	 */
	public boolean isBatch() {
		return this.signature.batch();
	}

	/**
	 * Return whether the method returns a result to await.
	 * @return whether it does
	 */
	public boolean isAsync() {
		return this.async;
	}

	/**
	 * Decide what becomes of the events of a call that failed, with the listener's error
	 * handler; if that handler fails, the default one decides.
	 * @param message the message of the call
	 * @param failure what the call threw
	 * @return the outcome
	 */
	public EventGridDeliveryOutcome handleError(Message<?> message, Throwable failure) {
		Throwable cause = ListenerInvocation.unwrap(failure);
		try {
			EventGridDeliveryOutcome outcome = this.errorHandler.handleError(message, cause);
			Assert.state(outcome != null, "The error handler returned no outcome");
			return outcome;
		}
		catch (RuntimeException ex) {
			logger.warn("The error handler of listener " + this.id + " failed; the default one decides", ex);
			return EventGridListenerErrorHandler.defaultHandler().handleError(message, cause);
		}
	}

	@Nullable Object[] resolveArguments(Message<?> message) {
		return this.handlerMethod.resolveArguments(message);
	}

	@Nullable Object invoke(@Nullable Object[] arguments) throws Exception {
		return this.handlerMethod.call(arguments);
	}

	@Override
	public String toString() {
		return "EventGridListenerEndpoint[" + this.id + ", path='" + this.path + "', eventTypes=" + this.eventTypes
				+ "]";
	}

	/**
	 * Builder for {@link EventGridListenerEndpoint}.
	 */
	public static final class Builder {

		private final Object bean;

		private final Method method;

		private @Nullable String id;

		private String path = "";

		private Collection<String> eventTypes = List.of();

		private @Nullable Boolean batch;

		private EventGridListenerErrorHandler errorHandler = EventGridListenerErrorHandler.defaultHandler();

		private EventGridListenerMethodFactory methodFactory = DefaultFactory.INSTANCE;

		private Builder(Object bean, Method method) {
			Assert.notNull(bean, "'bean' must not be null");
			Assert.notNull(method, "'method' must not be null");
			this.bean = bean;
			this.method = method;
		}

		/**
		 * Set the identifier; defaults to {@code SimpleClassName#methodName}.
		 * @param id the id
		 * @return this builder
		 */
		public Builder id(String id) {
			Assert.hasText(id, "'id' must not be empty");
			this.id = id;
			return this;
		}

		/**
		 * Set the webhook path; empty, the default, for the registry's default path.
		 * @param path the path
		 * @return this builder
		 */
		public Builder path(String path) {
			Assert.notNull(path, "'path' must not be null");
			this.path = path;
			return this;
		}

		/**
		 * Set the event types received; empty, the default, for all but Event Grid's own
		 * validation and deletion events.
		 * @param eventTypes the event types
		 * @return this builder
		 */
		public Builder eventTypes(Collection<String> eventTypes) {
			Assert.notNull(eventTypes, "'eventTypes' must not be null");
			this.eventTypes = eventTypes;
			return this;
		}

		/**
		 * Set whether one call takes all the events of a delivery.
		 * @param batch whether it does, or {@code null}, the default, to decide from
		 * whether the payload parameter is a {@code List}
		 * @return this builder
		 */
		public Builder batch(@Nullable Boolean batch) {
			this.batch = batch;
			return this;
		}

		/**
		 * Set the handler that decides what becomes of events whose call failed.
		 * @param errorHandler the error handler
		 * @return this builder
		 */
		public Builder errorHandler(EventGridListenerErrorHandler errorHandler) {
			Assert.notNull(errorHandler, "'errorHandler' must not be null");
			this.errorHandler = errorHandler;
			return this;
		}

		/**
		 * Set the factory whose resolvers resolve the method's arguments.
		 * @param methodFactory the factory
		 * @return this builder
		 */
		public Builder methodFactory(EventGridListenerMethodFactory methodFactory) {
			Assert.notNull(methodFactory, "'methodFactory' must not be null");
			this.methodFactory = methodFactory;
			return this;
		}

		/**
		 * Build the endpoint, checking that every parameter of the method can be
		 * resolved.
		 * @return the endpoint
		 * @throws IllegalStateException if a parameter cannot be resolved, naming the
		 * method and the parameter
		 */
		public EventGridListenerEndpoint build() {
			return new EventGridListenerEndpoint(this);
		}

	}

	/**
	 * The factory of endpoints built without one, created when first needed.
	 */
	private static final class DefaultFactory {

		static final EventGridListenerMethodFactory INSTANCE = new EventGridListenerMethodFactory();

	}

}
