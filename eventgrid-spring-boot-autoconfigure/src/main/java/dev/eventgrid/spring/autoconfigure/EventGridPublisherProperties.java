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

package dev.eventgrid.spring.autoconfigure;

import java.time.Duration;

import dev.eventgrid.spring.event.EventSchema;
import org.jspecify.annotations.Nullable;

import org.springframework.util.unit.DataSize;

/**
 * Settings of one publisher: its endpoint, schema, credential and how it sends. Bound at
 * {@code eventgrid.*} for the default publisher and at
 * {@code eventgrid.publishers.<name>.*} for named ones. A setting left unset takes the
 * value at {@code eventgrid.*} (for a named publisher; never its endpoint, key, SAS
 * token, domain topic or channel name), and else the publisher's default.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public class EventGridPublisherProperties {

	/**
	 * Topic or domain endpoint, such as
	 * https://orders.westus2-1.eventgrid.azure.net/api/events.
	 */
	private @Nullable String endpoint;

	/**
	 * Schema of the events the topic accepts: event-grid-event, cloud-event or custom.
	 */
	private @Nullable EventSchema schema;

	/**
	 * Access key of the topic, sent as aeg-sas-key.
	 */
	private @Nullable String key;

	/**
	 * Shared access signature, sent as aeg-sas-token.
	 */
	private @Nullable String sasToken;

	/**
	 * Domain topic given to events that name none, when the endpoint is a domain.
	 */
	private @Nullable String domainTopic;

	/**
	 * Partner channel name sent as aeg-channel-name, for CloudEvents to partner
	 * namespaces.
	 */
	private @Nullable String channelName;

	/**
	 * Topic of an Event Grid namespace to publish CloudEvents to; the endpoint is then
	 * the namespace endpoint, such as https://<namespace>.<region>-1.eventgrid.azure.net.
	 */
	private @Nullable String namespaceTopic;

	/**
	 * Time a request may take, retries included; at least retry.try-timeout.
	 */
	private @Nullable Duration timeout;

	private final Credential credential = new Credential();

	private final CloudEventDefaults cloudEvent = new CloudEventDefaults();

	private final Batch batch = new Batch();

	private final Retry retry = new Retry();

	private final RateLimit rateLimit = new RateLimit();

	public @Nullable String getEndpoint() {
		return this.endpoint;
	}

	public void setEndpoint(@Nullable String endpoint) {
		this.endpoint = endpoint;
	}

	public @Nullable EventSchema getSchema() {
		return this.schema;
	}

	public void setSchema(@Nullable EventSchema schema) {
		this.schema = schema;
	}

	public @Nullable String getKey() {
		return this.key;
	}

	public void setKey(@Nullable String key) {
		this.key = key;
	}

	public @Nullable String getSasToken() {
		return this.sasToken;
	}

	public void setSasToken(@Nullable String sasToken) {
		this.sasToken = sasToken;
	}

	public @Nullable String getDomainTopic() {
		return this.domainTopic;
	}

	public void setDomainTopic(@Nullable String domainTopic) {
		this.domainTopic = domainTopic;
	}

	public @Nullable String getChannelName() {
		return this.channelName;
	}

	public void setChannelName(@Nullable String channelName) {
		this.channelName = channelName;
	}

	public @Nullable String getNamespaceTopic() {
		return this.namespaceTopic;
	}

	public void setNamespaceTopic(@Nullable String namespaceTopic) {
		this.namespaceTopic = namespaceTopic;
	}

	public @Nullable Duration getTimeout() {
		return this.timeout;
	}

	public void setTimeout(@Nullable Duration timeout) {
		this.timeout = timeout;
	}

	public Credential getCredential() {
		return this.credential;
	}

	public CloudEventDefaults getCloudEvent() {
		return this.cloudEvent;
	}

	public Batch getBatch() {
		return this.batch;
	}

	public Retry getRetry() {
		return this.retry;
	}

	public RateLimit getRateLimit() {
		return this.rateLimit;
	}

	/**
	 * Entra ID credential, resolved with Spring Cloud Azure's token credential resolver.
	 */
	public static class Credential {

		/**
		 * Client id of the application or user-assigned managed identity.
		 */
		private @Nullable String clientId;

		/**
		 * Client secret of the application.
		 */
		private @Nullable String clientSecret;

		/**
		 * Tenant id of the application.
		 */
		private @Nullable String tenantId;

		/**
		 * Path of a PEM or PFX certificate of the application.
		 */
		private @Nullable String clientCertificatePath;

		/**
		 * Password of the certificate.
		 */
		private @Nullable String clientCertificatePassword;

		/**
		 * Whether to use the managed identity of the host.
		 */
		private @Nullable Boolean managedIdentityEnabled;

		/**
		 * Name of a TokenCredential bean to use.
		 */
		private @Nullable String tokenCredentialBeanName;

		/**
		 * Microsoft Entra authority that issues the tokens, such as
		 * https://login.microsoftonline.us/ or the Event Grid emulator's; instance
		 * discovery is turned off for hosts that are not Microsoft's.
		 */
		private @Nullable String authorityHost;

		/**
		 * Name of the SSL bundle whose trust material the token requests use, for an
		 * authority with a certificate the JVM does not trust.
		 */
		private @Nullable String sslBundle;

		public @Nullable String getClientId() {
			return this.clientId;
		}

		public void setClientId(@Nullable String clientId) {
			this.clientId = clientId;
		}

		public @Nullable String getClientSecret() {
			return this.clientSecret;
		}

		public void setClientSecret(@Nullable String clientSecret) {
			this.clientSecret = clientSecret;
		}

		public @Nullable String getTenantId() {
			return this.tenantId;
		}

		public void setTenantId(@Nullable String tenantId) {
			this.tenantId = tenantId;
		}

		public @Nullable String getClientCertificatePath() {
			return this.clientCertificatePath;
		}

		public void setClientCertificatePath(@Nullable String clientCertificatePath) {
			this.clientCertificatePath = clientCertificatePath;
		}

		public @Nullable String getClientCertificatePassword() {
			return this.clientCertificatePassword;
		}

		public void setClientCertificatePassword(@Nullable String clientCertificatePassword) {
			this.clientCertificatePassword = clientCertificatePassword;
		}

		public @Nullable Boolean getManagedIdentityEnabled() {
			return this.managedIdentityEnabled;
		}

		public void setManagedIdentityEnabled(@Nullable Boolean managedIdentityEnabled) {
			this.managedIdentityEnabled = managedIdentityEnabled;
		}

		public @Nullable String getTokenCredentialBeanName() {
			return this.tokenCredentialBeanName;
		}

		public void setTokenCredentialBeanName(@Nullable String tokenCredentialBeanName) {
			this.tokenCredentialBeanName = tokenCredentialBeanName;
		}

		public @Nullable String getAuthorityHost() {
			return this.authorityHost;
		}

		public void setAuthorityHost(@Nullable String authorityHost) {
			this.authorityHost = authorityHost;
		}

		public @Nullable String getSslBundle() {
			return this.sslBundle;
		}

		public void setSslBundle(@Nullable String sslBundle) {
			this.sslBundle = sslBundle;
		}

		boolean isConfigured() {
			return this.clientId != null || this.clientSecret != null || this.clientCertificatePath != null
					|| Boolean.TRUE.equals(this.managedIdentityEnabled) || this.tokenCredentialBeanName != null;
		}

	}

	/**
	 * Attributes of the CloudEvents that convertAndSend wraps payloads in.
	 */
	public static class CloudEventDefaults {

		/**
		 * Source of wrapped payloads, a URI reference; defaults to '/' followed by
		 * spring.application.name.
		 */
		private @Nullable String source;

		/**
		 * Prefix of the type of wrapped payloads, followed by the payload's simple class
		 * name; without one the type is the payload's fully qualified class name.
		 */
		private @Nullable String typePrefix;

		public @Nullable String getSource() {
			return this.source;
		}

		public void setSource(@Nullable String source) {
			this.source = source;
		}

		public @Nullable String getTypePrefix() {
			return this.typePrefix;
		}

		public void setTypePrefix(@Nullable String typePrefix) {
			this.typePrefix = typePrefix;
		}

	}

	/**
	 * How events are packed into requests.
	 */
	public static class Batch {

		/**
		 * Largest request body, at most 1MB, the service's limit.
		 */
		private @Nullable DataSize maxRequestSize;

		/**
		 * Largest serialized event, at most 1MB, the service's limit.
		 */
		private @Nullable DataSize maxEventSize;

		/**
		 * Requests of one send in flight at once; above 1, acceptance is no longer in
		 * order.
		 */
		private @Nullable Integer concurrency;

		public @Nullable DataSize getMaxRequestSize() {
			return this.maxRequestSize;
		}

		public void setMaxRequestSize(@Nullable DataSize maxRequestSize) {
			this.maxRequestSize = maxRequestSize;
		}

		public @Nullable DataSize getMaxEventSize() {
			return this.maxEventSize;
		}

		public void setMaxEventSize(@Nullable DataSize maxEventSize) {
			this.maxEventSize = maxEventSize;
		}

		public @Nullable Integer getConcurrency() {
			return this.concurrency;
		}

		public void setConcurrency(@Nullable Integer concurrency) {
			this.concurrency = concurrency;
		}

	}

	/**
	 * How failed requests are retried: 408, 429, 500, 502, 503, 504 and I/O errors.
	 */
	public static class Retry {

		/**
		 * Attempts per request, the first included.
		 */
		private @Nullable Integer maxAttempts;

		/**
		 * Delay before the first retry, doubled for each further one unless the service
		 * asks for another.
		 */
		private @Nullable Duration initialBackoff;

		/**
		 * Longest computed delay between attempts.
		 */
		private @Nullable Duration maxBackoff;

		/**
		 * Time one attempt may take.
		 */
		private @Nullable Duration tryTimeout;

		public @Nullable Integer getMaxAttempts() {
			return this.maxAttempts;
		}

		public void setMaxAttempts(@Nullable Integer maxAttempts) {
			this.maxAttempts = maxAttempts;
		}

		public @Nullable Duration getInitialBackoff() {
			return this.initialBackoff;
		}

		public void setInitialBackoff(@Nullable Duration initialBackoff) {
			this.initialBackoff = initialBackoff;
		}

		public @Nullable Duration getMaxBackoff() {
			return this.maxBackoff;
		}

		public void setMaxBackoff(@Nullable Duration maxBackoff) {
			this.maxBackoff = maxBackoff;
		}

		public @Nullable Duration getTryTimeout() {
			return this.tryTimeout;
		}

		public void setTryTimeout(@Nullable Duration tryTimeout) {
			this.tryTimeout = tryTimeout;
		}

	}

	/**
	 * How requests keep within the topic's ingress limit (5,000 events or 1 MB per
	 * second).
	 */
	public static class RateLimit {

		/**
		 * Whether to slow down when the topic answers 429, pacing requests at the rate it
		 * accepts, and to speed up again while it does not.
		 */
		private @Nullable Boolean adaptive;

		/**
		 * Most events a second to send, such as a share of the topic's limit; none if
		 * unset.
		 */
		private @Nullable Integer maxEventsPerSecond;

		/**
		 * Most request body bytes a second to send, such as a share of the topic's limit;
		 * none if unset.
		 */
		private @Nullable DataSize maxBytesPerSecond;

		public @Nullable Boolean getAdaptive() {
			return this.adaptive;
		}

		public void setAdaptive(@Nullable Boolean adaptive) {
			this.adaptive = adaptive;
		}

		public @Nullable Integer getMaxEventsPerSecond() {
			return this.maxEventsPerSecond;
		}

		public void setMaxEventsPerSecond(@Nullable Integer maxEventsPerSecond) {
			this.maxEventsPerSecond = maxEventsPerSecond;
		}

		public @Nullable DataSize getMaxBytesPerSecond() {
			return this.maxBytesPerSecond;
		}

		public void setMaxBytesPerSecond(@Nullable DataSize maxBytesPerSecond) {
			this.maxBytesPerSecond = maxBytesPerSecond;
		}

	}

}
