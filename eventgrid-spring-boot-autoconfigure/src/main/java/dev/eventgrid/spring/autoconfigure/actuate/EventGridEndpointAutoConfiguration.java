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

package dev.eventgrid.spring.autoconfigure.actuate;

import dev.eventgrid.spring.autoconfigure.EventGridAutoConfiguration;
import dev.eventgrid.spring.core.ReactiveEventGridTemplate;
import dev.eventgrid.spring.listener.EventGridListenerRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * {@link EnableAutoConfiguration Auto-configuration} of the {@link EventGridEndpoint
 * eventgrid endpoint}, when Actuator makes it available.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@AutoConfiguration(after = EventGridAutoConfiguration.class,
		afterName = { "dev.eventgrid.spring.autoconfigure.webhook.EventGridWebhookReactiveAutoConfiguration",
				"dev.eventgrid.spring.autoconfigure.webhook.EventGridWebhookServletAutoConfiguration" })
@ConditionalOnClass({ Endpoint.class, ConditionalOnAvailableEndpoint.class })
public final class EventGridEndpointAutoConfiguration {

	// Why on the method: the condition's class is only read once the class condition has
	// matched, whichever way the auto-configuration is imported.
	@Bean
	@ConditionalOnMissingBean(EventGridEndpoint.class)
	@ConditionalOnAvailableEndpoint
	EventGridEndpoint eventGridEndpoint(ObjectProvider<ReactiveEventGridTemplate> templates,
			ObjectProvider<EventGridListenerRegistry> listenerRegistries) {
		return new EventGridEndpoint(templates, listenerRegistries);
	}

}
