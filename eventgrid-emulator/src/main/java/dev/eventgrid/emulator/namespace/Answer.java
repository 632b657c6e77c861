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
 * The response to a namespace request: a status and a JSON body.
 *
 * @param status the HTTP status
 * @param body the JSON body
 * @param errorCode the error code of an error body, or {@code null} on success
 * @author Event Grid for Spring Boot team
 */
record Answer(int status, byte[] body, @Nullable String errorCode) {

	boolean isSuccess() {
		return this.errorCode == null;
	}

}
