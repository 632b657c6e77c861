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

package dev.eventgrid.emulator.namespace;

import org.jspecify.annotations.Nullable;

/**
 * What a subscriber does with the events it holds locks on, named by the action of the
 * request path, such as {@code :acknowledge}.
 *
 * @author Event Grid for Spring Boot team
 */
enum SettleOperation {

	/**
	 * The events were processed and are removed for every consumer.
	 */
	ACKNOWLEDGE("acknowledge"),

	/**
	 * The events are available again, at once or after a delay.
	 */
	RELEASE("release"),

	/**
	 * The events are not actionable and are dead-lettered.
	 */
	REJECT("reject"),

	/**
	 * The locks last another lock duration.
	 */
	RENEW_LOCK("renewLock");

	private final String action;

	SettleOperation(String action) {
		this.action = action;
	}

	String action() {
		return this.action;
	}

	static @Nullable SettleOperation fromAction(String action) {
		for (SettleOperation operation : values()) {
			if (operation.action.equalsIgnoreCase(action)) {
				return operation;
			}
		}
		return null;
	}

}
