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

import java.util.List;

/**
 * Decides whether a webhook request comes from Event Grid before its body is read. A
 * request it refuses is answered 401, which Event Grid does not retry, and no listener is
 * called. Declare a bean of this type to replace the authenticators the
 * {@code eventgrid.webhook.*} properties configure.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 * @see SharedSecretWebhookAuthenticator
 * @see BearerTokenWebhookAuthenticator
 */
@FunctionalInterface
public interface WebhookAuthenticator {

	/**
	 * Check a request.
	 * @param request the request, without its body
	 * @throws WebhookAuthenticationException if the request is refused
	 */
	void authenticate(WebhookRequest request) throws WebhookAuthenticationException;

	/**
	 * Return an authenticator that lets every request through.
	 * @return the authenticator
	 */
	static WebhookAuthenticator permitAll() {
		return (request) -> {
		};
	}

	/**
	 * Return an authenticator that lets a request through only when each of the given
	 * ones does.
	 * @param authenticators the authenticators, checked in order
	 * @return the authenticator; {@link #permitAll()} if the list is empty
	 */
	static WebhookAuthenticator allOf(List<? extends WebhookAuthenticator> authenticators) {
		List<WebhookAuthenticator> all = List.copyOf(authenticators);
		if (all.size() == 1) {
			return all.get(0);
		}
		return (request) -> {
			for (WebhookAuthenticator authenticator : all) {
				authenticator.authenticate(request);
			}
		};
	}

}
