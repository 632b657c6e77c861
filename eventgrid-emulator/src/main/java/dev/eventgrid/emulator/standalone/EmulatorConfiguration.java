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

package dev.eventgrid.emulator.standalone;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import dev.eventgrid.emulator.EventGridEmulatorBuilder;
import dev.eventgrid.emulator.fault.IngressLimit;
import dev.eventgrid.emulator.fault.RetryAfterHeader;
import dev.eventgrid.emulator.model.InputSchema;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The YAML configuration of a standalone emulator, with kebab-case keys; see
 * {@code emulator.yaml} in the module for a commented example.
 *
 * @param host the host to bind to, loopback if absent
 * @param httpsPort the HTTPS port, {@code 0} for a free port
 * @param httpPort the plain HTTP port, {@code 0} for a free port
 * @param maxEventSize the largest event in bytes
 * @param maxRequestSize the largest request body in bytes
 * @param keyStore a PKCS12 keystore to serve instead of a generated certificate
 * @param certificateFile where to write the served certificate in PEM form, if anywhere
 * @param deliveryTimeScale how many times faster than the service delivery delays pass,
 * {@code 1} if absent
 * @param topics the topics
 * @param domains the domains
 * @param namespaceTimeScale how many times faster than the service namespace durations
 * pass, {@code 1} if absent
 * @param namespaces the Event Grid namespaces
 * @param logging {@code quiet}, {@code normal} (the default) or {@code verbose}
 * @param certificateStore the PKCS12 file that keeps the generated certificate across
 * starts, relative to the configuration file; {@code none} for a new certificate at every
 * start
 * @param identity the tenant, applications and managed identities of the Microsoft Entra
 * ID authority
 * @param ingressLimit the ingress limit of every topic and domain, none if absent
 * @author Event Grid for Spring Boot team
 */
