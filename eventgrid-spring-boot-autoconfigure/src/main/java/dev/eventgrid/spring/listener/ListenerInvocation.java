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

import java.lang.reflect.UndeclaredThrowableException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;

import dev.eventgrid.spring.event.CloudEvent;
import dev.eventgrid.spring.event.EventGridEvent;
import dev.eventgrid.spring.event.EventSchema;
import dev.eventgrid.spring.observation.EventGridReceiverContext;
import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

import org.springframework.core.ReactiveAdapter;
import org.springframework.core.ReactiveAdapterRegistry;
import org.springframework.messaging.Message;

/**
 * One call of a listener: its message, its arguments resolved from it, and the context of
 * its observation. A transport creates the invocations of a delivery first, so that an
 * event that does not fit its listener refuses the delivery before any listener runs,
 * then {@linkplain #invoke(Observation) invokes} them in order.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public final class ListenerInvocation {

	private static final List<String> TRACE_CONTEXT = List.of("traceparent", "tracestate");

	private final EventGridListenerEndpoint endpoint;

	private final Message<?> message;

	private final @Nullable Object[] arguments;

	private final EventGridReceiverContext context;

	/**
	 * Create an invocation, resolving the listener's arguments.
	 * @param endpoint the listener
	 * @param message the message, as {@link ListenerMessages} builds it
	 * @param destination where the events were delivered, such as the webhook path
	 * @throws ListenerArgumentException if an argument cannot be resolved
	 * @throws EventGridDeliveryException if a custom resolver says how the delivery ends
	 */
	public ListenerInvocation(EventGridListenerEndpoint endpoint, Message<?> message, String destination) {
		this.endpoint = endpoint;
		this.message = message;
		this.arguments = endpoint.resolveArguments(message);
		List<?> events = events(message);
		Object first = events.get(0);
		EventGridDelivery delivery = EventGridDelivery.of(message.getHeaders());
		this.context = new EventGridReceiverContext(traceContext(first), endpoint.getId(), destination, type(first),
				id(first),
				(first instanceof CloudEvent) ? EventSchema.CLOUD_EVENT.getId() : EventSchema.EVENT_GRID_EVENT.getId(),
				events.size(), delivery.subscriptionName(), delivery.deliveryCount());
	}

	private static List<?> events(Message<?> message) {
		Object payload = message.getPayload();
		return (payload instanceof List<?> list) ? list : List.of(payload);
	}

	/**
	 * Return the listener called.
	 * @return the endpoint
	 */
	public EventGridListenerEndpoint endpoint() {
		return this.endpoint;
	}

	/**
	 * Return the message the arguments were resolved from.
	 * @return the message
	 */
	public Message<?> message() {
		return this.message;
	}

	/**
	 * Return the context of the call's observation.
	 * @return the context
	 */
	public EventGridReceiverContext context() {
		return this.context;
	}

	/**
	 * Call the listener with the observation in scope, returning what it returned.
	 * @param observation the observation of the delivery
	 * @return what the listener returned, or {@code null} if it returned nothing
	 */
	public @Nullable Object invoke(Observation observation) {
		try (Observation.Scope scope = observation.openScope()) {
			return this.endpoint.invoke(this.arguments);
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new UndeclaredThrowableException(ex, "Listener " + this.endpoint.getId() + " failed");
		}
	}

	/**
	 * Decide, with the listener's error handler, what becomes of the events of this call
	 * once it failed.
	 * @param failure what the call threw or returned as an error
	 * @return the outcome
	 */
	public EventGridDeliveryOutcome outcome(Throwable failure) {
		return this.endpoint.handleError(this.message, failure);
	}

	/**
	 * Wait for what a listener returned: a {@link CompletionStage} or any reactive type
	 * Spring can adapt, whose completion or error is the listener's.
	 * @param result what the listener returned; a value of any other type, or
	 * {@code null}, is already complete
	 */
	public static void await(@Nullable Object result) {
		CompletableFuture<?> future = toFuture(result);
		if (future != null) {
			try {
				future.get();
			}
			catch (ExecutionException ex) {
				throw propagate(ex.getCause());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for a listener", ex);
			}
		}
	}

	private static @Nullable CompletableFuture<?> toFuture(@Nullable Object result) {
		if (result instanceof CompletionStage<?> stage) {
			return stage.toCompletableFuture();
		}
		ReactiveAdapter adapter = (result != null)
				? ReactiveAdapterRegistry.getSharedInstance().getAdapter(result.getClass()) : null;
		if (result == null || adapter == null) {
			return null;
		}
		return CompletingSubscriber.subscribe(adapter, result);
	}

	/**
	 * Return the failure a wrapper such as a {@link CompletionException} carries.
	 * @param failure the failure
	 * @return the innermost cause that is not a wrapper
	 */
	public static Throwable unwrap(Throwable failure) {
		Throwable current = failure;
		while ((current instanceof CompletionException || current instanceof ExecutionException
				|| current instanceof UndeclaredThrowableException) && current.getCause() != null) {
			current = current.getCause();
		}
		return current;
	}

	private static RuntimeException propagate(@Nullable Throwable failure) {
		Throwable cause = (failure != null) ? unwrap(failure) : new IllegalStateException("Listener failed");
		if (cause instanceof RuntimeException runtime) {
			return runtime;
		}
		if (cause instanceof Error error) {
			throw error;
		}
		return new UndeclaredThrowableException(cause);
	}

	/**
	 * Describe an event by its id and type, for messages.
	 * @param event an {@code EventGridEvent} or a {@code CloudEvent}
	 * @return the description
	 */
	public static String describe(Object event) {
		return "'" + id(event) + "' of type '" + type(event) + "'";
	}

	/**
	 * Return the type of an event.
	 * @param event an {@code EventGridEvent} or a {@code CloudEvent}
	 * @return the type
	 */
	public static String type(Object event) {
		return (event instanceof CloudEvent cloudEvent) ? cloudEvent.getType()
				: ((EventGridEvent) event).getEventType();
	}

	/**
	 * Return the id of an event.
	 * @param event an {@code EventGridEvent} or a {@code CloudEvent}
	 * @return the id
	 */
	public static String id(Object event) {
		return (event instanceof CloudEvent cloudEvent) ? cloudEvent.getId() : ((EventGridEvent) event).getId();
	}

	private static Map<String, String> traceContext(Object event) {
		Map<String, String> carrier = new LinkedHashMap<>();
		if (event instanceof CloudEvent cloudEvent) {
			for (String name : TRACE_CONTEXT) {
				Object value = cloudEvent.getExtension(name);
				if (value != null) {
					carrier.put(name, value.toString());
				}
			}
		}
		return carrier;
	}

	/**
	 * Completes a future when a publisher completes, ignoring its items; apart so that
	 * Reactive Streams need be present only when a listener returns a reactive type.
	 */
	private static final class CompletingSubscriber implements Subscriber<Object> {

		private final CompletableFuture<Void> future = new CompletableFuture<>();

		static CompletableFuture<Void> subscribe(ReactiveAdapter adapter, Object result) {
			CompletingSubscriber subscriber = new CompletingSubscriber();
			adapter.toPublisher(result).subscribe(subscriber);
			return subscriber.future;
		}

		@Override
		public void onSubscribe(Subscription subscription) {
			subscription.request(Long.MAX_VALUE);
		}

		@Override
		public void onNext(Object item) {
		}

		@Override
		public void onError(Throwable failure) {
			this.future.completeExceptionally(failure);
		}

		@Override
		public void onComplete() {
			this.future.complete(null);
		}

	}

}
