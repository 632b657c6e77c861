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

import dev.eventgrid.spring.listener.EventGridListenerRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Checks the webhook settings and listeners once every singleton, and so every listener,
 * exists: a setting or a set of listeners that could only fail deliveries stops the
 * startup instead.
 *
 * @author Event Grid for Spring Boot team
 */
class WebhookStartupChecks implements SmartInitializingSingleton {

	private final ObjectProvider<EventGridWebhookProperties> properties;

	private final ObjectProvider<EventGridListenerRegistry> registry;

	WebhookStartupChecks(ObjectProvider<EventGridWebhookProperties> properties,
			ObjectProvider<EventGridListenerRegistry> registry) {
		this.properties = properties;
		this.registry = registry;
	}

	@Override
	public void afterSingletonsInstantiated() {
		EventGridWebhookProperties properties = this.properties.getIfAvailable();
		if (properties != null) {
			WebhookSettingsCheck.check(properties);
		}
	}

}
