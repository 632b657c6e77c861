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
 * The outcome of a run of samples.
 *
 * @param passed how many samples ran without error
 * @param skipped how many samples could not run with the current configuration
 * @param failed how many samples threw an exception
 * @param eventsSent how many events the samples sent
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public record RunSummary(int passed, int skipped, int failed, int eventsSent) {

	/**
	 * Return how many samples the run selected.
	 * @return the number of samples
	 */
	public int total() {
		return this.passed + this.skipped + this.failed;
	}

}
