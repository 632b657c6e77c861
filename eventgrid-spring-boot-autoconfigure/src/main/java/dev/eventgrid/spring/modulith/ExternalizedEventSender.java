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

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import dev.eventgrid.spring.EventGridHeaders;
import dev.eventgrid.spring.core.EventGridOperations;
import dev.eventgrid.spring.core.SendResult;
import dev.eventgrid.spring.event.CloudEvent;
import dev.eventgrid.spring.event.EventGridEvent;

import org.springframework.expression.EvaluationContext;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;
import org.springframework.modulith.events.support.BrokerRouting;

/**
 * Sends one externalized event to the publisher its route names, with the route's key as
 * subject.
 *
 * @author Event Grid for Spring Boot team
 */
final class ExternalizedEventSender {

	private final EventExternalizationConfiguration configuration;

	private final EventGridOperations operations;

	private final String defaultPublisher;

	private final EvaluationContext evaluationContext;

	ExternalizedEventSender(EventExternalizationConfiguration configuration, EventGridOperations operations,
			String defaultPublisher, EvaluationContext evaluationContext) {
		this.configuration = configuration;
		this.operations = operations;
		this.defaultPublisher = defaultPublisher;
		this.evaluationContext = evaluationContext;
	}

	/**
	 * Send an event and wait until Event Grid has accepted it.
	 * @param target the event's route
	 * @param payload the event, as the configuration mapped it
	 * @return the result of the send, completed: an exception thrown here fails the
	 * externalization, which leaves the publication incomplete
	 */
	CompletableFuture<SendResult> send(RoutingTarget target, Object payload) {
		// why blocking: Modulith runs this on its task executor, whose thread waits for
		// the returned future anyway; completing here keeps the registry's JDBC update
		// that follows off the HTTP client's event loop.
		BrokerRouting routing = BrokerRouting.of(target, this.evaluationContext);
		String publisher = publisher(routing.getTarget(payload), payload);
		if (payload instanceof CloudEvent || payload instanceof EventGridEvent) {
			return CompletableFuture.completedFuture(this.operations.send(publisher, payload));
		}
		Map<String, Object> headers = new LinkedHashMap<>(this.configuration.getHeadersFor(payload));
		String subject = (target.getKey() != null) ? routing.getKey(payload) : null;
		if (subject != null) {
			headers.putIfAbsent(EventGridHeaders.SUBJECT, subject);
		}
		return CompletableFuture.completedFuture(this.operations.convertAndSend(publisher, payload, headers));
	}

	/**
	 * Return the publisher a route's target names. Spring Modulith routes an event whose
	 * {@code @Externalized} names no target to its class name, fully qualified or
	 * relative to the application's package: such events go through the default
	 * publisher.
	 * @param target the target of the route
	 * @param payload the event
	 * @return the publisher name
	 */
	private String publisher(String target, Object payload) {
		String type = payload.getClass().getName();
		return (type.equals(target) || type.endsWith("." + target)) ? this.defaultPublisher : target;
	}

}
