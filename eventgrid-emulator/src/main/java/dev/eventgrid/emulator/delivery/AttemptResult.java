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

package dev.eventgrid.emulator.delivery;

/**
 * What one delivery attempt came to.
 *
 * @param status the HTTP status of the answer, {@code 201} for a stored queue message, or
 * {@code 0} if there was no answer
 * @param outcome the outcome
 * @author Event Grid for Spring Boot team
 */
record AttemptResult(int status, DeliveryOutcome outcome) {

	static AttemptResult forStatus(int status) {
		return new AttemptResult(status, DeliveryOutcome.forStatus(status));
	}

	boolean succeeded() {
		return this.outcome == DeliveryOutcome.DELIVERED;
	}

}
