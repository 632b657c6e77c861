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

package dev.eventgrid.spring.core;

import java.util.Map;

import dev.eventgrid.spring.EventGridException;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * Reactive operations for publishing events to Event Grid. An event is our
 * {@link dev.eventgrid.spring.event.EventGridEvent} or
 * {@link dev.eventgrid.spring.event.CloudEvent}, azure-core's or the CNCF SDK's
 * CloudEvent, a {@code Map} or Jackson {@code JsonNode} in the event's JSON form, or, for
 * a custom-schema publisher, any object that serializes to a JSON object. Input errors
 * are reported before the first request leaves; the returned {@link Mono} fails with an
 * {@link EventGridException} when the service refuses a request.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 * @see EventGridOperations
 */
public interface ReactiveEventGridOperations {

	/**
	 * Send one event through the default publisher.
	 * @param event the event
	 * @return the result, when Event Grid has accepted the event
	 */
	Mono<SendResult> send(Object event);

	/**
	 * Send events through the default publisher, in as few requests as their size allows.
	 * @param events the events, all checked before the first request
	 * @return the result, when Event Grid has accepted every event
	 */
	Mono<SendResult> send(Iterable<?> events);

	/**
	 * Stream events through the default publisher: each request is filled, checked and
	 * sent as events arrive, with backpressure.
	 * @param events the events
	 * @return the result, when the stream has completed and every event was accepted
	 */
	Mono<SendResult> send(Publisher<?> events);

	/**
	 * Send one event through a named publisher.
	 * @param publisher the publisher name
	 * @param event the event
	 * @return the result
	 */
	Mono<SendResult> send(String publisher, Object event);

	/**
	 * Send events through a named publisher.
	 * @param publisher the publisher name
	 * @param events the events, all checked before the first request
	 * @return the result
	 */
	Mono<SendResult> send(String publisher, Iterable<?> events);

	/**
	 * Stream events through a named publisher.
	 * @param publisher the publisher name
	 * @param events the events
	 * @return the result
	 */
	Mono<SendResult> send(String publisher, Publisher<?> events);

	/**
	 * Wrap a payload as an event of the default publisher's schema and send it. For
	 * CloudEvents the payload becomes {@code data}, with {@code source} and {@code type}
	 * from the publisher's defaults.
	 * @param payload the event data
	 * @return the result
	 */
	Mono<SendResult> convertAndSend(Object payload);

	/**
	 * Wrap a payload as an event of a named publisher's schema and send it.
	 * @param publisher the publisher name
	 * @param payload the event data
	 * @return the result
	 */
	Mono<SendResult> convertAndSend(String publisher, Object payload);

	/**
	 * Wrap a payload as an event of a named publisher's schema, with attributes taken
	 * from {@link dev.eventgrid.spring.EventGridHeaders} headers, and send it.
	 * @param publisher the publisher name
	 * @param payload the event data
	 * @param headers event attributes, such as {@code eventgrid_type} or
	 * {@code eventgrid_ext_tenant}
	 * @return the result
	 */
	Mono<SendResult> convertAndSend(String publisher, Object payload, Map<String, ?> headers);

}
