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

import dev.eventgrid.spring.webhook.EventGridWebhookHandler;
import dev.eventgrid.spring.webhook.ServletEventGridWebhookRouter;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.messaging.handler.annotation.support.MessageHandlerMethodFactory;
import org.springframework.web.servlet.function.RouterFunction;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for Event Grid webhooks in Spring
 * MVC applications: the {@code @EventGridListener} methods of the application's beans
 * receive the events delivered to their paths. The webhook is configured when a bean
 * definition shows such methods, the application defines its own listener registry or
 * webhook handler, or {@code eventgrid.webhook.enabled=true}; otherwise only a check is,
 * which stops the startup at a listener method that its bean definition hid.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@AutoConfiguration(afterName = { "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
		"org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration" })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({ RouterFunction.class, MessageHandlerMethodFactory.class })
@ConditionalOnBooleanProperty(name = "eventgrid.webhook.enabled", matchIfMissing = true)
@Import(UndetectedListenersConfiguration.class)
public final class EventGridWebhookServletAutoConfiguration {

	/**
	 * The webhook, when the application has one to serve.
	 */
	@Configuration(proxyBeanMethods = false)
	@Conditional(OnWebhookCondition.class)
	@Import(EventGridWebhookConfiguration.class)
	static class WebhookConfiguration {

		@Bean
		@ConditionalOnMissingBean(ServletEventGridWebhookRouter.class)
		ServletEventGridWebhookRouter eventGridWebhookRouter(
				ObjectProvider<EventGridWebhookHandler> eventGridWebhookHandler) {
			return new ServletEventGridWebhookRouter(eventGridWebhookHandler::getObject);
		}

	}

}