public record EmulatorConfiguration(@Nullable String host, @Nullable Integer httpsPort, @Nullable Integer httpPort,
		@Nullable Integer maxEventSize, @Nullable Integer maxRequestSize, @Nullable KeyStore keyStore,
		@Nullable String certificateFile, @Nullable Double deliveryTimeScale, @Nullable List<Topic> topics,
		@Nullable List<Topic> domains, @Nullable Double namespaceTimeScale,
		@Nullable List<NamespaceConfiguration> namespaces, @Nullable String logging, @Nullable String certificateStore,
		@Nullable IdentityConfiguration identity, @Nullable IngressLimitConfiguration ingressLimit) {

	private static final String DEFAULT_RESOURCE = "default-emulator.yaml";

	private static final YAMLMapper MAPPER = YAMLMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	/**
	 * Read a configuration file.
	 * @param path the YAML file
	 * @return the configuration
	 * @throws IllegalArgumentException if the file cannot be read or is invalid
	 */
	public static EmulatorConfiguration load(Path path) {
		try (InputStream input = Files.newInputStream(path)) {
			return read(input, path.toString());
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("Unable to read the emulator configuration '" + path + "'", ex);
		}
	}

	/**
	 * Read the built-in default: one topic per schema, one domain and one namespace.
	 * @return the default configuration
	 */
	public static EmulatorConfiguration loadDefault() {
		try (InputStream input = EmulatorConfiguration.class.getResourceAsStream(DEFAULT_RESOURCE)) {
			if (input == null) {
				throw new IllegalStateException("The default configuration " + DEFAULT_RESOURCE + " is missing");
			}
			return read(input, DEFAULT_RESOURCE);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Unable to read the default emulator configuration", ex);
		}
	}

	private static EmulatorConfiguration read(InputStream input, String source) {
		try {
			return MAPPER.readValue(input, EmulatorConfiguration.class);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException(
					"Invalid emulator configuration '" + source + "': " + ex.getOriginalMessage(), ex);
		}
	}

	/**
	 * Apply the configuration to an emulator builder.
	 * @param builder the builder to configure
	 * @return the same builder
	 */
	public EventGridEmulatorBuilder applyTo(EventGridEmulatorBuilder builder) {
		if (this.host != null) {
			builder.host(this.host);
		}
		if (this.httpsPort != null) {
			builder.httpsPort(this.httpsPort);
		}
		if (this.httpPort != null) {
			builder.httpPort(this.httpPort);
		}
		if (this.maxEventSize != null) {
			builder.maxEventSize(this.maxEventSize);
		}
		if (this.maxRequestSize != null) {
			builder.maxRequestSize(this.maxRequestSize);
		}
		if (this.keyStore != null) {
			builder.keyStore(Path.of(this.keyStore.path()), this.keyStore.password().toCharArray());
		}
		if (this.deliveryTimeScale != null) {
			builder.deliveryTimeScale(this.deliveryTimeScale);
		}
		for (Topic topic : (this.topics != null) ? this.topics : List.<Topic>of()) {
			topic.applyTo(builder, false);
		}
		for (Topic domain : (this.domains != null) ? this.domains : List.<Topic>of()) {
			domain.applyTo(builder, true);
		}
		if (this.namespaceTimeScale != null) {
			builder.namespaceTimeScale(this.namespaceTimeScale);
		}
		if (this.ingressLimit != null) {
			builder.ingressLimit(this.ingressLimit.toLimit());
		}
		for (NamespaceConfiguration namespace : (this.namespaces != null) ? this.namespaces
				: List.<NamespaceConfiguration>of()) {
			builder.namespace(namespace.toDefinition());
		}
		if (this.identity != null) {
			builder.identities(this.identity.toDirectory());
		}
		return builder;
	}

	/**
	 * A topic or domain of the configuration.
	 *
	 * @param name the name
	 * @param schema the input schema, such as {@code cloud-event}; Event Grid events if
	 * absent
	 * @param keys the two access keys, generated if absent
	 * @param subscriptions the event subscriptions on the topic or domain
	 */
	public record Topic(@Nullable String name, @Nullable String schema, @Nullable List<String> keys,
			@Nullable List<SubscriptionConfiguration> subscriptions) {

		void applyTo(EventGridEmulatorBuilder builder, boolean domain) {
			String name = this.name;
			if (name == null) {
				throw new IllegalArgumentException("Every topic and domain needs a name");
			}
			declare(builder, name, domain);
			for (SubscriptionConfiguration subscription : (this.subscriptions != null) ? this.subscriptions
					: List.<SubscriptionConfiguration>of()) {
				subscription.applyTo(builder, name);
			}
		}

		private void declare(EventGridEmulatorBuilder builder, String name, boolean domain) {
			InputSchema eventSchema = (this.schema != null) ? InputSchema.fromName(this.schema)
					: InputSchema.EVENT_GRID_EVENT;
			List<String> keys = this.keys;
			if (keys == null) {
				if (domain) {
					builder.domain(name, eventSchema);
				}
				else {
					builder.topic(name, eventSchema);
				}
				return;
			}
			if (keys.size() != 2) {
				throw new IllegalArgumentException("'" + name + "' needs exactly two keys, not " + keys.size());
			}
			if (domain) {
				builder.domain(name, eventSchema, keys.get(0), keys.get(1));
			}
			else {
				builder.topic(name, eventSchema, keys.get(0), keys.get(1));
			}
		}

		@Override
		public String toString() {
			return "Topic[name=" + this.name + ", schema=" + this.schema + "]";
		}

	}

	/**
	 * The ingress limit of every topic and domain; each key absent takes Event Grid's
	 * documented value, so {@code ingress-limit: {}} limits as the service does.
	 *
	 * @param eventsPerSecond the events accepted per second, 5,000 if absent
	 * @param bytesPerSecond the request body bytes accepted per second, 1,048,576 if
	 * absent
	 * @param retryAfterMs the retry delay announced with each 429, none if absent (the
	 * service documents none)
	 * @param retryAfterHeader the header that announces it: {@code Retry-After} (whole
	 * seconds, the default), {@code retry-after-ms} or {@code x-ms-retry-after-ms}
	 */
	public record IngressLimitConfiguration(@Nullable Long eventsPerSecond, @Nullable Long bytesPerSecond,
			@Nullable Long retryAfterMs, @Nullable String retryAfterHeader) {

		IngressLimit toLimit() {
			IngressLimit limit = IngressLimit.of(
					(this.eventsPerSecond != null) ? this.eventsPerSecond : IngressLimit.EVENT_GRID.eventsPerSecond(),
					(this.bytesPerSecond != null) ? this.bytesPerSecond : IngressLimit.EVENT_GRID.bytesPerSecond());
			if (this.retryAfterMs == null) {
				return limit;
			}
			return limit.withRetryAfter(Duration.ofMillis(this.retryAfterMs), header());
		}

		private RetryAfterHeader header() {
			if (this.retryAfterHeader == null) {
				return RetryAfterHeader.RETRY_AFTER;
			}
			for (RetryAfterHeader header : RetryAfterHeader.values()) {
				if (header.headerName().equalsIgnoreCase(this.retryAfterHeader.trim())) {
					return header;
				}
			}
			throw new IllegalArgumentException("Unknown retry-after-header '" + this.retryAfterHeader
					+ "'; use Retry-After, retry-after-ms or x-ms-retry-after-ms");
		}

	}

	/**
	 * A PKCS12 keystore.
	 *
	 * @param path the keystore file
	 * @param password the keystore and key password
	 */
	public record KeyStore(String path, String password) {

		@Override
		public String toString() {
			return "KeyStore[path=" + this.path + "]";
		}

	}

}
