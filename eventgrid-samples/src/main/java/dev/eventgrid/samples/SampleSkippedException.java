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

/**
 * Thrown by a sample that cannot run with the current configuration, such as one that
 * needs an access key when the application authenticates with Entra ID.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public class SampleSkippedException extends RuntimeException {

	/**
	 * Create an exception saying why the sample was skipped.
	 * @param reason what the sample needs, and how to provide it
	 */
	public SampleSkippedException(String reason) {
		super(reason);
	}

}
