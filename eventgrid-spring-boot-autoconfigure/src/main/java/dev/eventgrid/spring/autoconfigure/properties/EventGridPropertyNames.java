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

package dev.eventgrid.spring.autoconfigure.properties;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName.Form;

/**
 * The name of every Event Grid property, against which a name found in the environment is
 * checked and the name it was likely meant to be is found. The names are listed rather
 * than read from the properties classes by reflection, which would cost milliseconds at
 * every startup; {@code EventGridPropertyNamesTests} keeps the list equal to the
 * configuration metadata and to the properties of a publisher.
 *
 * @author Event Grid for Spring Boot team
 */
final class EventGridPropertyNames {

	/**
	 * The properties of a publisher ({@code EventGridPublisherProperties}), at
	 * {@code eventgrid.*} and at {@code eventgrid.publishers.<name>.*}.
	 */
	static final List<String> PUBLISHER = List.of("endpoint", "schema", "key", "sas-token", "domain-topic",
			"channel-name", "namespace-topic", "timeout", "credential.client-id", "credential.client-secret",
			"credential.tenant-id", "credential.client-certificate-path", "credential.client-certificate-password",
			"credential.managed-identity-enabled", "credential.token-credential-bean-name", "credential.authority-host",
			"credential.ssl-bundle", "cloud-event.source", "cloud-event.type-prefix", "batch.max-request-size",
			"batch.max-event-size", "batch.concurrency", "retry.max-attempts", "retry.initial-backoff",
			"retry.max-backoff", "retry.try-timeout", "rate-limit.adaptive", "rate-limit.max-events-per-second",
			"rate-limit.max-bytes-per-second");

	/**
	 * The properties of a namespace receiver ({@code EventGridReceiverProperties}), at
	 * {@code eventgrid.receivers.<name>.*}.
	 */
	static final List<String> RECEIVER = List.of("endpoint", "topic", "subscription", "key", "sas-token",
			"credential.client-id", "credential.client-secret", "credential.tenant-id",
			"credential.client-certificate-path", "credential.client-certificate-password",
			"credential.managed-identity-enabled", "credential.token-credential-bean-name", "credential.authority-host",
			"credential.ssl-bundle");

	/**
	 * The other properties under {@code eventgrid.}: of {@code EventGridProperties},
	 * {@code EventGridWebhookProperties} and {@code EventGridListenerProperties}, and
	 * those only conditions read. A list, whose elements may also be given by index, ends
	 * with {@value #LIST}.
	 */
	static final List<String> OTHERS = List.of("default-publisher", "allow-insecure-endpoint",
			"template.observation-enabled", "listener.observation-enabled", "webhook.enabled", "webhook.path",
			"webhook.validation", "webhook.allowed-origins[]", "webhook.max-request-size", "webhook.body-timeout",
			"webhook.accepted-content-types[]", "webhook.validation-hosts[]", "webhook.secret.value",
			"webhook.secret.query-parameter", "webhook.secret.header", "webhook.entra.audiences[]",
			"webhook.entra.tenant-id", "webhook.entra.issuers[]", "webhook.entra.jwk-set-uri",
			"jms.message-converter.enabled", "externalization.enabled", "warm-up.enabled");

	private static final String LIST = "[]";

	/**
	 * Names under which other modules keep their own properties: the emulator settings of
	 * {@code eventgrid-spring-boot-test}.
	 */
	private static final ConfigurationPropertyName FOREIGN = ConfigurationPropertyName.of("eventgrid.emulator");

	private static final String ANY_PUBLISHER = "*";

	private final Set<String> names = new HashSet<>();

	private final Set<String> lists = new HashSet<>();

	EventGridPropertyNames() {
		for (String property : PUBLISHER) {
			add("eventgrid." + property);
			add("eventgrid.publishers." + ANY_PUBLISHER + "." + property);
		}
		for (String property : OTHERS) {
			add("eventgrid." + property);
		}
		for (String property : RECEIVER) {
			add("eventgrid.receivers." + ANY_PUBLISHER + "." + property);
		}
	}

	private void add(String name) {
		boolean list = name.endsWith(LIST);
		String uniform = uniform(list ? name.substring(0, name.length() - LIST.length()) : name);
		this.names.add(uniform);
		if (list) {
			this.lists.add(uniform);
		}
	}

