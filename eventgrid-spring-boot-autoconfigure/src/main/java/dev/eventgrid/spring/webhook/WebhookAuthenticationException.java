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

import dev.eventgrid.spring.listener.EventGridDeliveryException;
import org.jspecify.annotations.Nullable;

/**
 * Thrown by a {@link WebhookAuthenticator} that refuses a request. Its message is logged,
 * not sent back, and must not hold the credential.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public class WebhookAuthenticationException extends EventGridDeliveryException {

	private final @Nullable String challenge;

	/**
	 * Create an exception.
	 * @param message why the request is refused
	 */
	public WebhookAuthenticationException(String message) {
		this(message, null, null);
	}

	/**
	 * Create an exception with a challenge and a cause.
	 * @param message why the request is refused
	 * @param challenge the {@code WWW-Authenticate} value to answer with, or {@code null}
	 * @param cause the cause, or {@code null}
	 */
	public WebhookAuthenticationException(String message, @Nullable String challenge, @Nullable Throwable cause) {
		super(message, cause);
		this.challenge = challenge;
	}

	/**
	 * Return the {@code WWW-Authenticate} value to answer with.
	 * @return the challenge, or {@code null}
	 */
	public @Nullable String getChallenge() {
		return this.challenge;
	}

}
