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

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@link ConfigurationProperties @ConfigurationProperties} for Event Grid. The keys at
 * {@code eventgrid.*} configure the publisher named {@code default} and the settings
 * every named publisher inherits.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@ConfigurationProperties("eventgrid")
public class EventGridProperties extends EventGridPublisherProperties {

	/**
	 * Named publishers, each with its own endpoint and credential.
	 */
	private final Map<String, EventGridPublisherProperties> publishers = new LinkedHashMap<>();

	/**
	 * Name of the publisher used when a send names none; defaults to 'default', or to the
	 * only publisher.
	 */
	private @Nullable String defaultPublisher;

	/**
	 * Whether credentials may be sent over plain HTTP to hosts other than loopback.
	 */
	private boolean allowInsecureEndpoint;

	private final Template template = new Template();

	private final WarmUp warmUp = new WarmUp();

	public Map<String, EventGridPublisherProperties> getPublishers() {
		return this.publishers;
	}

	public @Nullable String getDefaultPublisher() {
		return this.defaultPublisher;
	}

	public void setDefaultPublisher(@Nullable String defaultPublisher) {
		this.defaultPublisher = defaultPublisher;
	}

	public boolean isAllowInsecureEndpoint() {
		return this.allowInsecureEndpoint;
	}

	public void setAllowInsecureEndpoint(boolean allowInsecureEndpoint) {
		this.allowInsecureEndpoint = allowInsecureEndpoint;
	}

	public Template getTemplate() {
		return this.template;
	}

	public WarmUp getWarmUp() {
		return this.warmUp;
	}

	/**
	 * Settings of the templates.
	 */
	public static class Template {

		/**
		 * Whether to observe sends when an ObservationRegistry is present; CloudEvents
		 * then carry the trace context as extension attributes.
		 */
		private boolean observationEnabled = true;

		public boolean isObservationEnabled() {
			return this.observationEnabled;
		}

		public void setObservationEnabled(boolean observationEnabled) {
			this.observationEnabled = observationEnabled;
		}

	}

	/**
	 * Warming the publishers up in the background once the application is ready.
	 */
	public static class WarmUp {

		/**
		 * Whether to build each publisher's HTTP client and serializers in the background
		 * once the application is ready, rather than on its first send.
		 */
		private boolean enabled = true;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

	}

}
