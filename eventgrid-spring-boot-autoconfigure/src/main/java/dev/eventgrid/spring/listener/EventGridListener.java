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

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a bean method as a receiver of the events Event Grid delivers to a webhook path.
 * Its arguments are resolved as those of Spring's other listener methods: the parameter
 * without annotation, or annotated with {@code @Payload} (and {@code @Valid} to validate
 * it), takes an {@code EventGridEvent}, a {@code CloudEvent}, a typed system event data
 * class such as {@code StorageBlobCreatedEventData}, or any class the event's data is
 * read into with the application's {@code JsonMapper}; a {@code Message<T>} takes the
 * same with the headers; {@code @Header} and {@code @Headers} parameters take the
 * delivery headers ({@code aeg-delivery-count}, {@code aeg-subscription-name}, ...) and
 * the event's attributes ({@link dev.eventgrid.spring.EventGridHeaders}); an
 * {@link EventGridDelivery} parameter takes all the delivery headers. A method whose
 * parameters cannot all be resolved fails the application's startup.
 * <p>
 * The method is called once per event, or once per delivery with a {@code List} of the
 * events (or of their data) when it is a {@link #batch() batch} listener. It may return
 * nothing, a {@code Mono<Void>} or another reactive or
 * {@link java.util.concurrent.CompletionStage} result, which is awaited.
 * <p>
 * A method that returns normally acknowledges its events. When it throws, an
 * {@link EventGridListenerErrorHandler} decides: by default an
 * {@link EventGridRejectedException} or an argument that cannot be resolved rejects the
 * delivery (400: dead-lettered without retry), an {@link EventGridRetryLaterException}
 * asks for a later retry (503), and anything else for a retry (500).
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@Target({ ElementType.METHOD, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface EventGridListener {

	/**
	 * Path of the webhook, such as {@code /events/orders}; empty for the
	 * {@code eventgrid.webhook.path} property. Placeholders are resolved.
	 * @return the path
	 */
	String path() default "";

	/**
	 * Event types the method receives, compared without regard to case; empty for every
	 * type, except Event Grid's own subscription validation and deletion events, which a
	 * method receives only when it names them. Placeholders are resolved.
	 * @return the event types
	 */
	String[] eventTypes() default {};

	/**
	 * Identifier of the listener, used in logs and observations; empty for
	 * {@code SimpleClassName#methodName}.
	 * @return the id
	 */
	String id() default "";

	/**
	 * Whether one call takes all the events of a delivery: {@code "true"},
	 * {@code "false"}, or empty for {@code "true"} exactly when the event parameter is a
	 * {@code List} (or a {@code Message} of one). A batch listener takes
	 * {@code List<CloudEvent>}, {@code List<EventGridEvent>} or a {@code List} of the
	 * data class. Placeholders are resolved.
	 * @return whether the listener takes batches
	 */
	String batch() default "";

	/**
	 * Name of the {@link EventGridListenerErrorHandler} bean that decides what becomes of
	 * the events of a failed call; empty for the application's error handler bean, if it
	 * has one, else the default one.
	 * @return the bean name
	 */
	String errorHandler() default "";

}
