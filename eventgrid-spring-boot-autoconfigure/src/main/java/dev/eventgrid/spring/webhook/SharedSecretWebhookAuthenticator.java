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

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * Lets a request through when it carries a shared secret in a query parameter of the
 * subscription's endpoint URL (the way Event Grid's documentation describes) or in a
 * header set as a delivery property of the subscription. Values are compared in constant
 * time.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public final class SharedSecretWebhookAuthenticator implements WebhookAuthenticator {

	private final byte[] secretDigest;

	private final @Nullable String queryParameter;

	private final @Nullable String header;

	/**
	 * Create an authenticator.
	 * @param secret the secret
	 * @param queryParameter the query parameter that may carry it, or {@code null}
	 * @param header the header that may carry it, or {@code null}
	 */
	public SharedSecretWebhookAuthenticator(String secret, @Nullable String queryParameter, @Nullable String header) {
		Assert.hasText(secret, "'secret' must not be empty");
		Assert.isTrue(StringUtils.hasText(queryParameter) || StringUtils.hasText(header),
				"A query parameter or a header must carry the secret");
		this.secretDigest = digest(secret);
		this.queryParameter = StringUtils.hasText(queryParameter) ? queryParameter : null;
		this.header = StringUtils.hasText(header) ? header : null;
	}

	@Override
	public void authenticate(WebhookRequest request) {
		String presented = presented(request);
		if (presented == null) {
			throw new WebhookAuthenticationException("No shared secret in " + where());
		}
		if (!MessageDigest.isEqual(this.secretDigest, digest(presented))) {
			throw new WebhookAuthenticationException("Wrong shared secret in " + where());
		}
	}

	private @Nullable String presented(WebhookRequest request) {
		String value = (this.queryParameter != null) ? request.queryParams().getFirst(this.queryParameter) : null;
		if (value == null && this.header != null) {
			value = request.headers().getFirst(this.header);
		}
		return value;
	}

	private String where() {
		if (this.queryParameter != null && this.header != null) {
			return "query parameter '" + this.queryParameter + "' or header '" + this.header + "'";
		}
		return (this.queryParameter != null) ? "query parameter '" + this.queryParameter + "'"
				: "header '" + this.header + "'";
	}

	private static byte[] digest(String value) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every Java platform", ex);
		}
	}

	@Override
	public String toString() {
		return "SharedSecretWebhookAuthenticator[" + where() + "]";
	}

}