	/**
	 * Return whether a name is an Event Grid property.
	 * @param name the name
	 * @return whether some setting has that name
	 */
	boolean isKnown(ConfigurationPropertyName name) {
		if (FOREIGN.isAncestorOf(name)) {
			return true;
		}
		int count = name.getNumberOfElements();
		if (count > 1 && name.isNumericIndex(count - 1)) {
			return this.lists.contains(key(name, count - 1));
		}
		return this.names.contains(key(name, count));
	}

	/**
	 * Return the known name that an unknown one was most likely meant to be: the nearest
	 * by edit distance, if it is near enough, else one with the same parent whose last
	 * element is contained in the unknown one's or contains it.
	 * @param name the unknown name
	 * @return the likely name, or {@code null} if none is near
	 */
	@Nullable String suggest(ConfigurationPropertyName name) {
		int count = name.getNumberOfElements();
		int end = (count > 1 && name.isNumericIndex(count - 1)) ? count - 1 : count;
		boolean publisher = isPublisher(name, end);
		int start = publisher ? 3 : 1;
		if (end <= start) {
			return null;
		}
		boolean receiver = publisher && name.getElement(1, Form.UNIFORM).equals("receivers");
		String prefix = publisher
				? "eventgrid." + name.getElement(1, Form.UNIFORM) + "." + name.getElement(2, Form.ORIGINAL) + "."
				: "eventgrid.";
		List<String> candidates = new ArrayList<>(receiver ? RECEIVER : PUBLISHER);
		if (!publisher) {
			OTHERS.forEach((other) -> candidates.add(other.replace(LIST, "")));
		}
		String unknown = uniform(name, start, end);
		String unknownParent = uniform(name, start, end - 1);
		String unknownLast = name.getElement(end - 1, Form.UNIFORM);
		String nearest = null;
		int nearestDistance = Integer.MAX_VALUE;
		String containing = null;
		for (String candidate : candidates) {
			String uniform = uniform(candidate);
			int distance = EditDistance.between(unknown, uniform);
			if (distance < nearestDistance) {
				nearest = candidate;
				nearestDistance = distance;
			}
			int dot = uniform.lastIndexOf('.');
			String last = uniform.substring(dot + 1);
			if (containing == null && uniform.substring(0, Math.max(dot, 0)).equals(unknownParent)
					&& overlap(last, unknownLast)) {
				containing = candidate;
			}
		}
		int threshold = Math.max(1, Math.min(3, unknownLast.length() / 3));
		String likely = (nearestDistance <= threshold) ? nearest : containing;
		return (likely != null) ? prefix + likely : null;
	}

	private static boolean overlap(String known, String unknown) {
		return known.length() >= 3 && unknown.length() >= 3 && (unknown.contains(known) || known.contains(unknown));
	}

	private static boolean isPublisher(ConfigurationPropertyName name, int count) {
		return count > 3 && (name.getElement(1, Form.UNIFORM).equals("publishers")
				|| name.getElement(1, Form.UNIFORM).equals("receivers"));
	}

	/**
	 * Return the key under which a name is known: its uniform form, with
	 * {@value #ANY_PUBLISHER} for the name of a publisher.
	 * @param name the name
	 * @param count how many of its elements to take
	 * @return the key
	 */
	private static String key(ConfigurationPropertyName name, int count) {
		StringBuilder key = new StringBuilder();
		boolean publisher = isPublisher(name, count);
		for (int i = 0; i < count; i++) {
			key.append((i > 0) ? "." : "")
				.append((publisher && i == 2) ? ANY_PUBLISHER : name.getElement(i, Form.UNIFORM));
		}
		return key.toString();
	}

	private static String uniform(ConfigurationPropertyName name, int start, int end) {
		StringBuilder uniform = new StringBuilder();
		for (int i = start; i < end; i++) {
			uniform.append((i > start) ? "." : "").append(name.getElement(i, Form.UNIFORM));
		}
		return uniform.toString();
	}

	/**
	 * Return the uniform form of a dashed name: lower case letters and digits, its dots
	 * and {@value #ANY_PUBLISHER}.
	 * @param name the name
	 * @return the uniform form
	 */
	private static String uniform(String name) {
		StringBuilder uniform = new StringBuilder(name.length());
		for (int i = 0; i < name.length(); i++) {
			char ch = Character.toLowerCase(name.charAt(i));
			if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '.' || ch == '*') {
				uniform.append(ch);
			}
		}
		return uniform.toString();
	}

}
