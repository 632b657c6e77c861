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

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.eventgrid.spring.autoconfigure.EventGridPublisherProperties.Credential;
import dev.eventgrid.spring.core.EventGridPublisher;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.boot.context.properties.source.MutuallyExclusiveConfigurationPropertiesException;
import org.springframework.util.StringUtils;

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
		EventGridPublisherProperties own = own(name);
		PropertyMapper map = PropertyMapper.get();
		map.from(own::getDomainTopic).to(builder::domainTopic);
		map.from(own::getChannelName).to(builder::channelName);
		map.from(own::getNamespaceTopic).to(builder::namespaceTopic);
		map.from(setting(own, EventGridPublisherProperties::getSchema)).to(builder::schema);
		map.from(setting(own, EventGridPublisherProperties::getTimeout)).to(builder::timeout);
		map.from(setting(own, (settings) -> settings.getCloudEvent().getSource()))
			.orFrom(this::defaultSource)
			.to(builder::cloudEventSource);
		map.from(setting(own, (settings) -> settings.getCloudEvent().getTypePrefix())).to(builder::typePrefix);
		map.from(setting(own, (settings) -> settings.getBatch().getMaxRequestSize())).to(builder::maxRequestSize);
		map.from(setting(own, (settings) -> settings.getBatch().getMaxEventSize())).to(builder::maxEventSize);
		map.from(setting(own, (settings) -> settings.getBatch().getConcurrency())).to(builder::concurrency);
		map.from(setting(own, (settings) -> settings.getRetry().getMaxAttempts())).to(builder::maxAttempts);
		map.from(setting(own, (settings) -> settings.getRetry().getInitialBackoff())).to(builder::initialBackoff);
		map.from(setting(own, (settings) -> settings.getRetry().getMaxBackoff())).to(builder::maxBackoff);
		map.from(setting(own, (settings) -> settings.getRetry().getTryTimeout())).to(builder::tryTimeout);
		map.from(setting(own, (settings) -> settings.getRateLimit().getAdaptive())).to(builder::adaptiveRateLimit);
		map.from(setting(own, (settings) -> settings.getRateLimit().getMaxEventsPerSecond()))
			.to(builder::maxEventsPerSecond);
		map.from(setting(own, (settings) -> settings.getRateLimit().getMaxBytesPerSecond()))
			.to(builder::maxBytesPerSecond);
		builder.allowInsecureEndpoint(this.properties.isAllowInsecureEndpoint());
	}

	/**
	 * Return the Microsoft Entra ID settings of a publisher, each its own or inherited.
	 * @param name the publisher name
	 * @return the settings
	 */
	Credential credential(String name) {
		EventGridPublisherProperties own = own(name);
		Credential credential = new Credential();
		credential.setClientId(setting(own, (settings) -> settings.getCredential().getClientId()).get());
		credential.setClientSecret(setting(own, (settings) -> settings.getCredential().getClientSecret()).get());
		credential.setTenantId(setting(own, (settings) -> settings.getCredential().getTenantId()).get());
		credential.setClientCertificatePath(
				setting(own, (settings) -> settings.getCredential().getClientCertificatePath()).get());
		credential.setClientCertificatePassword(
				setting(own, (settings) -> settings.getCredential().getClientCertificatePassword()).get());
		credential.setManagedIdentityEnabled(
				setting(own, (settings) -> settings.getCredential().getManagedIdentityEnabled()).get());
		credential.setTokenCredentialBeanName(
				setting(own, (settings) -> settings.getCredential().getTokenCredentialBeanName()).get());
		credential.setAuthorityHost(setting(own, (settings) -> settings.getCredential().getAuthorityHost()).get());
		credential.setSslBundle(setting(own, (settings) -> settings.getCredential().getSslBundle()).get());
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
		if (StringUtils.hasText(own.getKey())) {
			configured.add(prefix + ".key");
		}
		if (StringUtils.hasText(own.getSasToken())) {
			configured.add(prefix + ".sas-token");
		}
		if (own.getCredential().isConfigured()) {
			configured.add(prefix + ".credential");
		}
		if (configured.size() > 1) {
			throw new MutuallyExclusiveConfigurationPropertiesException(new LinkedHashSet<>(configured),
					new LinkedHashSet<>(List.of(prefix + ".key", prefix + ".sas-token", prefix + ".credential")));
		}
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

	private <T> Supplier<@Nullable T> setting(EventGridPublisherProperties own,
			Function<EventGridPublisherProperties, @Nullable T> getter) {
		return () -> {
			T value = getter.apply(own);
			return (value != null) ? value : getter.apply(this.properties);
		};
	}

	private @Nullable String defaultSource() {
		return (this.applicationName != null) ? "/" + this.applicationName : null;
	}

}
