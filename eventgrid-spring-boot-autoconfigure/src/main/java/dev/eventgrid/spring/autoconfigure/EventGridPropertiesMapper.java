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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import dev.eventgrid.spring.autoconfigure.EventGridPublisherProperties.Batch;
import dev.eventgrid.spring.autoconfigure.EventGridPublisherProperties.Credential;
import dev.eventgrid.spring.autoconfigure.EventGridPublisherProperties.RateLimit;
import dev.eventgrid.spring.autoconfigure.EventGridPublisherProperties.Retry;
import dev.eventgrid.spring.core.EventGridPublisher;
import dev.eventgrid.spring.event.EventSchema;
import dev.eventgrid.spring.transport.RetrySettings;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.source.MutuallyExclusiveConfigurationPropertiesException;
import org.springframework.util.StringUtils;
import org.springframework.util.unit.DataSize;

/**
 * Maps the {@code eventgrid.*} properties to the builders of the publishers they
 * describe. Each setting comes from the publisher's own properties, else from those at
 * {@code eventgrid.*}, else it is the builder's default; a named publisher never inherits
 * the endpoint, key, SAS token, domain topic, channel name or namespace topic of the
 * default one.
 *
 * @author Event Grid for Spring Boot team
 */
final class EventGridPropertiesMapper {

	private static final String PREFIX = "eventgrid";

	private static final DataSize MAX_SIZE = DataSize.ofMegabytes(1);

	private final EventGridProperties properties;

	private final @Nullable String applicationName;

	EventGridPropertiesMapper(EventGridProperties properties, @Nullable String applicationName) {
		this.properties = properties;
		this.applicationName = applicationName;
	}

	/**
	 * Return the property prefix of a publisher, such as {@code eventgrid} or
	 * {@code eventgrid.publishers.audit}.
	 * @param name the publisher name
	 * @return the prefix
	 */
	String prefix(String name) {
		return isRoot(name) ? PREFIX : PREFIX + ".publishers." + name;
	}

	/**
	 * Apply the settings of a publisher to its builder.
	 * @param name the publisher name
	 * @param builder the builder
	 */
	void customize(String name, EventGridPublisher.Builder builder) {
		// Plain calls rather than PropertyMapper's: its 55 lambdas here were as many
		// classes spun at every start, 3 to 4 ms of the template bean's creation.
		EventGridPublisherProperties own = own(name);
		EventGridPublisherProperties root = this.properties;
		if (own.getDomainTopic() != null) {
			builder.domainTopic(own.getDomainTopic());
		}
		if (own.getChannelName() != null) {
			builder.channelName(own.getChannelName());
		}
		if (own.getNamespaceTopic() != null) {
			builder.namespaceTopic(own.getNamespaceTopic());
		}
		EventSchema schema = first(own.getSchema(), root.getSchema());
		if (schema != null) {
			builder.schema(schema);
		}
		Duration timeout = first(own.getTimeout(), root.getTimeout());
		if (timeout != null) {
			builder.timeout(timeout);
		}
		String source = first(own.getCloudEvent().getSource(), root.getCloudEvent().getSource());
		builder.cloudEventSource((source != null) ? source : defaultSource());
		String typePrefix = first(own.getCloudEvent().getTypePrefix(), root.getCloudEvent().getTypePrefix());
		if (typePrefix != null) {
			builder.typePrefix(typePrefix);
		}
		customizeBatch(own.getBatch(), root.getBatch(), builder);
		customizeRetry(own.getRetry(), root.getRetry(), builder);
		customizeRateLimit(own.getRateLimit(), root.getRateLimit(), builder);
		builder.allowInsecureEndpoint(this.properties.isAllowInsecureEndpoint());
	}

	private static void customizeBatch(Batch own, Batch root, EventGridPublisher.Builder builder) {
		DataSize maxRequestSize = first(own.getMaxRequestSize(), root.getMaxRequestSize());
		if (maxRequestSize != null) {
			builder.maxRequestSize(maxRequestSize);
		}
		DataSize maxEventSize = first(own.getMaxEventSize(), root.getMaxEventSize());
		if (maxEventSize != null) {
			builder.maxEventSize(maxEventSize);
		}
		Integer concurrency = first(own.getConcurrency(), root.getConcurrency());
		if (concurrency != null) {
			builder.concurrency(concurrency);
		}
	}

