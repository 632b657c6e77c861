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

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;

import dev.eventgrid.spring.event.EventSchema;
import dev.eventgrid.spring.event.system.SystemEventMappings;
import dev.eventgrid.spring.event.system.SystemEventNames;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.ReactiveAdapterRegistry;
import org.springframework.util.Assert;
import org.springframework.util.ReflectionUtils;

/**
 * A listener method on a bean, with the webhook path and event types it receives. Created
 * from {@link EventGridListener} methods, or directly to register a listener without the
 * annotation.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public final class EventGridListenerEndpoint {

	private static final Set<String> LIFECYCLE_TYPES = Set.of(
			SystemEventNames.EVENT_GRID_SUBSCRIPTION_VALIDATION.toLowerCase(Locale.ROOT),
			SystemEventNames.EVENT_GRID_SUBSCRIPTION_DELETED.toLowerCase(Locale.ROOT));

	private final String id;

	private final String path;

	private final Set<String> eventTypes;

	private final Object bean;

	private final Method method;

	private final List<ListenerParameter> parameters;

	private final @Nullable ListenerParameter payload;

	private final boolean async;

	/**
	 * Create an endpoint, checking that the method's parameters can be given.
	 * @param id the listener's id
	 * @param path the webhook path, or empty for the default one
	 * @param eventTypes the event types received; empty for all but Event Grid's own
	 * validation and deletion events
	 * @param bean the bean to call the method on
	 * @param method the method, invocable on the bean
	 * @throws IllegalStateException if the method takes more than one event or data
	 * parameter
	 */
	public EventGridListenerEndpoint(String id, String path, Collection<String> eventTypes, Object bean,
			Method method) {
		Assert.hasText(id, "'id' must not be empty");
		Assert.notNull(path, "'path' must not be null");
		Assert.notNull(bean, "'bean' must not be null");
		Assert.notNull(method, "'method' must not be null");
		this.id = id;
		this.path = path;
		this.eventTypes = eventTypes.stream()
			.map((type) -> type.trim().toLowerCase(Locale.ROOT))
			.filter((type) -> !type.isEmpty())
			.collect(Collectors.toUnmodifiableSet());
		this.bean = bean;
		this.method = method;
		this.parameters = parameters(method);
		List<ListenerParameter> payloads = this.parameters.stream().filter((p) -> p.kind().isPayload()).toList();
		if (payloads.size() > 1) {
			throw new IllegalStateException("@EventGridListener method " + method.toGenericString()
					+ " takes more than one event or data parameter; it may take one, and an EventGridDelivery");
		}
		this.payload = payloads.isEmpty() ? null : payloads.get(0);
		this.async = isAsync(method.getReturnType());
		ReflectionUtils.makeAccessible(method);
	}

	private static List<ListenerParameter> parameters(Method method) {
		List<ListenerParameter> parameters = new ArrayList<>();
		for (int i = 0; i < method.getParameterCount(); i++) {
			parameters.add(ListenerParameter.of(method, i));
		}
		return List.copyOf(parameters);
	}

	private static boolean isAsync(Class<?> returnType) {
		return CompletionStage.class.isAssignableFrom(returnType)
				|| ReactiveAdapterRegistry.getSharedInstance().getAdapter(returnType) != null;
	}

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

	public Object getBean() {
		return this.bean;
	}

	public Method getMethod() {
		return this.method;
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
		Class<?> dataType = (this.payload != null && this.payload.kind() == ListenerParameter.Kind.SYSTEM_EVENT_DATA)
				? this.payload.type() : null;
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
		return (this.payload != null) ? this.payload.schema() : null;
	}

	/**
	 * Return whether the listener takes all the events of a delivery in one call.
	 * @return whether it does
	 */
	public boolean isBatch() {
		return this.payload != null && this.payload.kind().isList();
	}

	/**
	 * Return whether the method returns a result to await.
	 * @return whether it does
	 */
	public boolean isAsync() {
		return this.async;
	}

	@Nullable Object[] arguments(List<?> events, EventGridDelivery delivery, JsonMapper mapper) {
		@Nullable Object[] arguments = new Object[this.parameters.size()];
		for (int i = 0; i < arguments.length; i++) {
			arguments[i] = this.parameters.get(i).resolve(events, delivery, mapper);
		}
		return arguments;
	}

	@Nullable Object invoke(@Nullable Object[] arguments) {
		try {
			return this.method.invoke(this.bean, arguments);
		}
		catch (InvocationTargetException ex) {
			Throwable target = ex.getTargetException();
			if (target instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (target instanceof Error error) {
				throw error;
			}
			throw new UndeclaredThrowableException(target, "Listener " + this.id + " failed");
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException("Listener " + this.id + " cannot be called", ex);
		}
	}

	@Override
	public String toString() {
		return "EventGridListenerEndpoint[" + this.id + ", path='" + this.path + "', eventTypes=" + this.eventTypes
				+ "]";
	}

}
