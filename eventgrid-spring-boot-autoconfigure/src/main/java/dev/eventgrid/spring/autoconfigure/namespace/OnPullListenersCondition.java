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
import dev.eventgrid.spring.autoconfigure.properties.EventGridPropertySources;
import dev.eventgrid.spring.namespace.EventGridPullListener;
import dev.eventgrid.spring.namespace.EventGridReceivers;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.context.annotation.ConditionContext;

/**
 * Matches when the application may have pull listeners: {@code eventgrid.receivers.*} is
 * set, it defines its own {@link EventGridReceivers}, or a bean definition shows
 * {@link EventGridPullListener @EventGridPullListener} methods.
 *
 * @author Event Grid for Spring Boot team
 */
class OnPullListenersCondition extends EventGridListenersCondition {

	OnPullListenersCondition() {
		this(false);
	}

	OnPullListenersCondition(boolean negated) {
		super(negated);
	}

	@Override
	protected ConditionOutcome getListenersOutcome(ConditionContext context) {
		if (EventGridPropertySources.isSet(context.getEnvironment(), "eventgrid.receivers")) {
			return ConditionOutcome.match("eventgrid.receivers is set");
		}
		ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
		if (beanFactory == null) {
			return ConditionOutcome.noMatch("there is no bean factory to read");
		}
		if (beanFactory.getBeanNamesForType(EventGridReceivers.class, true, false).length > 0) {
			return ConditionOutcome.match("the application defines its own EventGridReceivers");
		}
		String listenerBean = findListenerBean(beanFactory, EventGridPullListener.class.getName());
		if (listenerBean != null) {
			return ConditionOutcome.match("bean '" + listenerBean + "' has @EventGridPullListener methods");
		}
		return ConditionOutcome
			.noMatch("eventgrid.receivers is not set and no bean definition shows " + "@EventGridPullListener methods");
	}

	/**
	 * Matches when {@link OnPullListenersCondition} does not.
	 */
	static final class Negated extends OnPullListenersCondition {

		Negated() {
			super(true);
		}

	}

}
