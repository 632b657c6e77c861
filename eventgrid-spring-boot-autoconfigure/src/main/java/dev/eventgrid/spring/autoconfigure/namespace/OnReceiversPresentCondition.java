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

import dev.eventgrid.spring.namespace.EventGridReceivers;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.ConfigurationCondition;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when the application has receivers: {@code eventgrid.receivers.*} is set or it
 * defines its own {@link EventGridReceivers}. One condition rather than an
 * {@code AnyNestedCondition}, which reads and evaluates its member classes at every
 * start.
 *
 * @author Event Grid for Spring Boot team
 */
class OnReceiversPresentCondition extends SpringBootCondition implements ConfigurationCondition {

	@Override
	public ConfigurationPhase getConfigurationPhase() {
		return ConfigurationPhase.REGISTER_BEAN;
	}

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return getReceiversOutcome(context);
	}

	static ConditionOutcome getReceiversOutcome(ConditionContext context) {
		ConditionOutcome property = OnEventGridReceiversCondition.getPropertyOutcome(context);
		if (property.isMatch()) {
			return property;
		}
		ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
		if (beanFactory != null && beanFactory.getBeanNamesForType(EventGridReceivers.class, true, false).length > 0) {
			return ConditionOutcome.match("the application defines its own EventGridReceivers");
		}
		return ConditionOutcome.noMatch(property.getMessage() + " and no EventGridReceivers bean is defined");
	}

}
