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

package dev.eventgrid.spring.modulith;

import java.util.concurrent.CompletableFuture;

import dev.eventgrid.spring.core.EventGridOperations;

import org.springframework.expression.EvaluationContext;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.Externalized;
import org.springframework.modulith.events.support.DelegatingEventExternalizer;
import org.springframework.transaction.annotation.Propagation;

/**
 * Externalizes Spring Modulith application events to Event Grid: once the transaction
 * that published an event has committed, the event is sent through
 * {@link EventGridOperations}, and its publication is completed only when Event Grid has
 * accepted it. A send that fails leaves the publication incomplete, for Spring Modulith
 * to publish again.
 * <p>
 * The target of an event's route names the publisher, and its key, a literal or a SpEL
 * expression evaluated against the event, becomes the subject:
 * {@code @Externalized("orders::#{'orders/' + id()}")}. An event whose
 * {@link Externalized @Externalized} names no target goes through the default publisher.
 * The event is wrapped as the publisher's schema requires, as
 * {@link EventGridOperations#convertAndSend(String, Object, java.util.Map)} does, with
 * the headers of {@link EventExternalizationConfiguration#getHeadersFor(Object)} as its
 * attributes ({@link dev.eventgrid.spring.EventGridHeaders}); an event already mapped to
 * a {@link dev.eventgrid.spring.event.CloudEvent} or an
 * {@link dev.eventgrid.spring.event.EventGridEvent} is sent as it is.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public class EventGridEventExternalizer extends DelegatingEventExternalizer {

	/**
	 * The listener id under which Spring Modulith records the publications of this
	 * externalizer; outstanding publications are found by it after a restart.
	 */
	public static final String LISTENER_ID = "dev.eventgrid.spring.modulith.EventGridEventExternalizer";

	/**
	 * Create an externalizer.
	 * @param configuration which events to externalize, and their routes, mappings and
	 * headers
	 * @param operations the operations that send the events
	 * @param defaultPublisher the publisher of events whose route names none
	 * @param evaluationContext the context in which SpEL targets and keys are evaluated,
	 * with the event as root object
	 */
	public EventGridEventExternalizer(EventExternalizationConfiguration configuration, EventGridOperations operations,
			String defaultPublisher, EvaluationContext evaluationContext) {
		super(configuration,
				new ExternalizedEventSender(configuration, operations, defaultPublisher, evaluationContext)::send);
	}

	/**
	 * Externalize an event, after the transaction that published it has committed.
	 * @param event the event
	 * @return the outcome: the event's {@code EventExternalized} when Event Grid accepted
	 * it, or the failure
	 */
	@Override
	@ApplicationModuleListener(id = LISTENER_ID, propagation = Propagation.SUPPORTS)
	public CompletableFuture<?> externalize(Object event) {
		// why: overridden for the annotation's id, which names our publications in the
		// registry: DelegatingEventExternalizer's method-derived id would be shared with
		// Modulith's own Kafka, AMQP and JMS externalizers in the same application.
		return super.externalize(event);
	}

}
