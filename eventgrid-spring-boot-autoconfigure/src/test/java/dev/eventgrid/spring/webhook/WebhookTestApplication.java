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

package dev.eventgrid.spring.webhook;

import dev.eventgrid.spring.EventGridHeaders;
import dev.eventgrid.spring.autoconfigure.EventGridListenerMethodFactoryCustomizer;
import dev.eventgrid.spring.listener.EventGridDeliveryOutcome;
import dev.eventgrid.spring.listener.EventGridListenerErrorHandler;
import dev.eventgrid.spring.webhook.RecordingListeners.PoisonException;
import dev.eventgrid.spring.webhook.RecordingListeners.Tenant;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.MethodParameter;
import org.springframework.messaging.Message;
import org.springframework.messaging.handler.invocation.HandlerMethodArgumentResolver;

/**
 * An application whose beans are {@link RecordingListeners}, a custom argument resolver
 * and an error handler, for every web stack.
 *
 * @author Event Grid for Spring Boot team
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
class WebhookTestApplication {

	@Bean
	RecordingListeners recordingListeners() {
		return new RecordingListeners();
	}

	@Bean
	EventGridListenerMethodFactoryCustomizer tenantArgumentResolver() {
		return (factory) -> factory.addArgumentResolver(new HandlerMethodArgumentResolver() {

			@Override
			public boolean supportsParameter(MethodParameter parameter) {
				return parameter.getParameterType() == Tenant.class;
			}

			@Override
			public Object resolveArgument(MethodParameter parameter, Message<?> message) {
				Object tenant = message.getHeaders().get(EventGridHeaders.EXTENSION_PREFIX + "tenant");
				return new Tenant((tenant != null) ? tenant.toString() : "unknown");
			}

		});
	}

	@Bean
	EventGridListenerErrorHandler poisonErrorHandler() {
		return (message, exception) -> (exception instanceof PoisonException)
				? EventGridDeliveryOutcome.reject("Poison: " + exception.getMessage())
				: EventGridListenerErrorHandler.defaultHandler().handleError(message, exception);
	}

}
