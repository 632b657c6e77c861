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

/**
 * Blocking operations for publishing events to Event Grid; see
 * {@link ReactiveEventGridOperations} for the kinds of event accepted. Each method
 * returns when Event Grid has accepted every event, and throws otherwise.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public interface EventGridOperations {

	/**
	 * Send one event through the default publisher.
	 * @param event the event
	 * @return the result
	 * @throws EventGridException if the service refused the event
	 */
	SendResult send(Object event);

	/**
	 * Send events through the default publisher, in as few requests as their size allows.
	 * @param events the events, all checked before the first request
	 * @return the result
	 * @throws EventGridException if the service refused a request; when some requests
	 * were accepted, an {@link dev.eventgrid.spring.EventGridPartialSendException}
	 */
	SendResult send(Iterable<?> events);

	/**
	 * Send one event through a named publisher.
	 * @param publisher the publisher name
	 * @param event the event
	 * @return the result
	 * @throws EventGridException if the service refused the event
	 */
	SendResult send(String publisher, Object event);

	/**
	 * Send events through a named publisher.
	 * @param publisher the publisher name
	 * @param events the events, all checked before the first request
	 * @return the result
	 * @throws EventGridException if the service refused a request
	 */
	SendResult send(String publisher, Iterable<?> events);

	/**
	 * Wrap a payload as an event of the default publisher's schema and send it.
	 * @param payload the event data
	 * @return the result
	 * @throws EventGridException if the service refused the event
	 */
	SendResult convertAndSend(Object payload);

	/**
	 * Wrap a payload as an event of a named publisher's schema and send it.
	 * @param publisher the publisher name
	 * @param payload the event data
	 * @return the result
	 * @throws EventGridException if the service refused the event
	 */
	SendResult convertAndSend(String publisher, Object payload);

	/**
	 * Wrap a payload as an event of a named publisher's schema, with attributes taken
	 * from {@link dev.eventgrid.spring.EventGridHeaders} headers, and send it.
	 * @param publisher the publisher name
	 * @param payload the event data
	 * @param headers event attributes
	 * @return the result
	 * @throws EventGridException if the service refused the event
	 */
	SendResult convertAndSend(String publisher, Object payload, Map<String, ?> headers);

}
