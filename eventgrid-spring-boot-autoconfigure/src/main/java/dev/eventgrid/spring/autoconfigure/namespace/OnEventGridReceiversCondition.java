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

import dev.eventgrid.spring.autoconfigure.properties.EventGridPropertySources;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when {@code eventgrid.receivers.*} is set.
 *
 * @author Event Grid for Spring Boot team
 */
class OnEventGridReceiversCondition extends SpringBootCondition {

	private static final String RECEIVERS = "eventgrid.receivers";

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return getPropertyOutcome(context);
	}

	static ConditionOutcome getPropertyOutcome(ConditionContext context) {
		if (EventGridPropertySources.isSet(context.getEnvironment(), RECEIVERS)) {
			return ConditionOutcome.match(RECEIVERS + " is set");
		}
		return ConditionOutcome.noMatch(RECEIVERS + " is not set");
	}

}
