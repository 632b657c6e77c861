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
 * Told what each request of a send did, for observation.
 *
 * @author Event Grid for Spring Boot team
 */
@FunctionalInterface
public interface SendListener {

	/**
	 * A listener that ignores everything.
	 */
	SendListener NONE = (events, size, attempts, accepted) -> {
	};

	/**
	 * Called when a request is accepted or has failed for good.
	 * @param events the events it carried
	 * @param size the size of its body, in bytes
	 * @param attempts how many attempts it took
	 * @param accepted whether Event Grid accepted it
	 */
	void requestFinished(int events, long size, int attempts, boolean accepted);

}