	private static void customizeRetry(Retry own, Retry root, EventGridPublisher.Builder builder) {
		Integer maxAttempts = first(own.getMaxAttempts(), root.getMaxAttempts());
		if (maxAttempts != null) {
			builder.maxAttempts(maxAttempts);
		}
		Duration initialBackoff = first(own.getInitialBackoff(), root.getInitialBackoff());
		if (initialBackoff != null) {
			builder.initialBackoff(initialBackoff);
		}
		Duration maxBackoff = first(own.getMaxBackoff(), root.getMaxBackoff());
		if (maxBackoff != null) {
			builder.maxBackoff(maxBackoff);
		}
		Duration tryTimeout = first(own.getTryTimeout(), root.getTryTimeout());
		if (tryTimeout != null) {
			builder.tryTimeout(tryTimeout);
		}
	}

	private static void customizeRateLimit(RateLimit own, RateLimit root, EventGridPublisher.Builder builder) {
		Boolean adaptive = first(own.getAdaptive(), root.getAdaptive());
		if (adaptive != null) {
			builder.adaptiveRateLimit(adaptive);
		}
		Integer maxEventsPerSecond = first(own.getMaxEventsPerSecond(), root.getMaxEventsPerSecond());
		if (maxEventsPerSecond != null) {
			builder.maxEventsPerSecond(maxEventsPerSecond);
		}
		DataSize maxBytesPerSecond = first(own.getMaxBytesPerSecond(), root.getMaxBytesPerSecond());
		if (maxBytesPerSecond != null) {
			builder.maxBytesPerSecond(maxBytesPerSecond);
		}
	}

	/**
	 * Return the Microsoft Entra ID settings of a publisher, each its own or inherited.
	 * @param name the publisher name
	 * @return the settings
	 */
	Credential credential(String name) {
		Credential own = own(name).getCredential();
		Credential root = this.properties.getCredential();
		Credential credential = new Credential();
		credential.setClientId(first(own.getClientId(), root.getClientId()));
		credential.setClientSecret(first(own.getClientSecret(), root.getClientSecret()));
		credential.setTenantId(first(own.getTenantId(), root.getTenantId()));
		credential.setClientCertificatePath(first(own.getClientCertificatePath(), root.getClientCertificatePath()));
		credential.setClientCertificatePassword(
				first(own.getClientCertificatePassword(), root.getClientCertificatePassword()));
		credential.setManagedIdentityEnabled(first(own.getManagedIdentityEnabled(), root.getManagedIdentityEnabled()));
		credential
			.setTokenCredentialBeanName(first(own.getTokenCredentialBeanName(), root.getTokenCredentialBeanName()));
		credential.setAuthorityHost(first(own.getAuthorityHost(), root.getAuthorityHost()));
		credential.setSslBundle(first(own.getSslBundle(), root.getSslBundle()));
		return credential;
	}

	/**
	 * Check that a publisher names at most one credential of its own.
	 * @param name the publisher name
	 * @throws MutuallyExclusiveConfigurationPropertiesException if it names several
	 */
	void checkOneCredential(String name) {
		EventGridPublisherProperties own = own(name);
		String prefix = prefix(name);
		List<String> configured = new ArrayList<>();
		int kinds = 0;
		if (StringUtils.hasText(own.getKey())) {
			configured.add(prefix + ".key");
			kinds++;
		}
		if (StringUtils.hasText(own.getSasToken())) {
			configured.add(prefix + ".sas-token");
			kinds++;
		}
		if (own.getCredential().isConfigured()) {
			// Each by its own name: Spring Boot's report looks every one up in the
			// environment, and gives none when one is not a property.
			configured.addAll(credentialProperties(prefix, own.getCredential()));
			kinds++;
		}
		if (kinds > 1) {
			throw new MutuallyExclusiveConfigurationPropertiesException(new LinkedHashSet<>(configured),
					new LinkedHashSet<>(List.of(prefix + ".key", prefix + ".sas-token", prefix + ".credential.*")));
		}
	}

