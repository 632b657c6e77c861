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

package dev.eventgrid.emulator.publish;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.eventgrid.emulator.model.EmulatedTopic;
import dev.eventgrid.emulator.model.RequestHeaders;
import org.jspecify.annotations.Nullable;

/**
 * A publish request whose body has been read, ready to be judged.
 *
 * @param topic the topic or domain the path names
 * @param scheme {@code https} or {@code http}
 * @param host the {@code Host} header: host and port
 * @param path the request path
 * @param query the decoded query parameters
 * @param headers the request headers
 * @param body the body, truncated to the request size limit
 * @param bodySize the full size of the body
 * @param sequence the request's sequence number
 * @param requestId the request id of the response
 * @param receivedAt when the request arrived
 * @author Event Grid for Spring Boot team
 */
record PublishRequest(EmulatedTopic topic, String scheme, String host, String path, Map<String, List<String>> query,
		RequestHeaders headers, byte[] body, long bodySize, long sequence, String requestId, Instant receivedAt) {

	String url() {
		return this.scheme + "://" + this.host + this.path;
	}

	@Nullable String firstQueryValue(String name) {
		List<String> values = this.query.get(name);
		return (values != null && !values.isEmpty()) ? values.get(0) : null;
	}

}
