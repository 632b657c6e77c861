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

package dev.eventgrid.spring.autoconfigure.webhook;

import java.util.List;
import java.util.stream.Collectors;

import dev.eventgrid.spring.listener.EventGridListenerEndpoint;
import dev.eventgrid.spring.listener.EventGridListenerRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Logs each webhook path and the listener methods it serves, once every singleton, and so
 * every listener, exists. Paths without listeners are not served and not logged.
 *
 * @author Event Grid for Spring Boot team
 */
class WebhookPathsLogger implements SmartInitializingSingleton {

	private static final Log logger = LogFactory.getLog("dev.eventgrid.spring.webhook");

	private final ObjectProvider<EventGridListenerRegistry> registry;

	WebhookPathsLogger(ObjectProvider<EventGridListenerRegistry> registry) {
		this.registry = registry;
	}

	@Override
	public void afterSingletonsInstantiated() {
		EventGridListenerRegistry registry = this.registry.getIfAvailable();
		if (registry == null || !logger.isInfoEnabled()) {
			return;
		}
		registry.getPaths()
			.stream()
			.sorted()
			.forEach((path) -> logger.info(describe(path, registry.getEndpoints(path))));
	}

	private static String describe(String path, List<EventGridListenerEndpoint> endpoints) {
		return "Event Grid webhook " + path + " delivers to "
				+ endpoints.stream().map(EventGridListenerEndpoint::getId).sorted().collect(Collectors.joining(", "));
	}

}