	private static List<String> credentialProperties(String prefix, Credential credential) {
		List<String> names = new ArrayList<>();
		String credentialPrefix = prefix + ".credential.";
		if (credential.getClientId() != null) {
			names.add(credentialPrefix + "client-id");
		}
		if (credential.getClientSecret() != null) {
			names.add(credentialPrefix + "client-secret");
		}
		if (credential.getClientCertificatePath() != null) {
			names.add(credentialPrefix + "client-certificate-path");
		}
		if (Boolean.TRUE.equals(credential.getManagedIdentityEnabled())) {
			names.add(credentialPrefix + "managed-identity-enabled");
		}
		if (credential.getTokenCredentialBeanName() != null) {
			names.add(credentialPrefix + "token-credential-bean-name");
		}
		return names;
	}

	/**
	 * Check the settings of a publisher, each its own or inherited, and report a wrong
	 * one by the property that set it.
	 * @param name the publisher name
	 * @throws InvalidEventGridConfigurationException if a setting is out of range
	 */
	void checkSettings(String name) {
		EventGridPublisherProperties own = own(name);
		EventGridPublisherProperties root = this.properties;
		Setting<Integer> concurrency = setting(name, "batch.concurrency", own.getBatch().getConcurrency(),
				root.getBatch().getConcurrency());
		if (concurrency != null && concurrency.value() < 1) {
			throw concurrency.invalid("it must be at least 1",
					"Set " + concurrency.property() + " to 1 (the requests of a send in order) or more.");
		}
		checkSize(setting(name, "batch.max-request-size", own.getBatch().getMaxRequestSize(),
				root.getBatch().getMaxRequestSize()), "request");
		checkSize(setting(name, "batch.max-event-size", own.getBatch().getMaxEventSize(),
				root.getBatch().getMaxEventSize()), "event");
		Setting<Integer> maxAttempts = setting(name, "retry.max-attempts", own.getRetry().getMaxAttempts(),
				root.getRetry().getMaxAttempts());
		if (maxAttempts != null && maxAttempts.value() < 1) {
			throw maxAttempts.invalid("it must be at least 1, the first attempt included",
					"Set " + maxAttempts.property() + " to 1 (no retry) or more; the default is "
							+ RetrySettings.DEFAULTS.maxAttempts() + ".");
		}
		checkPositive(setting(name, "retry.initial-backoff", own.getRetry().getInitialBackoff(),
				root.getRetry().getInitialBackoff()), RetrySettings.DEFAULTS.initialBackoff());
		checkPositive(
				setting(name, "retry.max-backoff", own.getRetry().getMaxBackoff(), root.getRetry().getMaxBackoff()),
				RetrySettings.DEFAULTS.maxBackoff());
		checkTimeouts(name, own);
		Setting<Integer> events = setting(name, "rate-limit.max-events-per-second",
				own.getRateLimit().getMaxEventsPerSecond(), root.getRateLimit().getMaxEventsPerSecond());
		if (events != null && events.value() < 0) {
			throw events.invalid("it must not be negative",
					"Set " + events.property() + " to the most events a second to send, or remove it for no limit.");
		}
		Setting<DataSize> bytes = setting(name, "rate-limit.max-bytes-per-second",
				own.getRateLimit().getMaxBytesPerSecond(), root.getRateLimit().getMaxBytesPerSecond());
		if (bytes != null && bytes.value().isNegative()) {
			throw bytes.invalid("it must not be negative",
					"Set " + bytes.property() + " to the most bytes a second to send, or remove it for no limit.");
		}
		checkChannelName(name, own);
	}

	private void checkSize(@Nullable Setting<DataSize> size, String what) {
		if (size == null) {
			return;
		}
		if (size.value().toBytes() <= 2) {
			throw size.invalid("it must be more than 2 bytes",
					"Set " + size.property() + " to the largest " + what + " to send, at most 1MB (the default).");
		}
		if (size.value().toBytes() > MAX_SIZE.toBytes()) {
			// Why refuse rather than warn: 1 MB is the documented limit, which the
			// emulator enforces; the larger requests the service has been seen to take
			// are not promised, and a refusal would come at the first large send.
			throw size.invalid("Event Grid accepts at most 1MB (1048576 bytes) in one " + what,
					"Set " + size.property() + " to 1MB or less, or remove it for the default 1MB.");
		}
	}

	private void checkPositive(@Nullable Setting<Duration> duration, Duration example) {
		if (duration != null && (duration.value().isNegative() || duration.value().isZero())) {
			throw duration.invalid("it must be positive",
					"Set " + duration.property() + " to a positive duration, such as " + print(example) + ".");
		}
	}

