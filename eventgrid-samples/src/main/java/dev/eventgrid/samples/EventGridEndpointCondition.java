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

package dev.eventgrid.samples;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Decides between the emulator and Azure: {@link Present} matches when
 * {@code eventgrid.endpoint} has text (Spring Boot binds the {@code EVENTGRID_ENDPOINT}
 * environment variable to it), {@link Absent} when it has none.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public abstract class EventGridEndpointCondition extends SpringBootCondition {

	private static final String PROPERTY = "eventgrid.endpoint";

	private final boolean present;

	EventGridEndpointCondition(boolean present) {
		this.present = present;
	}

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		boolean set = StringUtils.hasText(context.getEnvironment().getProperty(PROPERTY));
		String message = PROPERTY + (set ? " is set" : " is not set");
		return (set == this.present) ? ConditionOutcome.match(message) : ConditionOutcome.noMatch(message);
	}

	/**
	 * Matches when an Event Grid endpoint is configured.
	 */
	public static class Present extends EventGridEndpointCondition {

		Present() {
			super(true);
		}

	}

	/**
	 * Matches when no Event Grid endpoint is configured.
	 */
	public static class Absent extends EventGridEndpointCondition {

		Absent() {
			super(false);
		}

	}

}
