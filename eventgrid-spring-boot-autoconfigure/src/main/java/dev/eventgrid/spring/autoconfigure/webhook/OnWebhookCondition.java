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

import dev.eventgrid.spring.autoconfigure.EventGridListenersCondition;
import dev.eventgrid.spring.listener.EventGridListener;
import dev.eventgrid.spring.listener.EventGridListenerRegistry;
import dev.eventgrid.spring.webhook.EventGridWebhookHandler;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when the application has a webhook to serve: {@code eventgrid.webhook.enabled}
 * is {@code true}, it defines its own {@link EventGridListenerRegistry} or
 * {@link EventGridWebhookHandler}, or a bean definition shows
 * {@link EventGridListener @EventGridListener} methods.
 *
 * @author Event Grid for Spring Boot team
 */
class OnWebhookCondition extends EventGridListenersCondition {

	static final String ENABLED = "eventgrid.webhook.enabled";

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		if ("true".equalsIgnoreCase(context.getEnvironment().getProperty(ENABLED))) {
			return ConditionOutcome.match(ENABLED + " is true");
		}
		ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
		if (beanFactory == null) {
			return ConditionOutcome.noMatch("there is no bean factory to read");
		}
		if (beanFactory.getBeanNamesForType(EventGridListenerRegistry.class, true, false).length > 0
				|| beanFactory.getBeanNamesForType(EventGridWebhookHandler.class, true, false).length > 0) {
			return ConditionOutcome.match("the application defines its own listener registry or webhook handler");
		}
		String listenerBean = findListenerBean(beanFactory, EventGridListener.class.getName());
		if (listenerBean != null) {
			return ConditionOutcome.match("bean '" + listenerBean + "' has @EventGridListener methods");
		}
		return ConditionOutcome
			.noMatch("no bean definition shows @EventGridListener methods, and " + ENABLED + " is not true");
	}

}
