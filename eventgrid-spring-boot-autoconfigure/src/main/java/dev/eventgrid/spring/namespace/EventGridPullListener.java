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

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a bean method as a receiver of the events of a namespace topic's queue
 * subscription, read by pull delivery through a named receiver
 * ({@code eventgrid.receivers.<name>.*}). Its arguments are resolved as those of
 * {@link dev.eventgrid.spring.listener.EventGridListener} methods: a {@code CloudEvent},
 * the class its data is read into, a {@code Message}, {@code @Header} parameters (with
 * {@link EventGridPullListenerContainer#LOCK_TOKEN} and {@code aeg-delivery-count}), or a
 * {@code List} of events for a batch listener.
 * <p>
 * A listener container receives up to {@link #maxEvents()} events at a time on each of
 * its {@link #concurrency()} consumers and calls the method once per event (or once per
 * received batch). A call that returns normally acknowledges its events. When it throws,
 * the listener's {@link dev.eventgrid.spring.listener.EventGridListenerErrorHandler}
 * decides: retry releases the events with a back-off delay that grows with their delivery
 * count (or at least the delay an
 * {@link dev.eventgrid.spring.listener.EventGridRetryLaterException} asks for), reject
 * rejects them (dead-lettered or dropped). The containers are started and stopped with
 * the application context by the {@link EventGridPullListenerRegistry}, which also starts
 * and stops them by id.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.2.0
 */
@Target({ ElementType.METHOD, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface EventGridPullListener {

	/**
	 * Name of the receiver, as in {@code eventgrid.receivers.<name>}. Placeholders are
	 * resolved.
	 * @return the receiver name
	 */
	String receiver();

	/**
	 * Identifier of the listener and its container, used in logs, observations and the
	 * registry; empty for {@code SimpleClassName#methodName}.
	 * @return the id
	 */
	String id() default "";

	/**
	 * How many consumers receive and process events at once: a number from 1 to 64.
	 * Placeholders are resolved.
	 * @return the concurrency
	 */
	String concurrency() default "1";

	/**
	 * The most events one receive returns: 1 to 100. Placeholders are resolved.
	 * @return the batch size
	 */
	String maxEvents() default "10";

	/**
	 * How long one receive may wait for events, such as {@code 10s}: whole seconds from
	 * 10 to 120. Placeholders are resolved.
	 * @return the wait
	 */
	String maxWait() default "10s";

	/**
	 * Interval at which the locks of the events of a receive are renewed while they are
	 * processed, such as {@code 30s} for the default 60-second lock; empty not to renew,
	 * when a call must end within the subscription's lock duration. Placeholders are
	 * resolved.
	 * @return the interval
	 */
	String lockRenewal() default "";

	/**
	 * Whether one call takes all the events of a receive: {@code "true"},
	 * {@code "false"}, or empty for {@code "true"} exactly when the event parameter is a
	 * {@code List}. Placeholders are resolved.
	 * @return whether the listener takes batches
	 */
	String batch() default "";

	/**
	 * Name of the error handler bean; empty for the application's error handler bean, if
	 * it has one, else the default one.
	 * @return the bean name
	 */
	String errorHandler() default "";

	/**
	 * Whether the container starts with the application context: {@code "true"} or
	 * {@code "false"}. Placeholders are resolved.
	 * @return whether it starts automatically
	 */
	String autoStartup() default "true";

}
