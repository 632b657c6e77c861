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
 * A rule that consults its delegate only for requests to one topic or domain.
 *
 * @author Event Grid for Spring Boot team
 */
final class TopicScopedFaultRule implements FaultRule {

	private final String topic;

	private final FaultRule delegate;

	TopicScopedFaultRule(String topic, FaultRule delegate) {
		this.topic = topic;
		this.delegate = delegate;
	}

	boolean isScopedTo(String topic) {
		return this.topic.equalsIgnoreCase(topic);
	}

	@Override
	public @Nullable Fault select(String topic) {
		return isScopedTo(topic) ? this.delegate.select(topic) : null;
	}

	@Override
	public boolean isExhausted() {
		return this.delegate.isExhausted();
	}

	@Override
	public String toString() {
		return this.topic + ": " + this.delegate;
	}

}
