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

package dev.eventgrid.emulator.fault;

import org.jspecify.annotations.Nullable;

/**
 * A rule of a {@link FaultPlan}, asked once per incoming publish request whether it
 * applies. Implementations must be thread-safe: requests arrive concurrently.
 *
 * @author Event Grid for Spring Boot team
 */
public interface FaultRule {

	/**
	 * Decide the fault for a request to a topic or domain, consuming one use of the rule
	 * if it applies.
	 * @param topic the name of the topic or domain the request is for
	 * @return the fault to apply, or {@code null} to let the next rule decide
	 */
	@Nullable Fault select(String topic);

	/**
	 * Return whether the rule will never apply again, so the plan can drop it.
	 * @return {@code true} once the rule is used up
	 */
	default boolean isExhausted() {
		return false;
	}

}
