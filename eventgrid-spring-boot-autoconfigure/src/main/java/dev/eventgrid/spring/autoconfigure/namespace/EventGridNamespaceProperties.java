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

package dev.eventgrid.spring.autoconfigure.namespace;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@link ConfigurationProperties @ConfigurationProperties} for the receivers of Event
 * Grid namespaces.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.2.0
 */
@ConfigurationProperties("eventgrid")
public class EventGridNamespaceProperties {

	/**
	 * Receivers of namespace topic subscriptions (pull delivery), by name.
	 */
	private final Map<String, EventGridReceiverProperties> receivers = new LinkedHashMap<>();

	public Map<String, EventGridReceiverProperties> getReceivers() {
		return this.receivers;
	}

}
