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

package dev.eventgrid.spring.transport;

/**
 * Told how each request of a publisher ends, whichever send it belongs to, so that the
 * publisher can tell how its endpoint last answered. Called once per request: an
 * implementation must be cheap.
 *
 * @author Event Grid for Spring Boot team
 */
public interface OutcomeListener {

	/**
	 * A listener that ignores everything.
	 */
	OutcomeListener NONE = new OutcomeListener() {

		@Override
		public void accepted() {
		}

		@Override
		public void failed(Throwable exception) {
		}

	};

	/**
	 * Called when Event Grid accepted a request.
	 */
	void accepted();

	/**
	 * Called when a request has failed for good.
	 * @param exception what the send fails with, such as an
	 * {@link dev.eventgrid.spring.EventGridAuthenticationException}
	 */
	void failed(Throwable exception);

}
