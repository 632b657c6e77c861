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

import java.util.List;

/**
 * The per-token outcome of a settle request: the tokens that succeeded and those that
 * failed with the service's error code and message.
 *
 * @param succeeded the tokens that succeeded, in request order
 * @param failed the tokens that failed, in request order
 * @author Event Grid for Spring Boot team
 */
record SettleResult(List<String> succeeded, List<Failure> failed) {

	/**
	 * A token that failed.
	 *
	 * @param lockToken the token as sent
	 * @param code the error code, such as {@code TokenLost}
	 * @param message the error message
	 */
	record Failure(String lockToken, String code, String message) {

	}

}
