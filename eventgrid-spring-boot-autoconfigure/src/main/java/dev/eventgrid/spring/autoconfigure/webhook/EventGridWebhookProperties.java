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

package dev.eventgrid.spring.autoconfigure.webhook;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.eventgrid.spring.webhook.SubscriptionValidationMode;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@link ConfigurationProperties @ConfigurationProperties} for receiving events pushed by
 * Event Grid over HTTP.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@ConfigurationProperties("eventgrid.webhook")
public class EventGridWebhookProperties {

	/**
	 * Path of the listeners that name none.
	 */
	private String path = "/api/events";

	/**
	 * How the validation handshake of Event Grid schema subscriptions is completed:
	 * 'sync' answers the validation code; 'manual' logs the validation URL for someone to
	 * GET.
	 */
	private SubscriptionValidationMode validation = SubscriptionValidationMode.SYNC;

	/**
	 * Comma-separated list of origins the CloudEvents abuse-protection handshake allows;
	 * '*' allows any.
	 */
	private List<String> allowedOrigins = new ArrayList<>(List.of("eventgrid.azure.net"));

	/**
	 * Largest request body; a larger delivery is answered 413 without being read.
	 */
	private DataSize maxRequestSize = DataSize.ofKilobytes(1088);

	/**
	 * Longest time a request body may take to arrive; a slower one is answered 408 and
	 * its connection closed.
	 */
	private Duration bodyTimeout = Duration.ofSeconds(30);

	/**
	 * Comma-separated list of content types a delivery may have, parameters aside; others
	 * are answered 415. '*' accepts any.
	 */
	private List<String> acceptedContentTypes = new ArrayList<>(
			List.of("application/json", "application/cloudevents+json", "application/cloudevents-batch+json"));

	/**
	 * Comma-separated list of hosts a validation URL may name in 'manual' validation; a
	 * leading '*.' matches any subdomain. The URL must be https, or http on a loopback
	 * host listed here.
	 */
	private List<String> validationHosts = new ArrayList<>(List.of("*.eventgrid.azure.net"));

	private final Secret secret = new Secret();

	private final Entra entra = new Entra();

	public String getPath() {
		return this.path;
	}

	public void setPath(String path) {
		this.path = path;
	}

	public SubscriptionValidationMode getValidation() {
		return this.validation;
	}

	public void setValidation(SubscriptionValidationMode validation) {
		this.validation = validation;
	}

	public List<String> getAllowedOrigins() {
		return this.allowedOrigins;
	}

	public void setAllowedOrigins(List<String> allowedOrigins) {
		this.allowedOrigins = allowedOrigins;
	}

	public DataSize getMaxRequestSize() {
		return this.maxRequestSize;
	}

	public void setMaxRequestSize(DataSize maxRequestSize) {
		this.maxRequestSize = maxRequestSize;
	}

	public Duration getBodyTimeout() {
		return this.bodyTimeout;
	}

	public void setBodyTimeout(Duration bodyTimeout) {
		this.bodyTimeout = bodyTimeout;
	}

	public List<String> getAcceptedContentTypes() {
		return this.acceptedContentTypes;
	}

	public void setAcceptedContentTypes(List<String> acceptedContentTypes) {
		this.acceptedContentTypes = acceptedContentTypes;
	}

	public List<String> getValidationHosts() {
		return this.validationHosts;
	}

	public void setValidationHosts(List<String> validationHosts) {
		this.validationHosts = validationHosts;
	}

	public Secret getSecret() {
		return this.secret;
	}

	public Entra getEntra() {
		return this.entra;
	}

	/**
	 * A shared secret every request must carry.
	 */
	public static class Secret {

		/**
		 * Secret every request must carry; none means no secret is required.
		 */
		private @Nullable String value;

		/**
		 * Query parameter of the subscription's endpoint URL that carries the secret.
		 */
		private @Nullable String queryParameter = "secret";

		/**
		 * Header, set as a delivery property of the subscription, that carries the
		 * secret.
		 */
		private @Nullable String header;

		public @Nullable String getValue() {
			return this.value;
		}

		public void setValue(@Nullable String value) {
			this.value = value;
		}

		public @Nullable String getQueryParameter() {
			return this.queryParameter;
		}

		public void setQueryParameter(@Nullable String queryParameter) {
			this.queryParameter = queryParameter;
		}

		public @Nullable String getHeader() {
			return this.header;
		}

		public void setHeader(@Nullable String header) {
			this.header = header;
		}

	}

	/**
	 * Microsoft Entra ID bearer tokens every request must carry.
	 */
	public static class Entra {

		/**
		 * Comma-separated list of accepted token audiences, such as the webhook
		 * application's Application ID URI and client id; none means no token is
		 * required.
		 */
		private List<String> audiences = new ArrayList<>();

		/**
		 * Microsoft Entra tenant that issues the tokens; gives the default issuers and
		 * key set URI.
		 */
		private @Nullable String tenantId;

		/**
		 * Comma-separated list of accepted token issuers; defaults to the tenant's v1 and
		 * v2 issuers.
		 */
		private List<String> issuers = new ArrayList<>();

		/**
		 * JSON Web Key Set URI of the token signing keys; defaults to the tenant's.
		 */
		private @Nullable String jwkSetUri;

		public List<String> getAudiences() {
			return this.audiences;
		}

		public void setAudiences(List<String> audiences) {
			this.audiences = audiences;
		}

		public @Nullable String getTenantId() {
			return this.tenantId;
		}

		public void setTenantId(@Nullable String tenantId) {
			this.tenantId = tenantId;
		}

		public List<String> getIssuers() {
			return this.issuers;
		}

		public void setIssuers(List<String> issuers) {
			this.issuers = issuers;
		}

		public @Nullable String getJwkSetUri() {
			return this.jwkSetUri;
		}

		public void setJwkSetUri(@Nullable String jwkSetUri) {
			this.jwkSetUri = jwkSetUri;
		}

	}

}
