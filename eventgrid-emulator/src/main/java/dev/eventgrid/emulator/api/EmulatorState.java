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

package dev.eventgrid.emulator.api;

import java.util.List;

import dev.eventgrid.emulator.delivery.EmulatedSubscription;
import dev.eventgrid.emulator.fault.FaultPlan;
import dev.eventgrid.emulator.model.EmulatedTopic;
import dev.eventgrid.emulator.model.ReceivedEvent;
import dev.eventgrid.emulator.namespace.EmulatedNamespace;

/**
 * What the emulator's HTTP API reads and changes: the running emulator, seen through the
 * operations the API needs.
 *
 * @author Event Grid for Spring Boot team
 */
public interface EmulatorState {

	/**
	 * Return every topic and domain.
	 * @return the topics and domains, in declaration order
	 */
	List<EmulatedTopic> topics();

	/**
	 * Return a topic or domain.
	 * @param name the name, in any case
	 * @return the topic or domain
	 * @throws IllegalArgumentException if there is none of that name
	 */
	EmulatedTopic topic(String name);

	/**
	 * Return the HTTPS publish URL of a topic or domain.
	 * @param name the name
	 * @return the URL
	 */
	String httpsEndpoint(String name);

	/**
	 * Return the plain HTTP publish URL of a topic or domain.
	 * @param name the name
	 * @return the URL
	 */
	String httpEndpoint(String name);

	/**
	 * Return the events a topic or domain accepted.
	 * @param name the name
	 * @return the events, oldest first
	 */
	List<ReceivedEvent> receivedEvents(String name);

	/**
	 * Forget the events and requests recorded for one topic or domain.
	 * @param name the name
	 */
	void clearEvents(String name);

	/**
	 * Forget everything recorded: events, requests, delivery attempts, dead-letters and
	 * queue messages, namespaces included.
	 */
	void clear();

	/**
	 * Return every subscription.
	 * @return the subscriptions, in creation order
	 */
	List<EmulatedSubscription> subscriptions();

	/**
	 * Return a subscription.
	 * @param name the name, in any case
	 * @return the subscription
	 * @throws IllegalArgumentException if there is none of that name
	 */
	EmulatedSubscription subscription(String name);

	/**
	 * Return every namespace.
	 * @return the namespaces, in declaration order
	 */
	List<EmulatedNamespace> namespaces();

	/**
	 * Return a namespace.
	 * @param name the name, in any case
	 * @return the namespace
	 * @throws IllegalArgumentException if there is none of that name
	 */
	EmulatedNamespace namespace(String name);

	/**
	 * Return the fault plan of the topics and domains.
	 * @return the global fault plan
	 */
	FaultPlan faults();

}
