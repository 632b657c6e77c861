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

package dev.eventgrid.spring.autoconfigure.namespace;

import dev.eventgrid.spring.autoconfigure.EventGridListenersCondition;
import dev.eventgrid.spring.namespace.EventGridPullListener;
import dev.eventgrid.spring.namespace.EventGridReceivers;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when the application may have pull listeners: {@code eventgrid.receivers.*} is
 * set, it defines its own {@link EventGridReceivers}, or a bean definition shows
 * {@link EventGridPullListener @EventGridPullListener} methods.
 *
 * @author Event Grid for Spring Boot team
 */
class OnPullListenersCondition extends EventGridListenersCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		ConditionOutcome receivers = OnReceiversPresentCondition.getReceiversOutcome(context);
		ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
		if (receivers.isMatch() || beanFactory == null) {
			return receivers;
		}
		String listenerBean = findListenerBean(beanFactory, EventGridPullListener.class.getName());
		if (listenerBean != null) {
			return ConditionOutcome.match("bean '" + listenerBean + "' has @EventGridPullListener methods");
		}
		return ConditionOutcome
			.noMatch(receivers.getMessage() + ", and no bean definition shows @EventGridPullListener methods");
	}

}