	private void checkTimeouts(String name, EventGridPublisherProperties own) {
		Setting<Duration> tryTimeout = setting(name, "retry.try-timeout", own.getRetry().getTryTimeout(),
				this.properties.getRetry().getTryTimeout());
		checkPositive(tryTimeout, RetrySettings.DEFAULTS.tryTimeout());
		Setting<Duration> timeout = setting(name, "timeout", own.getTimeout(), this.properties.getTimeout());
		checkPositive(timeout, RetrySettings.DEFAULTS.timeout());
		Duration request = (timeout != null) ? timeout.value() : RetrySettings.DEFAULTS.timeout();
		Duration attempt = (tryTimeout != null) ? tryTimeout.value() : RetrySettings.DEFAULTS.tryTimeout();
		if (request.compareTo(attempt) < 0) {
			String timeoutProperty = (timeout != null) ? timeout.property() : prefix(name) + ".timeout";
			String tryTimeoutProperty = (tryTimeout != null) ? tryTimeout.property()
					: prefix(name) + ".retry.try-timeout";
			throw new InvalidEventGridConfigurationException(timeoutProperty,
					timeoutProperty + " (" + print(request) + ", the time a request may take, "
							+ "retries included) is shorter than " + tryTimeoutProperty + " (" + print(attempt)
							+ ", the time one attempt may take)",
					"Raise " + timeoutProperty + " to at least " + print(attempt)
							+ " (a few attempts' worth, to leave time for retries), or lower " + tryTimeoutProperty
							+ " to " + print(request) + " or less.");
		}
	}

	private void checkChannelName(String name, EventGridPublisherProperties own) {
		if (own.getChannelName() == null) {
			return;
		}
		Setting<EventSchema> schema = setting(name, "schema", own.getSchema(), this.properties.getSchema());
		if (schema != null && schema.value() != EventSchema.CLOUD_EVENT) {
			String property = prefix(name) + ".channel-name";
			throw new InvalidEventGridConfigurationException(property,
					property + " is set, but partner channels take CloudEvents only and " + schema.property() + " is "
							+ schema.value().getId(),
					"Remove " + property + ", or set " + schema.property() + " to cloud-event.");
		}
	}

	private static String display(Object value) {
		if (value instanceof Duration duration) {
			return print(duration);
		}
		return (value instanceof DataSize size) ? size.toBytes() + " bytes" : String.valueOf(value);
	}

	private static String print(Duration duration) {
		long millis = duration.toMillis();
		if (millis != 0 && millis % 60_000 == 0) {
			return (millis / 60_000) + "m";
		}
		return (millis != 0 && millis % 1000 == 0) ? (millis / 1000) + "s" : millis + "ms";
	}

	private <T> @Nullable Setting<T> setting(String name, String key, @Nullable T own, @Nullable T root) {
		if (own != null) {
			return new Setting<>(own, prefix(name) + "." + key);
		}
		return (root != null) ? new Setting<>(root, PREFIX + "." + key) : null;
	}

	private static <T> @Nullable T first(@Nullable T own, @Nullable T inherited) {
		return (own != null) ? own : inherited;
	}

	private boolean isRoot(String name) {
		return PropertiesEventGridConnectionDetails.DEFAULT_PUBLISHER.equals(name)
				&& !this.properties.getPublishers().containsKey(name);
	}

	private EventGridPublisherProperties own(String name) {
		if (isRoot(name)) {
			return this.properties;
		}
		EventGridPublisherProperties own = this.properties.getPublishers().get(name);
		return (own != null) ? own : new EventGridPublisherProperties();
	}

	private @Nullable String defaultSource() {
		return (this.applicationName != null) ? "/" + this.applicationName : null;
	}

	/**
	 * A setting of a publisher and the property that set it.
	 *
	 * @param <T> the type of the value
	 * @param value the value
	 * @param property the property, such as {@code eventgrid.publishers.audit.timeout}
	 */
	private record Setting<T>(T value, String property) {

		InvalidEventGridConfigurationException invalid(String problem, String action) {
			return new InvalidEventGridConfigurationException(this.property,
					"the value is " + display(this.value) + ", but " + problem, action);
		}

	}

}
