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
 * The method may take an {@code EventGridEvent} or a {@code CloudEvent}, a {@code List}
 * of either (one call per delivery), a typed system event data class such as
 * {@code StorageBlobCreatedEventData}, or any class the event's data is read into with
 * the application's {@code JsonMapper} (one call per event); it may also take an
 * {@link EventGridDelivery}. It may return nothing, a {@code Mono<Void>} or another
 * reactive or {@link java.util.concurrent.CompletionStage} result, which is awaited.
 * <p>
 * A method that returns normally acknowledges the delivery (200). A method that throws
 * makes Event Grid retry (500), unless it throws an {@link EventGridRejectedException}
 * (400, dead-lettered without retry) or an {@link EventGridRetryLaterException} (503).
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

}
