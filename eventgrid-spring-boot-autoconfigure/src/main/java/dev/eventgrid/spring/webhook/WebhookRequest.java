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

package dev.eventgrid.spring.webhook;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.util.CollectionUtils;
import org.springframework.util.MultiValueMap;

/**
 * The parts of a webhook request that are known before its body is read, which is all
 * that a {@link WebhookAuthenticator} sees.
 *
 * @param method the HTTP method
 * @param path the path within the application
 * @param headers the request headers, read-only
 * @param queryParams the decoded query parameters, read-only
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public record WebhookRequest(HttpMethod method, String path, HttpHeaders headers,
		MultiValueMap<String, String> queryParams) {

	/**
	 * Create a request, keeping read-only views of its headers and parameters.
	 * @param method the HTTP method
	 * @param path the path within the application
	 * @param headers the request headers
	 * @param queryParams the decoded query parameters
	 */
	public WebhookRequest {
		headers = HttpHeaders.readOnlyHttpHeaders(headers);
		queryParams = CollectionUtils.unmodifiableMultiValueMap(queryParams);
	}

	@Override
	public String toString() {
		return "WebhookRequest[" + this.method + " " + this.path + "]";
	}

}
