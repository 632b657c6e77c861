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

package dev.eventgrid.emulator.model;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A topic or domain declared on an emulator: its name, schema, access keys and resource
 * id. Its {@link #toString()} never shows the keys.
 *
 * @author Event Grid for Spring Boot team
 */
public final class EmulatedTopic {

	/**
	 * The fixed Azure subscription id that appears in every emulated resource id.
	 */
	public static final String SUBSCRIPTION_ID = "5f3b8d2e-6a1c-4e7b-9d0a-eb0e6f1c2a47";

	/**
	 * The resource group that appears in every emulated resource id.
	 */
	public static final String RESOURCE_GROUP = "emulator";

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9-]{3,50}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final String name;

	private final Kind kind;

	private final InputSchema schema;

	private final List<String> keys;

	/**
	 * Create a topic or domain.
	 * @param name its name: 3 to 50 letters, digits and hyphens
	 * @param kind topic or domain
	 * @param schema the input schema of its events
	 * @param keys its two access keys
	 * @throws IllegalArgumentException if the name or the keys are not valid
	 */
	public EmulatedTopic(String name, Kind kind, InputSchema schema, List<String> keys) {
		if (!NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("Invalid " + kind.pathSegment.substring(0, kind.pathSegment.length() - 1)
					+ " name '" + name + "': use 3 to 50 letters, digits and hyphens");
		}
		if (keys.size() != 2 || keys.stream().anyMatch(String::isBlank)) {
			throw new IllegalArgumentException("Exactly two non-blank access keys are required for '" + name + "'");
		}
		this.name = name;
		this.kind = kind;
		this.schema = schema;
		this.keys = List.copyOf(keys);
	}

	/**
	 * Return two new random access keys, base64 of 32 bytes each as the service makes
	 * them.
	 * @return the keys
	 */
	public static List<String> generateKeys() {
		return List.of(generateKey(), generateKey());
	}

	private static String generateKey() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getEncoder().encodeToString(bytes);
	}

	/**
	 * Return the name of the topic or domain.
	 * @return the name
	 */
	public String name() {
		return this.name;
	}

	/**
	 * Return whether this is a plain topic or a domain.
	 * @return the kind
	 */
	public Kind kind() {
		return this.kind;
	}

	/**
	 * Return whether this is a domain.
	 * @return {@code true} for a domain
	 */
	public boolean isDomain() {
		return this.kind == Kind.DOMAIN;
	}

	/**
	 * Return the input schema.
	 * @return the schema
	 */
	public InputSchema schema() {
		return this.schema;
	}

	/**
	 * Return the two access keys, primary first.
	 * @return the access keys
	 */
	public List<String> keys() {
		return this.keys;
	}

	/**
	 * Return the ARM-style resource id, such as
	 * {@code /subscriptions/<id>/resourceGroups/emulator/providers/Microsoft.EventGrid/topics/orders}.
	 * @return the resource id
	 */
	public String resourceId() {
		return "/subscriptions/" + SUBSCRIPTION_ID + "/resourceGroups/" + RESOURCE_GROUP
				+ "/providers/Microsoft.EventGrid/" + this.kind.pathSegment + "/" + this.name;
	}

	/**
	 * Return the resource id of a topic of this domain.
	 * @param domainTopic the name of the domain topic
	 * @return the resource id of the domain topic
	 */
	public String domainTopicResourceId(String domainTopic) {
		return resourceId() + "/topics/" + domainTopic;
	}

	/**
	 * Return the path events are published to, such as {@code /topics/orders/api/events}.
	 * @return the publish path
	 */
	public String publishPath() {
		return "/" + this.kind.pathSegment + "/" + this.name + "/api/events";
	}

	@Override
	public String toString() {
		return this.kind.name().toLowerCase(Locale.ROOT) + " '" + this.name + "' (" + this.schema + ")";
	}

	/**
	 * The kind of an emulated resource.
	 */
	public enum Kind {

		/**
		 * A custom topic.
		 */
		TOPIC("topics"),

		/**
		 * An event domain whose events name their domain topic.
		 */
		DOMAIN("domains");

		private final String pathSegment;

		Kind(String pathSegment) {
			this.pathSegment = pathSegment;
		}

		/**
		 * Return the path segment used in publish paths and resource ids.
		 * @return {@code topics} or {@code domains}
		 */
		public String pathSegment() {
			return this.pathSegment;
		}

	}

}
